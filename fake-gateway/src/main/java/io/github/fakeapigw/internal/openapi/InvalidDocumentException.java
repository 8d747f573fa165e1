package io.github.fakeapigw.internal.openapi;

/**
 * An OpenAPI document that cannot be imported, with the reason written for the person who wrote
 * it (the JSON Pointer of the offending key, the supported ones). Dialect-neutral: the AWS
 * management API answers it as a 400 {@code BadRequestException}, the Java entry points as an
 * {@link IllegalArgumentException}.
 */
public final class InvalidDocumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private InvalidDocumentException(String message) {
    super(message);
  }

  /** The document is refused for {@code reason}. */
  public static InvalidDocumentException invalid(String reason) {
    return new InvalidDocumentException(reason);
  }
}
