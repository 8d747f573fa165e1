package io.github.fakeapigw.internal.invoke;

import io.github.fakeapigw.internal.context.InvocationContext;
import io.github.fakeapigw.internal.context.MethodRequest;
import io.github.fakeapigw.model.Method;
import java.util.Optional;

/**
 * Request validation, between authorization and the integration request. This is where the
 * method's request validator takes effect: {@code validateRequestParameters} (required {@code
 * method.request.*} parameters) and {@code validateRequestBody} (the request model's JSON schema),
 * failing with the {@code BAD_REQUEST_PARAMETERS} and {@code BAD_REQUEST_BODY} gateway errors. Of
 * these, only the parameter checks and defaults of the method's {@link ApiExtension.MethodRules}
 * are applied yet.
 */
final class RequestValidationStage {
  /** The method request as the later stages see it: checked, omitted defaults filled in. */
  MethodRequest validate(
      Invocation inv, Method method, MethodRequest request, InvocationContext context,
      Optional<ApiExtension.MethodRules> rules) throws GatewayFailure {
    if (rules.isEmpty()) {
      return request;
    }
    Optional<ApiExtension.Rejection> rejected = rules.get().validate(request);
    if (rejected.isPresent()) {
      throw GatewayFailure.of(rejected.get());
    }
    return rules.get().withDefaults(request);
  }
}
