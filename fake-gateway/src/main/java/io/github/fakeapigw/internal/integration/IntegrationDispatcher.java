package io.github.fakeapigw.internal.integration;

import io.github.fakeapigw.internal.integration.lambda.LambdaIntegration;
import io.github.fakeapigw.internal.integration.lambda.LambdaResult;
import io.github.fakeapigw.internal.runtime.Backends;
import java.net.URI;

/**
 * Calls integrations: HTTP endpoints (HTTP, HTTP_PROXY) through the gateway's pooled client, MOCK
 * in place, and Lambda functions (AWS, AWS_PROXY) through {@link #invokeLambda(LambdaCall)}.
 */
public final class IntegrationDispatcher {
  private final BackendHttpClient http;
  private final Backends backends;
  private final LambdaIntegration lambda;

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
    return MockIntegration.statusCode(integrationBody);
  }

  /**
   * Invokes the Lambda function of an AWS or AWS_PROXY integration among the functions registered
   * on the gateway. Failures (unknown function, malformed proxy answer, timeout) come back as a
   * {@link LambdaResult.Failure} carrying the recorded integration and function calls.
   */
  public LambdaResult invokeLambda(LambdaCall call) {
    return lambda.invoke(
        call.integration(), call.methodRequest(), call.context(), call.headers(), call.payload());
  }
}
