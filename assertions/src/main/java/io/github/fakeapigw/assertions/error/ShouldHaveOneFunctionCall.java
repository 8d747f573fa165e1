package io.github.fakeapigw.assertions.error;

import io.github.fakeapigw.assertions.internal.InvocationMessages;
import io.github.fakeapigw.assertions.internal.Message;
import io.github.fakeapigw.recording.RecordedFunctionCall;
import io.github.fakeapigw.recording.RecordedInvocation;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of an invocation that called no Lambda function, or several.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ShouldHaveOneFunctionCall extends GatewayMessageFactory {
  private ShouldHaveOneFunctionCall(Message message) {
    super(message);
  }

  /**
   * Creates the message.
   *
   * @param inv the invocation
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveOneFunctionCall(RecordedInvocation inv) {
    int n = inv.functionCalls().size();
    Message m =
        InvocationMessages.head("", inv)
            .line("to have called exactly one Lambda function")
            .line("but it called " + (n == 0 ? "none." : n + ":"));
    for (RecordedFunctionCall c : inv.functionCalls()) {
      m.line("  " + c.functionName() + ": " + ShouldHaveBeenInvoked.describe(c));
    }
    return new ShouldHaveOneFunctionCall(m.append(InvocationMessages.errorContext(inv)));
  }
}
