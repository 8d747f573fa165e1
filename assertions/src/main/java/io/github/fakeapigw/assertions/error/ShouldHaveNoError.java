package io.github.fakeapigw.assertions.error;

import io.github.fakeapigw.assertions.internal.InvocationMessages;
import io.github.fakeapigw.assertions.internal.Message;
import io.github.fakeapigw.recording.RecordedInvocation;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of an invocation that had a gateway error.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ShouldHaveNoError extends GatewayMessageFactory {
  private ShouldHaveNoError(Message message) {
    super(message);
  }

  /**
   * Creates the message.
   *
   * @param inv the invocation
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveNoError(RecordedInvocation inv) {
    Message m =
        InvocationMessages.head("", inv).line("to have no gateway error").line("but it had one.");
    m.append(InvocationMessages.errorContext(inv));
    return new ShouldHaveNoError(m);
  }
}
