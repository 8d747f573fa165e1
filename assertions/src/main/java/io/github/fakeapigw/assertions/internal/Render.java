package io.github.fakeapigw.assertions.internal;

import io.github.fakeapigw.recording.CanaryDecision;
import io.github.fakeapigw.recording.RecordedError;
import io.github.fakeapigw.recording.RecordedInvocation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/** Renders recordings for failure messages. Not API. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Render {
  /** Bodies longer than this are cut. */
  public static final int MAX_BODY_CHARS = 500;

  /** At most this many recorded invocations are listed. */
  public static final int MAX_LISTED = 50;

  private Render() {}

  /** The string in double quotes. */
  public static String quote(String s) {
    return "\"" + s + "\"";
  }

  /** The text cut after {@value #MAX_BODY_CHARS} characters with "… (N more chars)". */
  public static String truncate(String text) {
    if (text.length() <= MAX_BODY_CHARS) {
      return text;
    }
    return text.substring(0, MAX_BODY_CHARS)
        + "… ("
        + (text.length() - MAX_BODY_CHARS)
        + " more chars)";
  }

  /** A body for a message: pretty-printed when JSON, truncated, "(empty)" when empty. */
  public static String body(String body) {
    if (body.isEmpty()) {
      return "(empty)";
    }
    return truncate(Json.prettyIfJson(body));
  }

  /** A number without a trailing ".0" and with at most four decimals. */
  public static String number(double d) {
    BigDecimal b = BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
  }

  /** {@code GET /orders/42 -> 200} plus the error type and a canary mark. */
  public static String shortLine(RecordedInvocation inv) {
    return inv.methodRequest().httpMethod()
        + " "
        + inv.methodRequest().path()
        + " -> "
        + outcome(inv);
  }

  /** {@code 200}, {@code 403 MISSING_AUTHENTICATION_TOKEN}, with " (canary)" when served by it. */
  public static String outcome(RecordedInvocation inv) {
    StringBuilder sb = new StringBuilder().append(inv.status());
    inv.error().ifPresent(e -> sb.append(' ').append(e.responseType()));
    if (inv.canary().map(CanaryDecision::canary).orElse(false)) {
      sb.append(" (canary)");
    }
    return sb.toString();
  }

  /** {@code #3 GET /orders/42 -> 200 (api "a1", stage "test")}. */
  public static String title(RecordedInvocation inv) {
    return "#" + inv.sequence() + " " + shortLine(inv) + " (" + where(inv) + ")";
  }

  /**
   * {@code api "a1", stage "test"}, {@code api "a1", TestInvokeMethod}, or {@code api "a1", no such
   * stage} for an invoke request whose API or stage did not exist.
   */
  public static String where(RecordedInvocation inv) {
    String stage =
        inv.stage()
            .map(s -> "stage " + quote(s))
            .orElse(
                inv.kind() == RecordedInvocation.Kind.TEST_INVOKE ? "TestInvokeMethod" : "no such stage");
    return "api " + quote(inv.apiId()) + ", " + stage;
  }

  /** Whether an invoke request found no API or no stage, so that no resource was even looked up. */
  public static boolean missedApiOrStage(RecordedInvocation inv) {
    return inv.kind() == RecordedInvocation.Kind.INVOKE && inv.stage().isEmpty();
  }

  /** Why an invoke request reached no stage, in the words of the recorded error's cause. */
  public static String noApiOrStage(RecordedInvocation inv) {
    return "it reached no stage: "
        + inv.error().map(e -> e.cause()).orElse("no REST API or stage matched its URL");
  }

  /**
   * The aligned list of recorded invocations, numbered by their sequence in the gateway's recording
   * ({@code 1. GET /orders -> 200}), each line indented by two spaces, at most {@value #MAX_LISTED}
   * of them.
   */
  public static List<String> recordedList(List<RecordedInvocation> recorded) {
    int shown = Math.min(recorded.size(), MAX_LISTED);
    int methodWidth = 0;
    int pathWidth = 0;
    int numberWidth = 1;
    for (int i = 0; i < shown; i++) {
      RecordedInvocation inv = recorded.get(i);
      numberWidth = Math.max(numberWidth, String.valueOf(inv.sequence()).length());
      methodWidth = Math.max(methodWidth, inv.methodRequest().httpMethod().length());
      pathWidth = Math.max(pathWidth, inv.methodRequest().path().length());
    }
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < shown; i++) {
      RecordedInvocation inv = recorded.get(i);
      lines.add(
          "  "
              + pad(inv.sequence() + ".", numberWidth + 1)
              + " "
              + pad(inv.methodRequest().httpMethod(), methodWidth)
              + " "
              + pad(inv.methodRequest().path(), pathWidth + 2)
              + " -> "
              + outcome(inv));
    }
    if (recorded.size() > shown) {
      lines.add("  … (" + (recorded.size() - shown) + " more)");
    }
    return lines;
  }

  /** The heading of the recorded list, or "Recorded invocations: none." */
  public static String recordedHeading(int count, long dropped) {
    if (count == 0) {
      return "Recorded invocations: none.";
    }
    return "Recorded invocations ("
        + count
        + ", oldest first"
        + (dropped == 0 ? "" : "; " + droppedText(dropped))
        + "):";
  }

  private static String droppedText(long dropped) {
    return dropped + (dropped == 1 ? " older one dropped" : " older ones dropped");
  }

  /** The canary decision in words, with the seed. */
  public static String canary(CanaryDecision d) {
    String side =
        d.canary()
            ? "served by the canary deployment " + quote(d.deploymentId())
            : "served by the base deployment " + quote(d.deploymentId());
    String why =
        d.forced()
            .map(f -> "forced: " + f)
            .orElseGet(
                () ->
                    "draw "
                        + number(d.draw())
                        + (d.canary() ? " < " : " >= ")
                        + "percentTraffic "
                        + number(d.percentTraffic()));
    return side + " (" + why + "; seed " + d.seed() + ")";
  }

  /** The gateway error's lines: type, status, message and cause. */
  public static Message error(RecordedError e) {
    return new Message()
        .line(
            "Gateway error "
                + e.responseType()
                + " ("
                + e.status()
                + " "
                + quote(e.message())
                + "):")
        .indented(e.cause());
  }

  /** Header lines {@code Name: value}, one per value, or "(none)". */
  public static String headers(Map<String, List<String>> headers) {
    List<String> lines = new ArrayList<>();
    headers.forEach((k, vs) -> vs.forEach(v -> lines.add(k + ": " + v)));
    return lines.isEmpty() ? "(none)" : String.join("\n", lines);
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
