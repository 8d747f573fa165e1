package io.github.fakeapigw.assertions.error;

import io.github.fakeapigw.assertions.internal.InvocationCriteria;
import io.github.fakeapigw.assertions.internal.Message;
import io.github.fakeapigw.assertions.internal.Render;
import io.github.fakeapigw.recording.RecordedInvocation;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a failed count of invocations: what was expected, what was recorded
 * (numbered, oldest first), then the three closest candidates, each with the first reason it
 * missed (or, when too many matched, the matching ones).
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
   * @param criteria what selects the invocations
   * @param recorded every recorded invocation, oldest first
   * @param dropped how many older invocations the recording dropped
   * @param seed the gateway's canary seed
   */
  public static ErrorMessageFactory shouldHaveReceived(
      Count count,
      int expected,
      InvocationCriteria criteria,
      List<RecordedInvocation> recorded,
      long dropped,
      long seed) {
    List<Integer> matching = new ArrayList<>();
    for (int i = 0; i < recorded.size(); i++) {
      if (criteria.matches(recorded.get(i))) {
        matching.add(i);
      }
    }
    String what =
        switch (count) {
          case EXACTLY -> "exactly " + plural(expected);
          case AT_LEAST -> "at least " + plural(expected);
          case NONE -> "no invocation";
        };
    Message m =
        new Message()
            .line("Expecting gateway to have received " + what + " matching:")
            .indented(criteria.describe())
            .line("but received " + matching.size() + ".")
            .line(Render.recordedHeading(recorded.size(), dropped));
    Render.recordedList(recorded).forEach(m::line);
    if (matching.size() > expected) {
      m.line("Matching invocations:");
      for (int i : matching.subList(0, Math.min(matching.size(), Render.MAX_LISTED))) {
        m.line("  " + recorded.get(i).sequence() + ". " + Render.shortLine(recorded.get(i)));
      }
    } else {
      List<Integer> closest = criteria.closest(recorded, MAX_CANDIDATES);
      if (!closest.isEmpty()) {
        m.line("Closest candidates:");
        for (int i : closest) {
          RecordedInvocation inv = recorded.get(i);
          m.line(
              "  "
                  + inv.sequence()
                  + ". "
                  + inv.methodRequest().httpMethod()
                  + " "
                  + inv.methodRequest().path()
                  + ": "
                  + criteria.firstMismatch(inv).orElse(""));
        }
      }
    }
    if (criteria.canary().isPresent()) {
      m.line("Canary seed: " + seed);
    }
    return new ShouldHaveReceived(m);
  }

  private static String plural(int n) {
    return n + (n == 1 ? " invocation" : " invocations");
  }
}
