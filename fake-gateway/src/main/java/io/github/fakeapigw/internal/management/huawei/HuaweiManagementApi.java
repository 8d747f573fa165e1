package io.github.fakeapigw.internal.management.huawei;

import io.github.fakeapigw.internal.http.HttpHandler;
import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.http.HttpRequestData;
import io.github.fakeapigw.internal.http.HttpResponseData;
import io.github.fakeapigw.internal.runtime.GatewayRuntime;

/** The Huawei Cloud APIG management dialect ({@code /v1.0/apigw/...}). Not yet served. */
public final class HuaweiManagementApi implements HttpHandler {
  private final GatewayRuntime runtime;

  public HuaweiManagementApi(GatewayRuntime runtime) {
    this.runtime = runtime;
  }

  @Override
  public HttpResponseData handle(HttpRequestData request) {
    return HttpResponseData.of(
        404,
        HttpHeaders.builder().add("Content-Type", "application/json").build(),
        "{\"error_code\":\"APIG.0101\",\"error_msg\":\"The API does not exist or has not been"
            + " published in an environment\",\"request_id\":\"" + runtime.ids().next(32) + "\"}");
  }
}
