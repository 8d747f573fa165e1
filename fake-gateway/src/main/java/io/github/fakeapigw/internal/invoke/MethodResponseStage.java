package io.github.fakeapigw.internal.invoke;

import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.http.HttpResponseData;
import io.github.fakeapigw.model.Integration;
import io.github.fakeapigw.model.IntegrationType;

/**
 * The method response: the gateway's request ids (and, except for MOCK, the trace id) on what the
 * integration response produced; the end of a successful execution log.
 */
final class MethodResponseStage {
  /** The method response still being assembled: headers stay open for the gateway's ids. */
  record Draft(int status, HttpHeaders.Builder headers, byte[] body) {}

  HttpResponseData complete(Invocation inv, Integration integration, Draft draft) {
    if (!inv.testInvoke()) {
      // TestInvokeMethod's headers are the method response's alone (LocalStack's
      // test_apigateway_api.snapshot.json, test_invoke_test_method: {Content-Type=...}).
      addResponseIds(draft.headers(), inv, integration.type() != IntegrationType.MOCK);
    } else if (integration.type() != IntegrationType.MOCK
        && !draft.headers().contains("X-Amzn-Trace-Id")) {
      // test_apigateway_basic.snapshot.json, test_apigw_test_invoke_method_api: a Lambda
      // integration's answer carries the trace id.
      draft.headers().set("X-Amzn-Trace-Id", inv.traceId());
    }
    addExtensionHeaders(draft.headers(), inv);
    HttpResponseData response =
        new HttpResponseData(draft.status(), draft.headers().build(), draft.body());
    if (inv.logging()) {
      inv.log("Method response body after transformations: " + response.bodyAsString());
      inv.log("Method response headers: " + response.headers().toSingleValueMap());
      inv.log("Successfully completed execution");
      inv.log("Method completed with status: " + response.status());
    }
    return response;
  }

  /** {@code x-amzn-RequestId}, {@code x-amz-apigw-id} and, with {@code trace}, the trace id. */
  static void addResponseIds(HttpHeaders.Builder headers, Invocation inv, boolean trace) {
    headers.set("x-amzn-RequestId", inv.requestId());
    headers.set("x-amz-apigw-id", inv.extendedRequestId());
    if (trace && !headers.contains("X-Amzn-Trace-Id")) {
      headers.set("X-Amzn-Trace-Id", inv.traceId());
    }
  }

  /** The headers the served API's extension puts on every answer. */
  static void addExtensionHeaders(HttpHeaders.Builder headers, Invocation inv) {
    inv.extension().ifPresent(e -> e.addResponseHeaders(headers, inv.requestId(),
        inv.receivedRequest().headers(), inv.latency(), inv.upstreamLatency()));
  }
}
