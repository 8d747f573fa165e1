package io.github.fakeapigw.internal.invoke;

/**
 * The errors API Gateway itself answers with: gateway response type, default status, message and
 * {@code x-amzn-ErrorType}.
 *
 * @see <a
 *     href="https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html">
 *     Gateway response types</a>
 */
enum GatewayError {
  /** No resource or method matched. */
  MISSING_AUTHENTICATION_TOKEN(
      "MISSING_AUTHENTICATION_TOKEN", 403, "Missing Authentication Token",
      "MissingAuthenticationTokenException"),
  /**
   * Unknown API, unknown or undeployed stage. AWS has no dedicated type for it; the answer is the
   * commonly reported {@code 403 {"message":"Forbidden"}}, recorded as {@code DEFAULT_4XX}.
   */
  FORBIDDEN("DEFAULT_4XX", 403, "Forbidden", "ForbiddenException"),
  /** A required request parameter is missing ({@code validateRequestParameters}). */
  BAD_REQUEST_PARAMETERS(
      "BAD_REQUEST_PARAMETERS", 400, "Missing required request parameters",
      "BadRequestException"),
  /** The body does not match its request model ({@code validateRequestBody}). */
  BAD_REQUEST_BODY("BAD_REQUEST_BODY", 400, "Invalid request body", "BadRequestException"),
  /** The payload exceeded API Gateway's 10 MB limit. */
  REQUEST_TOO_LARGE(
      "REQUEST_TOO_LARGE", 413, "Request Too Long", "RequestEntityTooLargeException"),
  /** Passthrough behavior refused the request's content type. */
  UNSUPPORTED_MEDIA_TYPE(
      "UNSUPPORTED_MEDIA_TYPE", 415, "Unsupported Media Type", "UnsupportedMediaTypeException"),
  /** Mapping, template or integration response configuration failed. */
  API_CONFIGURATION_ERROR(
      "API_CONFIGURATION_ERROR", 500, "Internal server error", "InternalServerErrorException"),
  /** The endpoint could not be reached or the integration failed. */
  INTEGRATION_FAILURE(
      "INTEGRATION_FAILURE", 500, "Internal server error", "InternalServerErrorException"),
  /** {@code timeoutInMillis} elapsed. */
  INTEGRATION_TIMEOUT(
      "INTEGRATION_TIMEOUT", 504, "Endpoint request timed out", "InternalServerErrorException");

  private final String responseType;
  private final int status;
  private final String message;
  private final String errorType;

  GatewayError(String responseType, int status, String message, String errorType) {
    this.responseType = responseType;
    this.status = status;
    this.message = message;
    this.errorType = errorType;
  }

  public String responseType() {
    return responseType;
  }

  public int status() {
    return status;
  }

  public String message() {
    return message;
  }

  public String errorType() {
    return errorType;
  }

  /** AWS's byte form: 4xx bodies without a space after the colon, 5xx bodies with one. */
  public String body() {
    return status < 500
        ? "{\"message\":\"" + message + "\"}"
        : "{\"message\": \"" + message + "\"}";
  }
}
