package io.github.fakeapigw.internal.integration;

import io.github.fakeapigw.internal.context.EndpointResponse;
import io.github.fakeapigw.internal.context.IntegrationRequest;
import io.github.fakeapigw.internal.context.InvocationContext;
import io.github.fakeapigw.internal.context.MethodRequest;
import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.integration.lambda.LambdaIntegration;
import io.github.fakeapigw.internal.integration.lambda.LambdaResult;
import io.github.fakeapigw.model.Integration;
import io.github.fakeapigw.recording.RecordedHttpMessage;
import io.github.fakeapigw.recording.RecordedIntegrationCall;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Calls integrations: HTTP endpoints (HTTP, HTTP_PROXY) through the gateway's pooled client, MOCK
 * in place, and Lambda functions (AWS, AWS_PROXY) through {@link #invokeLambda}.
 */
public final class IntegrationDispatcher {
  /** MOCK bodies longer than this are parsed every time rather than remembered. */
  private static final int MAX_CACHED_MOCK_BODY = 1024;
  private static final int MAX_CACHED_MOCK_BODIES = 1000;

  private final BackendHttpClient http;
  private final UnaryOperator<URI> backends;
  private final LambdaIntegration lambda;
  /**
   * Status codes of MOCK bodies already parsed: a MOCK request template renders the same small
   * body ({@code {"statusCode": 200}}) on almost every request. Only valid bodies are kept.
   */
  private final Map<String, Integer> mockStatuses = new ConcurrentHashMap<>();

  /**
   * @param backends rewrites the uri of a named backend (a WireMock server of the gateway) to its
   *     loopback URL; other uris unchanged
   */
  public IntegrationDispatcher(
      BackendHttpClient http, UnaryOperator<URI> backends, LambdaIntegration lambda) {
    this.http = http;
    this.backends = backends;
    this.lambda = lambda;
  }

  /** Named backends rewrite the uri to their loopback URL before sending. */
  public URI rewrite(URI uri) {
    return backends.apply(uri);
  }

  /**
   * Sends an HTTP or HTTP_PROXY integration request (its uri already rewritten) and records it.
   *
   * @param type the integration type recorded ({@code HTTP} or {@code HTTP_PROXY})
   */
  public EndpointCall http(String type, IntegrationRequest request) {
    String sentBody = new String(request.body(), StandardCharsets.UTF_8);
    long t0 = System.nanoTime();
    try {
      EndpointResponse endpoint = http.send(request);
      return new EndpointCall.Answered(endpoint, new RecordedIntegrationCall(
          type, request.httpMethod(), request.uri().toString(),
          request.headers().toMultiValueMap(), sentBody,
          Optional.of(new RecordedHttpMessage(endpoint.status(),
              endpoint.headers().toMultiValueMap(), endpoint.bodyAsString())),
          Duration.ofNanos(System.nanoTime() - t0), Optional.empty()));
    } catch (IntegrationException e) {
      return new EndpointCall.Failed(e, new RecordedIntegrationCall(
          type, request.httpMethod(), request.uri().toString(),
          request.headers().toMultiValueMap(), sentBody, Optional.empty(),
          Duration.ofNanos(System.nanoTime() - t0), Optional.of(e.getMessage())));
    }
  }

  /**
   * Runs the MOCK integration on its integration request body and records it: the endpoint
   * response has the status the body names and no headers or body.
   *
   * @param httpMethod the integration's verb, recorded
   */
  public EndpointCall mock(String httpMethod, String integrationBody) {
    long t0 = System.nanoTime();
    int status;
    try {
      status = mockStatus(integrationBody);
    } catch (IntegrationException e) {
      return new EndpointCall.Failed(e, new RecordedIntegrationCall(
          "MOCK", httpMethod, "", Map.of(), integrationBody, Optional.empty(),
          Duration.ofNanos(System.nanoTime() - t0), Optional.of(e.getMessage())));
    }
    return new EndpointCall.Answered(
        new EndpointResponse(status, HttpHeaders.empty(), new byte[0]),
        new RecordedIntegrationCall(
            "MOCK", httpMethod, "", Map.of(), integrationBody,
            Optional.of(new RecordedHttpMessage(status, Map.of(), "")),
            Duration.ofNanos(System.nanoTime() - t0), Optional.empty()));
  }

  private int mockStatus(String integrationBody) throws IntegrationException {
    Integer cached = mockStatuses.get(integrationBody);
    if (cached != null) {
      return cached;
    }
    int status = MockIntegration.statusCode(integrationBody);
    if (integrationBody.length() <= MAX_CACHED_MOCK_BODY) {
      if (mockStatuses.size() >= MAX_CACHED_MOCK_BODIES) {
        mockStatuses.clear();
      }
      mockStatuses.put(integrationBody, status);
    }
    return status;
  }

  /**
   * Invokes the in-process Lambda function of an AWS or AWS_PROXY integration.
   *
   * @param integrationHeaders the mapped integration request headers (AWS only)
   * @param payload the integration request body (AWS only; AWS_PROXY builds its event from the
   *     method request)
   */
  public LambdaResult invokeLambda(
      Integration integration, MethodRequest request, InvocationContext context,
      HttpHeaders integrationHeaders, byte[] payload) {
    return lambda.invoke(integration, request, context, integrationHeaders, payload);
  }
}
