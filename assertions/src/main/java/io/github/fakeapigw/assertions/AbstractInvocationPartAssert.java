package io.github.fakeapigw.assertions;

import static io.github.fakeapigw.assertions.error.ShouldHaveHeader.shouldHaveHeader;
import static io.github.fakeapigw.assertions.error.ShouldHaveJsonBody.shouldHaveJsonBody;
import static io.github.fakeapigw.assertions.error.ShouldHaveQueryParameter.shouldHaveQueryParameter;
import static io.github.fakeapigw.assertions.internal.Render.quote;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakeapigw.assertions.internal.InvocationMessages;
import io.github.fakeapigw.assertions.internal.Json;
import io.github.fakeapigw.assertions.internal.Message;
import io.github.fakeapigw.assertions.internal.Render;
import io.github.fakeapigw.recording.RecordedInvocation;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Base of the asserts on one part of a recorded invocation (method request, integration call,
 * endpoint response, integration response, final response): shared header and body checks, and
 * {@link #returnToInvocation()}.
 *
 * @param <SELF> the concrete assert
 * @param <ACTUAL> the recorded part
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public abstract class AbstractInvocationPartAssert<
        SELF extends AbstractInvocationPartAssert<SELF, ACTUAL>, ACTUAL>
    extends AbstractAssert<SELF, ACTUAL> {
  /** The invocation the part belongs to. */
  protected final RecordedInvocation invocation;

  private final RecordedInvocationAssert parent;
  private final String part;

  /**
   * Creates the assert.
   *
   * @param actual the part
   * @param selfType the concrete assert class
   * @param parent the assert on the invocation the part belongs to
   * @param part the part's name in messages ({@code the integration call})
   */
  protected AbstractInvocationPartAssert(
      ACTUAL actual, Class<?> selfType, RecordedInvocationAssert parent, String part) {
    super(actual, selfType);
    this.parent = Objects.requireNonNull(parent, "parent");
    this.invocation = parent.actual();
    this.part = part;
  }

  /**
   * Goes back to the assert on the invocation this part belongs to.
   *
   * <pre>{@code
   * assertThat(gateway).invocation("GET", "/orders/{id}")
   *     .integrationCall().hasPath("/v1/orders/42")
   *     .returnToInvocation().hasStatus(200);
   * }</pre>
   *
   * @return the invocation's assert
   */
  public RecordedInvocationAssert returnToInvocation() {
    return parent;
  }

  /**
   * Fails unless the last value of a header (matched case-insensitively) equals the expected.
   *
   * @param headers the part's headers
   * @param name the header name
   * @param expected the expected value
   */
  protected void checkHeader(Map<String, List<String>> headers, String name, String expected) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expected, "expected");
    Optional<String> value = InvocationMessages.header(headers, name);
    if (value.isEmpty()) {
      throw assertionError(shouldHaveHeader(part, invocation, name, expected, headers));
    }
    if (!value.get().equals(expected)) {
      throw pair(
          "to have header " + quote(name),
          quote(expected),
          quote(value.get()),
          expected,
          value.get());
    }
  }

  /**
   * Fails unless a query parameter is present with the expected value.
   *
   * @param value the parameter's decoded value, empty if absent
   * @param name the parameter name
   * @param expected the expected decoded value
   * @param query the query as shown when the parameter is absent
   */
  void checkQueryParameter(Optional<String> value, String name, String expected, String query) {
    if (value.isEmpty()) {
      throw assertionError(shouldHaveQueryParameter(part, invocation, name, expected, query));
    }
    if (!value.get().equals(expected)) {
      throw pair(
          "to have query parameter " + quote(name),
          quote(expected),
          quote(value.get()),
          expected,
          value.get());
    }
  }

  /**
   * Fails unless the body equals the expected text exactly.
   *
   * @param actualBody the part's body
   * @param expected the expected body
   */
  protected void checkBody(String actualBody, String expected) {
    Objects.requireNonNull(expected, "expected");
    if (!actualBody.equals(expected)) {
      throw pair(
          "to have body", Render.body(expected), Render.body(actualBody), expected, actualBody);
    }
  }

  /**
   * Fails unless the body is JSON structurally equal to the expected JSON.
   *
   * @param actualBody the part's body
   * @param expectedJson the expected JSON
   */
  protected void checkJsonBody(String actualBody, String expectedJson) {
    checkJsonBody(actualBody, expectedJson, false);
  }

  /**
   * Fails unless the body is JSON holding every member of the expected JSON with an equal value
   * (other members ignored at every level).
   *
   * @param actualBody the part's body
   * @param expectedJson the members expected
   */
  protected void checkJsonBodyContaining(String actualBody, String expectedJson) {
    checkJsonBody(actualBody, expectedJson, true);
  }

  private void checkJsonBody(String actualBody, String expectedJson, boolean lenient) {
    Objects.requireNonNull(expectedJson, "expectedJson");
    Json.Parsed expected = Json.parse(expectedJson);
    if (expected.node().isEmpty()) {
      throw new IllegalArgumentException(
          "the expected JSON must be valid JSON; "
              + expected.error()
              + "; offending: "
              + expectedJson);
    }
    Json.Parsed parsed = Json.parse(actualBody);
    if (parsed.node().isEmpty()) {
      throw assertionError(
          shouldHaveJsonBody(part, invocation, expectedJson, actualBody, parsed.error()));
    }
    JsonNode e = expected.node().get();
    JsonNode a = parsed.node().get();
    List<String> differences = lenient ? Json.missing(e, a) : Json.differences(e, a);
    if (!differences.isEmpty()) {
      String expectedText = Json.pretty(e);
      String actualText = Json.pretty(a);
      Message extra = new Message().line("Differences:");
      differences.forEach(d -> extra.line("  " + d));
      Message m =
          InvocationMessages.pair(
              part,
              invocation,
              lenient ? "to have a JSON body containing" : "to have a JSON body equal to",
              Render.truncate(expectedText),
              Render.truncate(actualText),
              extra);
      throw failureWithActualExpected(actualText, expectedText, m.format(), m.args());
    }
  }

  /**
   * Builds the failure of an actual/expected pair about this part.
   *
   * @param expectation what was expected, such as {@code to have status}
   * @param expectedText the expected value as printed
   * @param actualText the actual value as printed
   * @param expected the expected value, for the IDE diff
   * @param actualValue the actual value, for the IDE diff
   * @return the error to throw
   */
  protected AssertionError pair(
      String expectation,
      String expectedText,
      String actualText,
      Object expected,
      Object actualValue) {
    Message m =
        InvocationMessages.pair(
            part, invocation, expectation, expectedText, actualText, new Message());
    return failureWithActualExpected(actualValue, expected, m.format(), m.args());
  }
}
