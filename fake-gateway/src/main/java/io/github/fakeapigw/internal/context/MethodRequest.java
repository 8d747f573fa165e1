package io.github.fakeapigw.internal.context;

import io.github.fakeapigw.internal.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The method request after routing: what templates see as {@code $input} and mappings as {@code
 * method.request.*}.
 *
 * @param rawPath the path after the stage, as received (encoded)
 * @param pathParameters path parameter name to raw value
 * @param queryParameters decoded query parameters, every value in order
 */
public record MethodRequest(
    String httpMethod,
    String rawPath,
    Map<String, String> pathParameters,
    Map<String, List<String>> queryParameters,
    HttpHeaders headers,
    byte[] body) {

  public String bodyAsString() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Single-value view of a query parameter: the last value. */
  public Optional<String> queryParameter(String name) {
    List<String> values = queryParameters.get(name);
    return values == null || values.isEmpty()
        ? Optional.empty()
        : Optional.of(values.get(values.size() - 1));
  }
}
