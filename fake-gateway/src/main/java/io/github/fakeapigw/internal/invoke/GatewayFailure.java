package io.github.fakeapigw.internal.invoke;

/** Short-circuits the pipeline into a gateway error; the message is the cause for the recording. */
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
