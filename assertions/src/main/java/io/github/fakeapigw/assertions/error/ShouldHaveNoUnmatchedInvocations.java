package io.github.fakeapigw.assertions.error;

import io.github.fakeapigw.assertions.internal.Message;
import io.github.fakeapigw.assertions.internal.Render;
import io.github.fakeapigw.recording.RecordedInvocation;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message listing invocations that matched no resource or method, each with the
 * gateway's explanation.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ShouldHaveNoUnmatchedInvocations extends GatewayMessageFactory {
  private ShouldHaveNoUnmatchedInvocations(Message message) {
    super(message);
  }

  /**
   * Creates the message.
   *
   * @param recorded every recorded invocation, oldest first (some of them unmatched)
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveNoUnmatchedInvocations(
      List<RecordedInvocation> recorded) {
    long unmatched = recorded.stream().filter(i -> !i.isMatched()).count();
    Message m =
        new Message()
            .line("Expecting gateway to have no unmatched invocations")
            .line("but " + unmatched + " of " + recorded.size() + " matched no resource:");
    for (int i = 0; i < recorded.size(); i++) {
      RecordedInvocation inv = recorded.get(i);
      if (!inv.isMatched()) {
        m.line(
            "  "
                + inv.sequence()
                + ". "
                + Render.shortLine(inv)
                + ": "
                + inv.unmatchedReason().orElse("no resource or method matched"));
      }
    }
    return new ShouldHaveNoUnmatchedInvocations(m);
  }
}
