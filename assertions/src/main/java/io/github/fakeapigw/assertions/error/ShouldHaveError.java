package io.github.fakeapigw.assertions.error;

import io.github.fakeapigw.assertions.internal.InvocationMessages;
import io.github.fakeapigw.assertions.internal.Message;
import io.github.fakeapigw.recording.RecordedInvocation;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of an invocation that had no gateway error.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ShouldHaveError extends GatewayMessageFactory {
  private ShouldHaveError(Message message) {
    super(message);
  }

  /**
   * Creates the message.
   *
   * @param inv the invocation
   * @param expectedType the expected gateway response type
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveError(RecordedInvocation inv, String expectedType) {
    Message m =
        InvocationMessages.head("", inv)
            .line("to have gateway error:")
            .indented(expectedType)
            .line("but it had none.");
    m.append(InvocationMessages.canaryContext(inv));
    return new ShouldHaveError(m);
  }
}
