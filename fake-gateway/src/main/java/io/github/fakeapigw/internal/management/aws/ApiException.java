package io.github.fakeapigw.internal.management.aws;

/**
 * A management error in AWS's shape: HTTP status, error type (the {@code x-amzn-ErrorType} header)
 * and message. Dialects render it in their own wire format.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String errorType;

  public ApiException(int status, String errorType, String message) {
    super(message);
    this.status = status;
    this.errorType = errorType;
  }

  public int status() {
    return status;
  }

  public String errorType() {
    return errorType;
  }

  public static ApiException badRequest(String message) {
    return new ApiException(400, "BadRequestException", message);
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, "NotFoundException", message);
  }

  public static ApiException conflict(String message) {
    return new ApiException(409, "ConflictException", message);
  }

  /** AWS's ValidationException, used where the service model rejects a value. */
  public static ApiException validation(String message) {
    return new ApiException(400, "ValidationException", message);
  }

  public static ApiException serialization(String message) {
    return new ApiException(400, "SerializationException", message);
  }
}
