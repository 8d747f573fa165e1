package io.github.fakeapigw.internal.invoke;

import io.github.fakeapigw.internal.http.HttpRequestData;
import io.github.fakeapigw.internal.http.HttpResponseData;

/** Runs a request through a deployed stage (the data plane). */
@FunctionalInterface
public interface InvokeHandler {
  HttpResponseData invoke(InvokeTarget target, HttpRequestData request);
}
