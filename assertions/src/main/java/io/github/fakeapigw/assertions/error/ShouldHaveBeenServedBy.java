package io.github.fakeapigw.assertions.error;

import io.github.fakeapigw.assertions.internal.InvocationMessages;
import io.github.fakeapigw.assertions.internal.Message;
import io.github.fakeapigw.assertions.internal.Render;
import io.github.fakeapigw.recording.RecordedInvocation;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of an invocation served by the other side of a canary split.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ShouldHaveBeenServedBy extends GatewayMessageFactory {
  private ShouldHaveBeenServedBy(Message message) {
    super(message);
  }

  /**
   * Creates the message.
   *
   * @param inv the invocation
   * @param canary whether the canary was expected
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveBeenServedBy(RecordedInvocation inv, boolean canary) {
    Message m =
        InvocationMessages.head("", inv)
            .line(
                canary
                    ? "to have been served by the canary"
                    : "to have been served by the base deployment");
    if (inv.canary().isEmpty()) {
      m.line("but its stage had no canary settings.");
    } else {
      m.line("but it was " + Render.canary(inv.canary().get()) + ".");
    }
    return new ShouldHaveBeenServedBy(m);
  }
}
