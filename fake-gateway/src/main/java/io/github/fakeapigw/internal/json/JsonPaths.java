package io.github.fakeapigw.internal.json;

import java.util.Optional;

/**
 * JSONPath evaluation with API Gateway's flavour, shared by templates ({@code $input.json}, {@code
 * $input.path}) and parameter mappings ({@code method.request.body.a.b}, {@code
 * integration.response.body.a.b}, written without the leading {@code $.}).
 *
 * <p>Objects come back as {@link JsonObjectMap} (a {@code LinkedHashMap}), arrays as {@link
 * JsonArrayList} (an {@code ArrayList} that prints as JSON), numbers as Integer / Long / BigInteger
 * / Double, plus String and Boolean. A syntactically invalid path throws {@link
 * IllegalArgumentException}.
 */
public interface JsonPaths {
  /**
   * Evaluates {@code path} ({@code $.a.b} or {@code a.b}) on JSON text.
   *
   * @return the value as a Java object (Map, List, String, Number, Boolean), empty when the text is
   *     not JSON, the path matches nothing or the match is JSON {@code null}
   */
  Optional<Object> read(String json, String path);

  /**
   * Like {@link #read} but serialized back to compact JSON text (strings keep their quotes, a
   * matched JSON {@code null} is {@code null}).
   */
  Optional<String> readAsJson(String json, String path);

  /**
   * Parses JSON text once so that several paths can be evaluated on it without re-parsing (what one
   * template rendering does).
   */
  default Document parse(String json) {
    return new Document() {
      @Override
      public boolean isJson() {
        return JsonText.parse(json).isPresent();
      }

      @Override
      public Optional<Object> read(String path) {
        return JsonPaths.this.read(json, path);
      }

      @Override
      public Optional<String> readAsJson(String path) {
        return JsonPaths.this.readAsJson(json, path);
      }
    };
  }

  /** A parsed JSON text on which paths are evaluated. */
  interface Document {
    /** Whether the text was one valid JSON value. */
    boolean isJson();

    /** Same as {@link JsonPaths#read} on this document. */
    Optional<Object> read(String path);

    /** Same as {@link JsonPaths#readAsJson} on this document. */
    Optional<String> readAsJson(String path);
  }
}
