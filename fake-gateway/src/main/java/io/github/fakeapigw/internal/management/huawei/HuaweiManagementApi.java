package io.github.fakeapigw.internal.management.huawei;

import io.github.fakeapigw.internal.http.HttpHandler;
import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.http.HttpRequestData;
import io.github.fakeapigw.internal.http.HttpResponseData;
import io.github.fakeapigw.internal.runtime.GatewayRuntime;

/**
 * The Huawei Cloud APIG management dialect ({@code /v1.0/apigw/...}). Not served yet: every call
 * answers 501 with a message saying so, rather than pretending to succeed.
 */
public final class HuaweiManagementApi implements HttpHandler {
  private final GatewayRuntime runtime;

  public HuaweiManagementApi(GatewayRuntime runtime) {
    this.runtime = runtime;
  }

  @Override
  public HttpResponseData handle(HttpRequestData request) {
    return HttpResponseData.of(
        501,
        HttpHeaders.builder().add("Content-Type", "application/json").build(),
        "{\"error_code\":\"APIG.9999\",\"error_msg\":\"The Huawei APIG dialect is not"
            + " implemented by this version of the fake gateway\",\"request_id\":\""
            + runtime.ids().next(32) + "\"}");
  }
}
