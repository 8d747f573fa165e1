package io.github.fakeapigw.internal.invoke;

import io.github.fakeapigw.internal.context.InvocationContext;
import io.github.fakeapigw.internal.context.MethodRequest;
import io.github.fakeapigw.model.Method;

/**
 * Request validation, between authorization and the integration request. A pass-through for now;
 * this is where the method's request validator takes effect: {@code validateRequestParameters}
 * (required {@code method.request.*} parameters) and {@code validateRequestBody} (the request
 * model's JSON schema), failing with the {@code BAD_REQUEST_PARAMETERS} and {@code
 * BAD_REQUEST_BODY} gateway errors.
 */
final class RequestValidationStage {
  /** Lets the request through: no request validator is applied yet. */
  void validate(Invocation inv, Method method, MethodRequest request, InvocationContext context)
      throws GatewayFailure {
    // Nothing is validated yet.
  }
}
