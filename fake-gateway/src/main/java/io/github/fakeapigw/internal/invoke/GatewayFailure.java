package io.github.fakeapigw.internal.invoke;

/** Short-circuits the pipeline into a gateway error; the message is the cause for the recording. */
final class GatewayFailure extends Exception {
  private static final long serialVersionUID = 1L;
  private final GatewayError error;

  GatewayFailure(GatewayError error, String cause) {
    super(cause, null, false, false);
    this.error = error;
  }

  GatewayError error() {
    return error;
  }
}
