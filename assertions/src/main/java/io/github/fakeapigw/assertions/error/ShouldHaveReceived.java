package io.github.fakeapigw.assertions.error;

import io.github.fakeapigw.assertions.internal.Message;
import io.github.fakeapigw.assertions.internal.Render;
import io.github.fakeapigw.recording.RecordedInvocation;
import java.util.List;
import java.util.OptionalLong;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a failed count of invocations: what was expected, what was recorded
 * (numbered, oldest first), then the three closest candidates, each with the first reason it missed
 * (or, when too many matched, the matching ones).
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ShouldHaveReceived extends GatewayMessageFactory {
  /** How many matching invocations were expected. */
  public enum Count {
    /** Exactly n. */
    EXACTLY,
    /** n or more. */
    AT_LEAST,
    /** None (n is 0). */
    NONE
  }

  /** At most this many candidates are listed. */
  public static final int MAX_CANDIDATES = 3;

  private ShouldHaveReceived(Message message) {
    super(message);
  }

  /**
   * Creates the message.
   *
   * @param count how the expected number compares
   * @param expected the expected number
   * @param expectation what selects the invocations ({@code GET /orders/{id} (stage "test")})
   * @param recorded every recorded invocation, oldest first
   * @param matching the recorded invocations that matched, oldest first
   * @param nearMisses the closest non-matching invocations, closest first (at most three are shown)
   * @param dropped how many older invocations the recording dropped
   * @param seed the gateway's canary seed, when a canary choice is involved
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveReceived(
      Count count,
      int expected,
      String expectation,
      List<RecordedInvocation> recorded,
      List<RecordedInvocation> matching,
      List<NearMiss> nearMisses,
      long dropped,
      OptionalLong seed) {
    String what =
        switch (count) {
          case EXACTLY -> "exactly " + plural(expected);
          case AT_LEAST -> "at least " + plural(expected);
          case NONE -> "no invocation";
        };
    Message m =
        new Message()
            .line("Expecting gateway to have received " + what + " matching:")
            .indented(expectation)
            .line("but received " + matching.size() + ".")
            .line(Render.recordedHeading(recorded.size(), dropped));
    Render.recordedList(recorded).forEach(m::line);
    if (matching.size() > expected) {
      m.line("Matching invocations:");
      for (RecordedInvocation inv :
          matching.subList(0, Math.min(matching.size(), Render.MAX_LISTED))) {
        m.line("  " + inv.sequence() + ". " + Render.shortLine(inv));
      }
    } else if (!nearMisses.isEmpty()) {
      m.line("Closest candidates:");
      for (NearMiss miss : nearMisses.subList(0, Math.min(MAX_CANDIDATES, nearMisses.size()))) {
        RecordedInvocation inv = miss.invocation();
        m.line(
            "  "
                + inv.sequence()
                + ". "
                + inv.methodRequest().httpMethod()
                + " "
                + inv.methodRequest().path()
                + ": "
                + miss.reason());
      }
    }
    seed.ifPresent(s -> m.line("Canary seed: " + s));
    return new ShouldHaveReceived(m);
  }

  private static String plural(int n) {
    return n + (n == 1 ? " invocation" : " invocations");
  }
}
