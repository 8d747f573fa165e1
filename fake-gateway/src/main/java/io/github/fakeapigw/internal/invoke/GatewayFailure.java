package io.github.fakeapigw.internal.invoke;

import io.github.fakeapigw.internal.integration.IntegrationException;
import io.github.fakeapigw.internal.integration.lambda.LambdaResult;
import io.github.fakeapigw.internal.mapping.MappingException;

/**
 * Short-circuits the pipeline into a gateway error; the message is the cause for the recording.
 * The factories are the one place where the failures of mapping, integration and Lambda code
 * become gateway errors.
 */
final class GatewayFailure extends Exception {
  private static final long serialVersionUID = 1L;
  private final String responseType;
  private final int status;
  private final String errorMessage;
  private final String errorType;

  GatewayFailure(GatewayError error, String cause) {
    this(error.responseType(), error.status(), error.message(), error.errorType(), cause);
  }

  /** An error with an explicit status and message (e.g. 502 for a malformed Lambda proxy answer). */
  GatewayFailure(
      String responseType, int status, String errorMessage, String errorType, String cause) {
    super(cause, null, false, false);
    this.responseType = responseType;
    this.status = status;
    this.errorMessage = errorMessage;
    this.errorType = errorType;
  }

  /** A mapping or selection failure: the API is misconfigured. */
  static GatewayFailure of(MappingException e) {
    return new GatewayFailure(GatewayError.API_CONFIGURATION_ERROR, e.getMessage());
  }

  /** An integration failure: its kind decides timeout (504), network (500) or configuration. */
  static GatewayFailure of(IntegrationException e) {
    GatewayError error = switch (e.kind()) {
      case TIMEOUT -> GatewayError.INTEGRATION_TIMEOUT;
      case NETWORK -> GatewayError.INTEGRATION_FAILURE;
      case CONFIGURATION -> GatewayError.API_CONFIGURATION_ERROR;
    };
    return new GatewayFailure(error, e.getMessage());
  }

  /** A Lambda failure, with the status and message Lambda's answer called for. */
  static GatewayFailure of(LambdaResult.Failure f) {
    return new GatewayFailure(f.responseType(), f.status(), f.message(),
        "InternalServerErrorException", f.cause());
  }

  /** A request an API's extension turned away. */
  static GatewayFailure of(ApiExtension.Rejection r) {
    String type = r.status() == 401 ? "UnauthorizedException"
        : r.status() == 403 ? "AccessDeniedException" : "BadRequestException";
    return new GatewayFailure(r.responseType(), r.status(), r.message(), type, r.cause());
  }

  /** A failure nothing anticipated: the gateway answers 500 and the cause names the exception. */
  static GatewayFailure unexpected(Throwable e) {
    return new GatewayFailure(GatewayError.INTEGRATION_FAILURE,
        "Unexpected failure in the fake gateway: " + e);
  }

  String responseType() {
    return responseType;
  }

  int status() {
    return status;
  }

  String errorMessage() {
    return errorMessage;
  }

  String errorType() {
    return errorType;
  }

  /** AWS's byte form: 4xx bodies without a space after the colon, 5xx bodies with one. */
  String body() {
    return status < 500
        ? "{\"message\":\"" + errorMessage + "\"}"
        : "{\"message\": \"" + errorMessage + "\"}";
  }
}
