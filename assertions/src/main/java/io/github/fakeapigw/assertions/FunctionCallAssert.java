package io.github.fakeapigw.assertions;

import static io.github.fakeapigw.assertions.internal.Render.quote;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakeapigw.assertions.internal.Json;
import io.github.fakeapigw.assertions.internal.Message;
import io.github.fakeapigw.assertions.internal.Render;
import io.github.fakeapigw.recording.RecordedFunctionCall;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one call of an in-process Lambda function: the event it got, the result it
 * returned, its error.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class FunctionCallAssert extends AbstractAssert<FunctionCallAssert, RecordedFunctionCall> {

  /**
   * Creates the assert; use {@link GatewayAssertions#assertThat(RecordedFunctionCall)}.
   *
   * @param actual the call
   */
  protected FunctionCallAssert(RecordedFunctionCall actual) {
    super(actual, FunctionCallAssert.class);
  }

  /**
   * Verifies that the event is JSON structurally equal to the expected JSON.
   *
   * <pre>{@code
   * assertThat(call).hasEventJson("{\"orderId\": \"42\"}"); // passes
   * assertThat(call).hasEventJson("{\"orderId\": 42}");     // fails, listing the differences
   * }</pre>
   *
   * @param expectedJson the expected JSON
   * @return this assert
   * @throws AssertionError if the event differs
   */
  public FunctionCallAssert hasEventJson(String expectedJson) {
    isNotNull();
    checkJson("event", Optional.of(actual.event()), expectedJson, false);
    return myself;
  }

  /**
   * Verifies that the event is JSON holding every member of the expected JSON with an equal value
   * (other members ignored at every level): the way to check a proxy event.
   *
   * <pre>{@code
   * assertThat(call).hasEventJsonContaining("{\"httpMethod\": \"POST\", \"path\": \"/prices\"}"); // passes
   * assertThat(call).hasEventJsonContaining("{\"httpMethod\": \"GET\"}");                        // fails
   * }</pre>
   *
   * @param expectedJson the members expected
   * @return this assert
   * @throws AssertionError if the event misses a member or differs in one
   */
  public FunctionCallAssert hasEventJsonContaining(String expectedJson) {
    isNotNull();
    checkJson("event", Optional.of(actual.event()), expectedJson, true);
    return myself;
  }

  /**
   * Verifies that the result is JSON structurally equal to the expected JSON.
   *
   * <pre>{@code
   * assertThat(call).hasResultJson("{\"statusCode\": 200}"); // passes
   * assertThat(call).hasResultJson("{\"statusCode\": 500}"); // fails
   * }</pre>
   *
   * @param expectedJson the expected JSON
   * @return this assert
   * @throws AssertionError if the call failed or its result differs
   */
  public FunctionCallAssert hasResultJson(String expectedJson) {
    isNotNull();
    checkJson("result", actual.result(), expectedJson, false);
    return myself;
  }

  /**
   * Verifies that the function failed with an error containing the given text.
   *
   * <pre>{@code
   * assertThat(call).hasErrorContaining("IllegalStateException"); // passes when it threw one
   * assertThat(call).hasErrorContaining("Timeout");               // fails
   * }</pre>
   *
   * @param text text the error ({@code errorType: errorMessage}) contains
   * @return this assert
   * @throws AssertionError if it did not fail, or failed otherwise
   */
  public FunctionCallAssert hasErrorContaining(String text) {
    Objects.requireNonNull(text, "text");
    isNotNull();
    if (actual.error().map(e -> !e.contains(text)).orElse(true)) {
      Message m =
          head()
              .line("to have an error containing:")
              .indented(quote(text))
              .line("but " + actual.error().map(e -> "had:").orElse("it had none."));
      actual.error().ifPresent(e -> m.indented(quote(e)));
      throw failureWithActualExpected(actual.error().orElse(null), text, m.format(), m.args());
    }
    return myself;
  }

  /**
   * Verifies that the function did not fail.
   *
   * <pre>{@code
   * assertThat(call).hasNoError(); // passes when it returned normally
   * assertThat(call).hasNoError(); // fails when it threw, printing the error
   * }</pre>
   *
   * @return this assert
   * @throws AssertionError if it failed
   */
  public FunctionCallAssert hasNoError() {
    isNotNull();
    if (actual.error().isPresent()) {
      Message m =
          head().line("to have no error").line("but had:").indented(quote(actual.error().get()));
      throw failureWithActualExpected(actual.error().get(), null, m.format(), m.args());
    }
    return myself;
  }

  private Message head() {
    return new Message()
        .line("Expecting call of function " + quote(actual.functionName()) + ":")
        .indented(
            actual.invocationType()
                + " request "
                + quote(actual.requestId())
                + " (gateway request "
                + quote(actual.invocationRequestId())
                + ")");
  }

  private void checkJson(String what, Optional<String> text, String expectedJson, boolean lenient) {
    String relation = lenient ? " containing:" : " equal to:";
    Objects.requireNonNull(expectedJson, "expectedJson");
    Json.Parsed expected = Json.parse(expectedJson);
    if (expected.node().isEmpty()) {
      throw new IllegalArgumentException(
          "the expected JSON must be valid JSON; "
              + expected.error()
              + "; offending: "
              + expectedJson);
    }
    String expectedText = Json.pretty(expected.node().get());
    if (text.isEmpty()) {
      Message m =
          head()
              .line("to have " + (what.equals("event") ? "an " : "a ") + what + relation)
              .indented(Render.truncate(expectedText))
              .line("but it failed:")
              .indented(quote(actual.error().orElse("")));
      throw failureWithActualExpected(null, expectedText, m.format(), m.args());
    }
    Json.Parsed parsed = Json.parse(text.get());
    if (parsed.node().isEmpty()) {
      Message m =
          head()
              .line("to have " + (what.equals("event") ? "an " : "a ") + what + relation)
              .indented(Render.truncate(expectedText))
              .line("but it is not JSON (" + parsed.error() + "):")
              .indented(Render.body(text.get()));
      throw failureWithActualExpected(text.get(), expectedText, m.format(), m.args());
    }
    JsonNode a = parsed.node().get();
    List<String> differences =
        lenient
            ? Json.missing(expected.node().get(), a)
            : Json.differences(expected.node().get(), a);
    if (!differences.isEmpty()) {
      String actualText = Json.pretty(a);
      Message m =
          head()
              .line("to have " + (what.equals("event") ? "an " : "a ") + what + relation)
              .indented(Render.truncate(expectedText))
              .line("but was:")
              .indented(Render.truncate(actualText))
              .line("Differences:");
      differences.forEach(d -> m.line("  " + d));
      throw failureWithActualExpected(actualText, expectedText, m.format(), m.args());
    }
  }
}
