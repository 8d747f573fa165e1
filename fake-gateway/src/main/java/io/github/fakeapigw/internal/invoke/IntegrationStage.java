package io.github.fakeapigw.internal.invoke;

import io.github.fakeapigw.internal.context.EndpointResponse;
import io.github.fakeapigw.internal.context.IntegrationRequest;
import io.github.fakeapigw.internal.context.InvocationContext;
import io.github.fakeapigw.internal.context.MethodRequest;
import io.github.fakeapigw.internal.integration.EndpointCall;
import io.github.fakeapigw.internal.integration.IntegrationDispatcher;
import io.github.fakeapigw.internal.integration.lambda.LambdaResult;
import io.github.fakeapigw.model.Integration;
import io.github.fakeapigw.model.IntegrationType;
import java.nio.charset.StandardCharsets;

/**
 * The integration: sends the prepared integration request to MOCK, HTTP, HTTP_PROXY, AWS or
 * AWS_PROXY and keeps each call's recording on the invocation. A new integration type adds a
 * {@link IntegrationRequestStage.Prepared} kind and its case here.
 */
final class IntegrationStage {
  private final IntegrationDispatcher dispatcher;

  IntegrationStage(IntegrationDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  /**
   * What the endpoint answered.
   *
   * @param selectionValue what integration responses' {@code selectionPattern}s match: the status
   *     code for HTTP and MOCK, Lambda's {@code errorMessage} for AWS (unused by proxies)
   */
  record Endpoint(EndpointResponse response, String selectionValue) {}

  Endpoint call(
      Invocation inv, Integration integration, IntegrationRequestStage.Prepared prepared,
      MethodRequest request, InvocationContext context) throws GatewayFailure {
    if (prepared instanceof IntegrationRequestStage.Prepared.Http h) {
      EndpointResponse endpoint = http(inv, h.type(), h.request());
      return new Endpoint(endpoint, Integer.toString(endpoint.status()));
    }
    if (prepared instanceof IntegrationRequestStage.Prepared.Mock m) {
      EndpointResponse endpoint = answer(inv, dispatcher.mock(m.httpMethod(), m.body()));
      return new Endpoint(endpoint, Integer.toString(endpoint.status()));
    }
    IntegrationRequestStage.Prepared.Lambda l = (IntegrationRequestStage.Prepared.Lambda) prepared;
    LambdaResult result =
        dispatcher.invokeLambda(integration, request, context, l.headers(), l.payload());
    inv.called(result.integrationCall());
    inv.calledFunctions(result.functionCalls());
    if (result instanceof LambdaResult.Failure f) {
      throw GatewayFailure.of(f);
    }
    if (integration.type() == IntegrationType.AWS_PROXY) {
      if (!(result instanceof LambdaResult.ProxyResponse p)) {
        throw new GatewayFailure(GatewayError.INTEGRATION_FAILURE,
            "The AWS_PROXY integration did not return a proxy response: " + result);
      }
      return new Endpoint(new EndpointResponse(p.response().status(), p.response().headers(),
          p.response().body()), "");
    }
    if (!(result instanceof LambdaResult.EndpointResponse e)) {
      throw new GatewayFailure(GatewayError.INTEGRATION_FAILURE,
          "The AWS integration returned a proxy response: " + result);
    }
    return new Endpoint(
        new EndpointResponse(e.status(), e.headers(), e.body().getBytes(StandardCharsets.UTF_8)),
        e.selectionValue());
  }

  private EndpointResponse http(Invocation inv, String type, IntegrationRequest out)
      throws GatewayFailure {
    if (inv.logging()) {
      inv.log("Endpoint request URI: " + out.uri());
      inv.log("Endpoint request headers: " + out.headers().toSingleValueMap());
      inv.log("Endpoint request body after transformations: "
          + new String(out.body(), StandardCharsets.UTF_8));
      inv.log("Sending request to " + out.uri());
    }
    EndpointCall call = dispatcher.http(type, out);
    EndpointResponse endpoint = answer(inv, call);
    long took = call.recording().duration().toMillis();
    if (inv.logging()) {
      inv.log("Received response. Status: " + endpoint.status() + ", Integration latency: "
          + took + " ms");
    }
    if (took > out.timeoutMillis()) {
      // The response started in time but finished late: AWS bounds the whole call.
      throw new GatewayFailure(GatewayError.INTEGRATION_TIMEOUT,
          "Endpoint request timed out: the response from " + out.uri() + " took "
              + took + " ms, more than timeoutInMillis " + out.timeoutMillis());
    }
    if (endpoint.status() < 100 || endpoint.status() > 599) {
      // No HTTP status a client could be sent: API Gateway answers 502, as for any endpoint
      // answer it cannot pass on.
      if (inv.logging()) {
        inv.log("Execution failed due to an invalid endpoint response: status code "
            + endpoint.status());
      }
      throw new GatewayFailure(GatewayError.INTEGRATION_FAILURE.responseType(), 502,
          GatewayError.INTEGRATION_FAILURE.message(), GatewayError.INTEGRATION_FAILURE.errorType(),
          "The endpoint " + out.uri() + " answered status " + endpoint.status()
              + ", outside HTTP's 100-599; API Gateway answers 502");
    }
    if (inv.logging()) {
      inv.log("Endpoint response headers: " + endpoint.headers().toSingleValueMap());
      inv.log("Endpoint response body before transformations: " + endpoint.bodyAsString());
    }
    return endpoint;
  }

  /** Records the call; a failed call becomes the gateway error its kind calls for. */
  private static EndpointResponse answer(Invocation inv, EndpointCall call) throws GatewayFailure {
    inv.called(call.recording());
    if (call instanceof EndpointCall.Failed f) {
      throw GatewayFailure.of(f.failure());
    }
    return ((EndpointCall.Answered) call).response();
  }
}
