package io.github.fakeapigw.internal.http;

/** Something that answers requests on the gateway's port. */
@FunctionalInterface
public interface HttpHandler {
  HttpResponseData handle(HttpRequestData request) throws Exception;
}
