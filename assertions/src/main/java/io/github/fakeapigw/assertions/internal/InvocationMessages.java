package io.github.fakeapigw.assertions.internal;

import io.github.fakeapigw.recording.RecordedInvocation;
import org.apiguardian.api.API;

/** The shared head and tail of messages about one invocation. Not API. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class InvocationMessages {
  private InvocationMessages() {}

  /**
   * {@code Expecting <part> of invocation:} (or {@code Expecting invocation:} when part is empty)
   * followed by the invocation's title, indented.
   */
  public static Message head(String part, RecordedInvocation inv) {
    return new Message()
        .line(part.isEmpty() ? "Expecting invocation:" : "Expecting " + part + " of invocation:")
        .indented(Render.title(inv));
  }

  /** The canary decision with its seed, when the invocation's stage had canary settings. */
  public static Message canaryContext(RecordedInvocation inv) {
    Message m = new Message();
    inv.canary().ifPresent(d -> m.line("Canary: " + Render.canary(d)));
    return m;
  }

  /** The gateway error with its cause, then the canary context. */
  public static Message errorContext(RecordedInvocation inv) {
    Message m = new Message();
    inv.error().ifPresent(e -> m.append(Render.error(e)));
    return m.append(canaryContext(inv));
  }

  /**
   * {@code Expecting <part> of invocation: <title> <expectation>: <expected> but was: <actual>}
   * followed by the extra lines and the canary context.
   */
  public static Message pair(
      String part,
      RecordedInvocation inv,
      String expectation,
      String expected,
      String actual,
      Message extra) {
    return head(part, inv)
        .line(expectation + ":")
        .indented(expected)
        .line("but was:")
        .indented(actual)
        .append(extra)
        .append(canaryContext(inv));
  }

  /** The last value of a header, matched case-insensitively. */
  public static java.util.Optional<String> header(
      java.util.Map<String, java.util.List<String>> headers, String name) {
    java.util.Optional<String> found = java.util.Optional.empty();
    for (var e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        found = java.util.Optional.of(e.getValue().get(e.getValue().size() - 1));
      }
    }
    return found;
  }
}
