package io.github.fakeapigw.junit;

import io.github.fakeapigw.recording.CanaryDecision;
import io.github.fakeapigw.recording.RecordedError;
import io.github.fakeapigw.recording.RecordedInvocation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the gateway saw during one test, attached to that test's failure as a suppressed exception
 * (the failure itself, and the diff an IDE shows for it, stay as they were): each invocation with
 * its route, stage, status and recorded error with its cause, then the gateway's seed. It needs no
 * logging binding. It has no stack trace: the test's failure has the one that matters.
 */
final class GatewayReport extends Exception {
  private static final long serialVersionUID = 1L;
  static final int MAX_LISTED = 20;

  GatewayReport(String text) {
    super(text, null, false, false);
  }

  /**
   * The text for the invocations a test recorded.
   *
   * @param apiName the name of the REST API an invocation addressed, if it exists
   * @param seedHint how to replay with that seed, such as {@code @ApiGatewayTest(seed = 42)}
   */
  static String describe(
      List<RecordedInvocation> invocations,
      long dropped,
      Function<RecordedInvocation, Optional<String>> apiName,
      long seed,
      String seedHint) {
    StringBuilder sb = new StringBuilder();
    if (invocations.isEmpty()) {
      sb.append(String.format("The fake API Gateway recorded no invocation during this test.%n"));
    } else {
      sb.append(
          String.format(
              "The fake API Gateway recorded %d invocation%s during this test (oldest first):%n",
              invocations.size(), invocations.size() == 1 ? "" : "s"));
      invocations.stream().limit(MAX_LISTED).forEach(i -> describe(sb, i, apiName));
      if (invocations.size() > MAX_LISTED) {
        sb.append(String.format("  … (%d more)%n", invocations.size() - MAX_LISTED));
      }
    }
    if (dropped > 0) {
      sb.append(String.format("(%d older invocations were dropped: the recording is full)%n", dropped));
    }
    sb.append(String.format("Gateway seed: %d (to replay its canary choices, use %s)", seed, seedHint));
    return sb.toString();
  }

  private static void describe(
      StringBuilder sb, RecordedInvocation i, Function<RecordedInvocation, Optional<String>> apiName) {
    sb.append(
        String.format(
            "  %d. %s %s (%s, %s) -> %s%n",
            i.sequence(),
            i.methodRequest().httpMethod(),
            i.methodRequest().path(),
            apiName
                .apply(i)
                .map(n -> "api " + quote(n) + " " + i.apiId())
                .orElse("api " + quote(i.apiId()) + ", no such API"),
            where(i),
            outcome(i)));
    Optional<String> recordedCause = i.error().map(RecordedError::cause);
    Optional<String> cause = recordedCause;
    if (i.route().isPresent()) {
      sb.append(
          String.format(
              "     route: %s %s%n", i.route().get().httpMethod(), i.route().get().resourcePath()));
    } else {
      Optional<String> why = i.unmatchedReason().or(() -> recordedCause);
      sb.append(String.format("     route: none%s%n", why.map(r -> ": " + r).orElse("")));
      if (why.equals(recordedCause)) {
        cause = Optional.empty();
      }
    }
    i.canary()
        .ifPresent(
            d -> sb.append(String.format("     canary: %s%n", canary(d))));
    i.error()
        .ifPresent(
            e -> sb.append(String.format("     error: %d %s %s%n", e.status(), e.responseType(), quote(e.message()))));
    cause.ifPresent(c -> sb.append(String.format("     cause: %s%n", c)));
  }

  /** {@code stage "test"}, {@code TestInvokeMethod}, or {@code no stage} when none matched. */
  static String where(RecordedInvocation i) {
    if (i.kind() == RecordedInvocation.Kind.TEST_INVOKE) {
      return "TestInvokeMethod";
    }
    return i.stage().map(s -> "stage " + quote(s)).orElse("no such stage");
  }

  private static String outcome(RecordedInvocation i) {
    return i.status() + i.error().map(e -> " " + e.responseType()).orElse("");
  }

  private static String canary(CanaryDecision d) {
    return (d.canary() ? "served by the canary" : "served by the base deployment")
        + String.format(Locale.ROOT, " (draw %.2f, canary %s%%", d.draw(), trim(d.percentTraffic()))
        + d.forced().map(f -> ", forced by " + f).orElse("")
        + ")";
  }

  private static String trim(double percent) {
    return percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent);
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }
}
