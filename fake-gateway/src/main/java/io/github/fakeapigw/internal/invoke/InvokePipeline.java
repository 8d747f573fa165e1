package io.github.fakeapigw.internal.invoke;

import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.http.HttpRequestData;
import io.github.fakeapigw.internal.http.HttpResponseData;
import io.github.fakeapigw.internal.runtime.GatewayRuntime;

/** The data plane: method request to method response through a deployed stage. */
public final class InvokePipeline implements InvokeHandler {
  private final GatewayRuntime runtime;

  public InvokePipeline(GatewayRuntime runtime) {
    this.runtime = runtime;
  }

  @Override
  public HttpResponseData invoke(InvokeTarget target, HttpRequestData request) {
    return HttpResponseData.of(
        403,
        HttpHeaders.builder()
            .add("Content-Type", "application/json")
            .add("x-amzn-ErrorType", "ForbiddenException")
            .build(),
        "{\"message\":\"Forbidden\"}" + runtime.port());
  }

  /** Runs TestInvokeMethod against the current, undeployed definition. */
  public TestInvokeResult testInvoke(
      String apiId, String resourceId, String httpMethod, TestInvokeRequest request) {
    throw new UnsupportedOperationException("TestInvokeMethod " + apiId + resourceId + httpMethod);
  }
}
