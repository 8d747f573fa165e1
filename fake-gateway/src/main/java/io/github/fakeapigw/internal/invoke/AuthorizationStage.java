package io.github.fakeapigw.internal.invoke;

import io.github.fakeapigw.internal.context.InvocationContext;
import io.github.fakeapigw.internal.context.MethodRequest;
import io.github.fakeapigw.model.Method;

/**
 * Authorization, between the method request and request validation. A pass-through for now; this
 * is where the method's {@code authorizationType} takes effect: Lambda (TOKEN, REQUEST) and Cognito
 * authorizers, IAM, then {@code apiKeyRequired} with API keys, usage plans and their throttling and
 * quotas. Its failures become gateway errors ({@code UNAUTHORIZED}, {@code ACCESS_DENIED}, {@code
 * INVALID_API_KEY}, {@code THROTTLED}, {@code QUOTA_EXCEEDED}) like every other stage's.
 */
final class AuthorizationStage {
  /** Lets the request through: no authorizer or API key is enforced yet. */
  void authorize(Invocation inv, Method method, MethodRequest request, InvocationContext context)
      throws GatewayFailure {
    // Nothing is enforced yet.
  }
}
