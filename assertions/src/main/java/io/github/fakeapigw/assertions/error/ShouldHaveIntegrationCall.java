package io.github.fakeapigw.assertions.error;

import io.github.fakeapigw.assertions.internal.InvocationMessages;
import io.github.fakeapigw.assertions.internal.Message;
import io.github.fakeapigw.recording.RecordedInvocation;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of an invocation that never called its integration.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ShouldHaveIntegrationCall extends GatewayMessageFactory {
  private ShouldHaveIntegrationCall(Message message) {
    super(message);
  }

  /**
   * Creates the message.
   *
   * @param inv the invocation
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveIntegrationCall(RecordedInvocation inv) {
    Message m =
        InvocationMessages.head("", inv)
            .line("to have called its integration")
            .line("but it did not.");
    inv.unmatchedReason().ifPresent(r -> m.line("No resource matched:").indented(r));
    m.append(InvocationMessages.errorContext(inv));
    return new ShouldHaveIntegrationCall(m);
  }
}
