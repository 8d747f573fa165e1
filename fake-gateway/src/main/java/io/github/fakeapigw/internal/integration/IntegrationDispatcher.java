package io.github.fakeapigw.internal.integration;

import io.github.fakeapigw.internal.runtime.Backends;
import java.net.URI;

/**
 * Calls integrations: HTTP endpoints (HTTP, HTTP_PROXY) through the gateway's pooled client, MOCK
 * in place, and Lambda functions (AWS, AWS_PROXY) through {@link #invokeLambda(LambdaCall)}.
 */
public final class IntegrationDispatcher {
  /** The cause recorded while no Lambda runtime is wired in. */
  public static final String LAMBDA_NOT_WIRED =
      "no Lambda functions are registered (Lambda integrations not wired)";

  private final BackendHttpClient http;
  private final Backends backends;

  public IntegrationDispatcher(BackendHttpClient http, Backends backends) {
    this.http = http;
    this.backends = backends;
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
   * Invokes the Lambda function of an AWS or AWS_PROXY integration.
   *
   * <p>Seam: the in-process Lambda runtime replaces this body. Until then every Lambda integration
   * fails as AWS does for a function it cannot invoke: 500 {@code {"message": "Internal server
   * error"}}, with the cause recorded.
   */
  public LambdaOutcome invokeLambda(LambdaCall call) throws IntegrationException {
    throw new IntegrationException(
        IntegrationException.Kind.CONFIGURATION,
        LAMBDA_NOT_WIRED + "; cannot invoke " + call.resolvedUri(), null);
  }
}
