package io.github.fakeapigw.assertions;

import io.github.fakeapigw.recording.RecordedHttpMessage;
import org.apiguardian.api.API;

/**
 * Assertions on a response of an invocation: the endpoint response (what the integration answered)
 * or the final response (what the caller got).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class HttpMessageAssert
    extends AbstractInvocationPartAssert<HttpMessageAssert, RecordedHttpMessage> {

  /**
   * Creates the assert; reach it through {@link RecordedInvocationAssert#response()} or {@link
   * RecordedInvocationAssert#endpointResponse()}.
   *
   * @param actual the response
   * @param parent the invocation's assert
   * @param part the response's name in messages
   */
  protected HttpMessageAssert(
      RecordedHttpMessage actual, RecordedInvocationAssert parent, String part) {
    super(actual, HttpMessageAssert.class, parent, part);
  }

  /**
   * Verifies the status.
   *
   * <pre>{@code
   * assertThat(invocation).endpointResponse().hasStatus(404); // passes when the backend said 404
   * assertThat(invocation).endpointResponse().hasStatus(200); // fails
   * }</pre>
   *
   * @param expected the expected status
   * @return this assert
   * @throws AssertionError if the status differs
   */
  public HttpMessageAssert hasStatus(int expected) {
    isNotNull();
    if (actual.status() != expected) {
      throw pair(
          "to have status",
          String.valueOf(expected),
          String.valueOf(actual.status()),
          expected,
          actual.status());
    }
    return myself;
  }

  /**
   * Verifies the last value of a header, matched case-insensitively.
   *
   * <pre>{@code
   * assertThat(invocation).response().hasHeader("Content-Type", "application/json"); // passes
   * assertThat(invocation).response().hasHeader("Content-Type", "text/plain");       // fails
   * }</pre>
   *
   * @param name the header name
   * @param expectedValue the expected value
   * @return this assert
   * @throws AssertionError if the header is missing (the message lists the headers) or has another
   *     value
   */
  public HttpMessageAssert hasHeader(String name, String expectedValue) {
    isNotNull();
    checkHeader(actual.headers(), name, expectedValue);
    return myself;
  }

  /**
   * Verifies the body exactly.
   *
   * <pre>{@code
   * assertThat(invocation).response().hasBody("{\"message\":\"order not found\"}"); // passes
   * assertThat(invocation).response().hasBody("not found");                         // fails
   * }</pre>
   *
   * @param expected the expected body
   * @return this assert
   * @throws AssertionError if the body differs
   */
  public HttpMessageAssert hasBody(String expected) {
    isNotNull();
    checkBody(actual.body(), expected);
    return myself;
  }

  /**
   * Verifies that the body is JSON structurally equal to the expected JSON (key order and
   * whitespace ignored, numbers compared by value).
   *
   * <pre>{@code
   * assertThat(invocation).response().hasJsonBody("{\"message\": \"order not found\"}"); // passes
   * assertThat(invocation).response().hasJsonBody("{\"message\": \"gone\"}");             // fails
   * }</pre>
   *
   * @param expectedJson the expected JSON
   * @return this assert
   * @throws AssertionError if the body is not JSON or differs; the message lists the differences
   * @throws IllegalArgumentException if {@code expectedJson} is not JSON
   */
  public HttpMessageAssert hasJsonBody(String expectedJson) {
    isNotNull();
    checkJsonBody(actual.body(), expectedJson);
    return myself;
  }

  /**
   * Verifies that the body is JSON holding every member of the expected JSON with an equal value;
   * members the expected JSON does not name are ignored at every level (arrays compare element by
   * element).
   *
   * <pre>{@code
   * // passes when the body is {"id": "42", "total": 12.5}
   * assertThat(invocation).response().hasJsonBodyContaining("{\"id\": \"42\"}");
   * // fails, listing the missing or different members
   * assertThat(invocation).response().hasJsonBodyContaining("{\"id\": \"43\"}");
   * }</pre>
   *
   * @param expectedJson the members expected
   * @return this assert
   * @throws AssertionError if the body is not JSON or misses a member or differs in one
   * @throws IllegalArgumentException if {@code expectedJson} is not JSON
   */
  public HttpMessageAssert hasJsonBodyContaining(String expectedJson) {
    isNotNull();
    checkJsonBodyContaining(actual.body(), expectedJson);
    return myself;
  }
}
