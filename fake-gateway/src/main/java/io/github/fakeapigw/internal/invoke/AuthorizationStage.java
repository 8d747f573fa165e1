package io.github.fakeapigw.internal.invoke;

import io.github.fakeapigw.internal.context.InvocationContext;
import io.github.fakeapigw.internal.context.MethodRequest;
import io.github.fakeapigw.model.Method;
import java.util.Optional;

/**
 * Authorization, between the method request and request validation. This is where the method's
 * {@code authorizationType} takes effect: Lambda (TOKEN, REQUEST) and Cognito authorizers, IAM,
 * then {@code apiKeyRequired} with API keys, usage plans and their throttling and quotas. Its
 * failures become gateway errors ({@code UNAUTHORIZED}, {@code ACCESS_DENIED}, {@code
 * INVALID_API_KEY}, {@code THROTTLED}, {@code QUOTA_EXCEEDED}) like every other stage's. Of these,
 * only the credential check of the method's {@link ApiExtension.MethodRules} is enforced yet.
 */
final class AuthorizationStage {
  /** Applies the method's credential check, if it has one. */
  void authorize(
      Invocation inv, Method method, MethodRequest request, InvocationContext context,
      Optional<ApiExtension.MethodRules> rules) throws GatewayFailure {
    if (rules.isEmpty()) {
      return;
    }
    Optional<ApiExtension.Rejection> rejected = rules.get().authorize(request, context);
    if (rejected.isPresent()) {
      throw GatewayFailure.of(rejected.get());
    }
  }
}
