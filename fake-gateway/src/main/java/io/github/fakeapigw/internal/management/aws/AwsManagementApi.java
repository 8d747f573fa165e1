package io.github.fakeapigw.internal.management.aws;

import io.github.fakeapigw.internal.http.HttpHandler;
import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.http.HttpRequestData;
import io.github.fakeapigw.internal.http.HttpResponseData;
import io.github.fakeapigw.internal.invoke.InvokePipeline;
import io.github.fakeapigw.internal.runtime.GatewayRuntime;

/** The AWS REST-JSON management API ({@code /restapis/...}). */
public final class AwsManagementApi implements HttpHandler {
  private final GatewayRuntime runtime;
  private final InvokePipeline pipeline;

  public AwsManagementApi(GatewayRuntime runtime, InvokePipeline pipeline) {
    this.runtime = runtime;
    this.pipeline = pipeline;
  }

  @Override
  public HttpResponseData handle(HttpRequestData request) {
    return HttpResponseData.of(
        404,
        HttpHeaders.builder()
            .add("Content-Type", "application/json")
            .add("x-amzn-ErrorType", "UnknownOperationException")
            .build(),
        "{\"message\":\"Unknown operation " + request.method() + " " + request.rawPath() + " on "
            + runtime.baseUrl() + " " + pipeline + "\"}");
  }
}
