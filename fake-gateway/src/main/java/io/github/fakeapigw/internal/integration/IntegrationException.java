package io.github.fakeapigw.internal.integration;

/**
 * An integration call failed. The kind decides what the caller sees (AWS's answer); the message is
 * the real cause kept in the recording.
 */
public final class IntegrationException extends Exception {
  private static final long serialVersionUID = 1L;

  /** How the call failed. */
  public enum Kind {
    /** {@code timeoutInMillis} elapsed: 504 Endpoint request timed out. */
    TIMEOUT,
    /** Connection refused, DNS, TLS or protocol failure: 500 Internal server error. */
    NETWORK,
    /** The integration is misconfigured (bad uri, bad MOCK status...): 500 Internal server error. */
    CONFIGURATION
  }

  private final Kind kind;

  public IntegrationException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
