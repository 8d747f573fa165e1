package io.github.fakeapigw;

import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.http.HttpRequestData;
import io.github.fakeapigw.internal.http.HttpResponseData;
import io.github.fakeapigw.internal.invoke.InvokePipeline;
import io.github.fakeapigw.internal.invoke.InvokeTarget;
import io.github.fakeapigw.internal.invoke.TestInvokeRequest;
import io.github.fakeapigw.internal.invoke.TestInvokeResult;

/** Test-only: runs TestInvokeMethod on a gateway's pipeline without the management API. */
public final class TestInvoker {
  private TestInvoker() {}

  public static TestInvokeResult testInvoke(
      FakeApiGateway gateway, String apiId, String resourceId, String httpMethod,
      TestInvokeRequest request) {
    return gateway.pipeline().testInvoke(apiId, resourceId, httpMethod, request);
  }

  /**
   * Runs one request through the gateway's pipeline in process (what the HTTP server hands it),
   * for statistical tests that need many thousands of requests quickly.
   */
  public static HttpResponseData invoke(
      FakeApiGateway gateway, String apiId, String stage, String method, String path) {
    InvokePipeline pipeline = gateway.pipeline();
    return pipeline.invoke(
        new InvokeTarget(apiId, stage, path, apiId + ".execute-api.localhost"),
        new HttpRequestData(method, "/restapis/" + apiId + "/" + stage + "/_user_request_" + path,
            "", HttpHeaders.empty(), new byte[0], "127.0.0.1", "HTTP/1.1"));
  }
}
