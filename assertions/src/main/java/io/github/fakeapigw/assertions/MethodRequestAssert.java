package io.github.fakeapigw.assertions;

import static io.github.fakeapigw.assertions.internal.Render.quote;

import io.github.fakeapigw.recording.RecordedRequest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Assertions on the method request of an invocation: the request as the gateway received it.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class MethodRequestAssert
    extends AbstractInvocationPartAssert<MethodRequestAssert, RecordedRequest> {

  /**
   * Creates the assert; reach it through {@link RecordedInvocationAssert#methodRequest()}.
   *
   * @param actual the method request
   * @param parent the invocation's assert
   */
  protected MethodRequestAssert(RecordedRequest actual, RecordedInvocationAssert parent) {
    super(actual, MethodRequestAssert.class, parent, "the method request");
  }

  /**
   * Verifies the last value of a request header, matched case-insensitively.
   *
   * <pre>{@code
   * assertThat(invocation).methodRequest().hasHeader("Accept", "application/json"); // passes
   * assertThat(invocation).methodRequest().hasHeader("Accept", "text/html");        // fails
   * }</pre>
   *
   * @param name the header name
   * @param expectedValue the expected value
   * @return this assert
   * @throws AssertionError if the header is missing (the message lists the headers received) or has
   *     another value
   */
  public MethodRequestAssert hasHeader(String name, String expectedValue) {
    isNotNull();
    checkHeader(actual.headers(), name, expectedValue);
    return myself;
  }

  /**
   * Verifies the last value of a decoded query parameter.
   *
   * <pre>{@code
   * assertThat(invocation).methodRequest().hasQueryParameter("page", "2"); // passes
   * assertThat(invocation).methodRequest().hasQueryParameter("page", "3"); // fails
   * }</pre>
   *
   * @param name the parameter name
   * @param expectedValue the expected decoded value
   * @return this assert
   * @throws AssertionError if the parameter is missing or has another value
   */
  public MethodRequestAssert hasQueryParameter(String name, String expectedValue) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expectedValue, "expectedValue");
    isNotNull();
    checkQueryParameter(
        actual.queryParameter(name), name, expectedValue, render(actual.queryParameters()));
    return myself;
  }

  /**
   * Verifies the request body exactly.
   *
   * <pre>{@code
   * assertThat(invocation).methodRequest().hasBody("{\"id\":\"42\"}"); // passes
   * assertThat(invocation).methodRequest().hasBody("{}");              // fails
   * }</pre>
   *
   * @param expected the expected body
   * @return this assert
   * @throws AssertionError if the body differs
   */
  public MethodRequestAssert hasBody(String expected) {
    isNotNull();
    checkBody(actual.body(), expected);
    return myself;
  }

  /**
   * Verifies that the request body is JSON structurally equal to the expected JSON (key order and
   * whitespace ignored, numbers compared by value).
   *
   * <pre>{@code
   * assertThat(invocation).methodRequest().hasJsonBody("{ \"id\": \"42\" }"); // passes
   * assertThat(invocation).methodRequest().hasJsonBody("{ \"id\": 42 }");     // fails
   * }</pre>
   *
   * @param expectedJson the expected JSON
   * @return this assert
   * @throws AssertionError if the body is not JSON or differs; the message lists the differences
   * @throws IllegalArgumentException if {@code expectedJson} is not JSON
   */
  public MethodRequestAssert hasJsonBody(String expectedJson) {
    isNotNull();
    checkJsonBody(actual.body(), expectedJson);
    return myself;
  }

  /**
   * Verifies the request path as received (after the stage segment, still encoded).
   *
   * <pre>{@code
   * assertThat(invocation).methodRequest().hasPath("/orders/42"); // passes
   * assertThat(invocation).methodRequest().hasPath("/orders/43"); // fails
   * }</pre>
   *
   * @param expected the expected path
   * @return this assert
   * @throws AssertionError if the path differs
   */
  public MethodRequestAssert hasPath(String expected) {
    Objects.requireNonNull(expected, "expected");
    isNotNull();
    if (!actual.path().equals(expected)) {
      throw pair("to have path", quote(expected), quote(actual.path()), expected, actual.path());
    }
    return myself;
  }

  /**
   * Verifies that the body is JSON holding every member of the expected JSON with an equal value;
   * members the expected JSON does not name are ignored at every level (arrays compare element by
   * element).
   *
   * <pre>{@code
   * // passes when the body is {"id": "42", "total": 12.5}
   * assertThat(invocation).methodRequest().hasJsonBodyContaining("{\"id\": \"42\"}");
   * // fails, listing the missing or different members
   * assertThat(invocation).methodRequest().hasJsonBodyContaining("{\"id\": \"43\"}");
   * }</pre>
   *
   * @param expectedJson the members expected
   * @return this assert
   * @throws AssertionError if the body is not JSON or misses a member or differs in one
   * @throws IllegalArgumentException if {@code expectedJson} is not JSON
   */
  public MethodRequestAssert hasJsonBodyContaining(String expectedJson) {
    isNotNull();
    checkJsonBodyContaining(actual.body(), expectedJson);
    return myself;
  }

  static String render(Map<String, List<String>> params) {
    return params.entrySet().stream()
        .flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "=" + v))
        .collect(Collectors.joining("&"));
  }
}
