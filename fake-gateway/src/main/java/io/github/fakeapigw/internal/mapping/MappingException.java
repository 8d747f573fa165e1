package io.github.fakeapigw.internal.mapping;

/**
 * A parameter mapping or a selection pattern could not be evaluated: AWS answers such configuration
 * errors with 500 {@code {"message": "Internal server error"}}; the message is the full cause kept in
 * the recording.
 */
public final class MappingException extends Exception {
  private static final long serialVersionUID = 1L;

  public MappingException(String message) {
    super(message);
  }

  public MappingException(String message, Throwable cause) {
    super(message, cause);
  }
}
