package io.github.fakeapigw.assertions;

import static io.github.fakeapigw.assertions.internal.Render.quote;

import io.github.fakeapigw.recording.RecordedIntegrationCall;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Assertions on the integration request exactly as the gateway sent it (after parameter mapping and
 * request templates).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class IntegrationCallAssert
    extends AbstractInvocationPartAssert<IntegrationCallAssert, RecordedIntegrationCall> {

  /**
   * Creates the assert; reach it through {@link RecordedInvocationAssert#integrationCall()}.
   *
   * @param actual the integration call
   * @param parent the invocation's assert
   */
  protected IntegrationCallAssert(RecordedIntegrationCall actual, RecordedInvocationAssert parent) {
    super(actual, IntegrationCallAssert.class, parent, "the integration call");
  }

  /**
   * Verifies the integration type ({@code HTTP}, {@code HTTP_PROXY}, {@code MOCK}, {@code AWS},
   * {@code AWS_PROXY}).
   *
   * <pre>{@code
   * assertThat(invocation).integrationCall().hasType("HTTP");      // passes
   * assertThat(invocation).integrationCall().hasType("AWS_PROXY"); // fails
   * }</pre>
   *
   * @param expected the expected type
   * @return this assert
   * @throws AssertionError if the type differs
   */
  public IntegrationCallAssert hasType(String expected) {
    Objects.requireNonNull(expected, "expected");
    isNotNull();
    if (!actual.integrationType().equals(expected)) {
      throw pair(
          "to have type", expected, actual.integrationType(), expected, actual.integrationType());
    }
    return myself;
  }

  /**
   * Verifies the verb sent to the endpoint.
   *
   * <pre>{@code
   * assertThat(invocation).integrationCall().hasMethod("POST"); // passes
   * assertThat(invocation).integrationCall().hasMethod("GET");  // fails
   * }</pre>
   *
   * @param expected the expected verb
   * @return this assert
   * @throws AssertionError if the verb differs
   */
  public IntegrationCallAssert hasMethod(String expected) {
    Objects.requireNonNull(expected, "expected");
    isNotNull();
    if (!actual.httpMethod().equals(expected)) {
      throw pair("to have method", expected, actual.httpMethod(), expected, actual.httpMethod());
    }
    return myself;
  }

  /**
   * Verifies the full URI sent to (for Lambda, the function ARN invoked).
   *
   * <pre>{@code
   * assertThat(invocation).integrationCall().hasUri("http://127.0.0.1:8089/v1/orders/42"); // passes
   * assertThat(invocation).integrationCall().hasUri("http://127.0.0.1:8089/v1/orders");    // fails
   * }</pre>
   *
   * @param expected the expected URI
   * @return this assert
   * @throws AssertionError if the URI differs
   */
  public IntegrationCallAssert hasUri(String expected) {
    Objects.requireNonNull(expected, "expected");
    isNotNull();
    if (!actual.uri().equals(expected)) {
      throw pair("to have URI", quote(expected), quote(actual.uri()), expected, actual.uri());
    }
    return myself;
  }

  /**
   * Verifies the path of the URI sent, still encoded.
   *
   * <pre>{@code
   * assertThat(invocation).integrationCall().hasPath("/v1/orders/42"); // passes
   * assertThat(invocation).integrationCall().hasPath("/v1/orders/43"); // fails
   * }</pre>
   *
   * @param expected the expected path
   * @return this assert
   * @throws AssertionError if the path differs
   */
  public IntegrationCallAssert hasPath(String expected) {
    Objects.requireNonNull(expected, "expected");
    isNotNull();
    String path = actual.path();
    if (!Objects.equals(path, expected)) {
      throw pair("to have path", quote(expected), quote(String.valueOf(path)), expected, path);
    }
    return myself;
  }

  /**
   * Verifies the last value of a query parameter of the URI sent, decoded.
   *
   * <pre>{@code
   * assertThat(invocation).integrationCall().hasQueryParameter("expand", "items"); // passes
   * assertThat(invocation).integrationCall().hasQueryParameter("expand", "all");   // fails
   * }</pre>
   *
   * @param name the parameter name
   * @param expectedValue the expected decoded value
   * @return this assert
   * @throws AssertionError if the parameter is missing (the message shows the query string) or has
   *     another value
   */
  public IntegrationCallAssert hasQueryParameter(String name, String expectedValue) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expectedValue, "expectedValue");
    isNotNull();
    checkQueryParameter(queryParameter(actual.query(), name), name, expectedValue, actual.query());
    return myself;
  }

  /**
   * Verifies the last value of a header sent, matched case-insensitively.
   *
   * <pre>{@code
   * assertThat(invocation).integrationCall().hasHeader("X-Order-Id", "42"); // passes
   * assertThat(invocation).integrationCall().hasHeader("X-Order-Id", "43"); // fails
   * }</pre>
   *
   * @param name the header name
   * @param expectedValue the expected value
   * @return this assert
   * @throws AssertionError if the header was not sent (the message lists the headers sent) or has
   *     another value
   */
  public IntegrationCallAssert hasHeader(String name, String expectedValue) {
    isNotNull();
    checkHeader(actual.headers(), name, expectedValue);
    return myself;
  }

  /**
   * Verifies the body sent exactly.
   *
   * <pre>{@code
   * assertThat(invocation).integrationCall().hasBody("id=42"); // passes
   * assertThat(invocation).integrationCall().hasBody("id=43"); // fails
   * }</pre>
   *
   * @param expected the expected body
   * @return this assert
   * @throws AssertionError if the body differs
   */
  public IntegrationCallAssert hasBody(String expected) {
    isNotNull();
    checkBody(actual.body(), expected);
    return myself;
  }

  /**
   * Verifies that the body sent is JSON structurally equal to the expected JSON (key order and
   * whitespace ignored, numbers compared by value).
   *
   * <pre>{@code
   * assertThat(invocation).integrationCall().hasJsonBody("{\"id\": \"42\"}"); // passes
   * assertThat(invocation).integrationCall().hasJsonBody("{\"id\": 42}");     // fails
   * }</pre>
   *
   * @param expectedJson the expected JSON
   * @return this assert
   * @throws AssertionError if the body is not JSON or differs; the message lists the differences
   * @throws IllegalArgumentException if {@code expectedJson} is not JSON
   */
  public IntegrationCallAssert hasJsonBody(String expectedJson) {
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
   * assertThat(invocation).integrationCall().hasJsonBodyContaining("{\"id\": \"42\"}");
   * // fails, listing the missing or different members
   * assertThat(invocation).integrationCall().hasJsonBodyContaining("{\"id\": \"43\"}");
   * }</pre>
   *
   * @param expectedJson the members expected
   * @return this assert
   * @throws AssertionError if the body is not JSON or misses a member or differs in one
   * @throws IllegalArgumentException if {@code expectedJson} is not JSON
   */
  public IntegrationCallAssert hasJsonBodyContaining(String expectedJson) {
    isNotNull();
    checkJsonBodyContaining(actual.body(), expectedJson);
    return myself;
  }

  static Optional<String> queryParameter(String rawQuery, String name) {
    Optional<String> found = Optional.empty();
    if (rawQuery.isEmpty()) {
      return found;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      if (key.equals(name)) {
        found =
            Optional.of(
                eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return found;
  }
}
