package io.github.fakeapigw.internal.integration;

import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.integration.lambda.LambdaIntegration;
import io.github.fakeapigw.internal.integration.lambda.LambdaResult;
import io.github.fakeapigw.internal.invoke.InvocationContext;
import io.github.fakeapigw.internal.invoke.MethodRequest;
import io.github.fakeapigw.internal.runtime.Backends;
import io.github.fakeapigw.model.Integration;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls integrations: HTTP endpoints (HTTP, HTTP_PROXY) through the gateway's pooled client, MOCK
 * in place, and Lambda functions (AWS, AWS_PROXY) through {@link #invokeLambda}.
 */
public final class IntegrationDispatcher {
  /** MOCK bodies longer than this are parsed every time rather than remembered. */
  private static final int MAX_CACHED_MOCK_BODY = 1024;
  private static final int MAX_CACHED_MOCK_BODIES = 1000;

  private final BackendHttpClient http;
  private final Backends backends;
  private final LambdaIntegration lambda;
  /**
   * Status codes of MOCK bodies already parsed: a MOCK request template renders the same small
   * body ({@code {"statusCode": 200}}) on almost every request. Only valid bodies are kept.
   */
  private final Map<String, Integer> mockStatuses = new ConcurrentHashMap<>();

  public IntegrationDispatcher(BackendHttpClient http, Backends backends, LambdaIntegration lambda) {
    this.http = http;
    this.backends = backends;
    this.lambda = lambda;
  }

  /** Named backends rewrite the uri to their loopback URL before sending. */
  public URI rewrite(URI uri) {
    return backends.rewrite(uri);
  }

  /** Sends an HTTP or HTTP_PROXY integration request (its uri already rewritten). */
  public EndpointResponse http(IntegrationRequest request) throws IntegrationException {
    return http.send(request);
  }

  /** The MOCK integration's status code for its integration request body. */
  public int mock(String integrationBody) throws IntegrationException {
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
