package io.github.fakeapigw.internal.json;

import java.util.Optional;

/**
 * JSONPath evaluation with API Gateway's flavour, shared by templates ({@code $input.json}, {@code
 * $input.path}) and parameter mappings ({@code method.request.body.a.b}, {@code
 * integration.response.body.a.b}, written without the leading {@code $.}).
 */
public interface JsonPaths {
  /**
   * Evaluates {@code path} ({@code $.a.b} or {@code a.b}) on JSON text.
   *
   * @return the value as a Java object (Map, List, String, Number, Boolean), empty when the text is
   *     not JSON or the path matches nothing
   */
  Optional<Object> read(String json, String path);

  /** Like {@link #read} but serialized back to JSON text (strings keep their quotes). */
  Optional<String> readAsJson(String json, String path);
}
