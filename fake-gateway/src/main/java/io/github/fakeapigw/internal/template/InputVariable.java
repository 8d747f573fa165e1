package io.github.fakeapigw.internal.template;

import io.github.fakeapigw.internal.context.MethodRequest;
import io.github.fakeapigw.internal.json.JsonPaths;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code $input} of one rendering: the payload ({@code body}, {@code json(..)}, {@code path(..)})
 * and the method request parameters ({@code params()}).
 */
public final class InputVariable {
  private final String body;
  private final MethodRequest request;
  private final JsonPaths jsonPaths;
  private JsonPaths.Document document;
  private Map<String, Object> params;

  InputVariable(String body, MethodRequest request, JsonPaths jsonPaths) {
    // API Gateway hands an empty payload to templates as "{}".
    this.body = body == null || body.isEmpty() ? "{}" : body;
    this.request = request;
    this.jsonPaths = jsonPaths;
  }

  private JsonPaths.Document document() {
    if (document == null) {
      document = jsonPaths.parse(body);
    }
    return document;
  }

  /** {@code $input.body}: the raw payload ({@code {}} when empty). */
  public String getBody() {
    return body;
  }

  /**
   * {@code $input.json(path)}: the JSONPath result as JSON text (strings keep their quotes); empty
   * text when nothing matches or the payload is not JSON.
   */
  public String json(String path) {
    if (path == null) {
      return "";
    }
    return document().readAsJson(path).orElse("");
  }

  /**
   * {@code $input.path(path)}: the JSONPath result as a Java object (maps print as {@code {k=v}},
   * lists as JSON); {@link AbsentValue} (empty, equal to null and to "") when nothing matches.
   */
  public Object path(String path) {
    if (path == null) {
      return AbsentValue.INSTANCE;
    }
    return document().read(path).orElse(AbsentValue.INSTANCE);
  }

  /** {@code $input.params()}: {@code {path={..}, querystring={..}, header={..}}}. */
  public Map<String, Object> params() {
    if (params == null) {
      Map<String, Object> all = new LinkedHashMap<>();
      all.put("path", new LinkedHashMap<>(request.pathParameters()));
      Map<String, String> query = new LinkedHashMap<>();
      request
          .queryParameters()
          .forEach(
              (name, values) -> {
                if (!values.isEmpty()) {
                  query.put(name, values.get(values.size() - 1));
                }
              });
      all.put("querystring", query);
      all.put("header", new HeaderMap(request.headers().toSingleValueMap()));
      params = Collections.unmodifiableMap(all);
    }
    return params;
  }

  /**
   * {@code $input.params(name)}: the value of a path parameter, else query string parameter, else
   * header (header names case-insensitive); empty text when absent.
   */
  public String params(String name) {
    if (name == null) {
      return "";
    }
    String path = request.pathParameters().get(name);
    if (path != null) {
      return path;
    }
    List<String> query = request.queryParameters().get(name);
    if (query != null && !query.isEmpty()) {
      return query.get(query.size() - 1);
    }
    return request.headers().last(name).orElse("");
  }

  @Override
  public String toString() {
    return body;
  }

  /** Header name to last value, in arrival order, looked up case-insensitively. */
  public static final class HeaderMap extends LinkedHashMap<String, String> {
    private static final long serialVersionUID = 1L;
    private final Map<String, String> lowerCaseIndex = new java.util.HashMap<>();

    HeaderMap(Map<String, String> headers) {
      super(headers);
      headers.forEach((k, v) -> lowerCaseIndex.put(k.toLowerCase(Locale.ROOT), k));
    }

    @Override
    public String get(Object key) {
      String value = super.get(key);
      if (value == null && key instanceof String s) {
        String original = lowerCaseIndex.get(s.toLowerCase(Locale.ROOT));
        return original == null ? null : super.get(original);
      }
      return value;
    }

    @Override
    public boolean containsKey(Object key) {
      return super.containsKey(key)
          || (key instanceof String s && lowerCaseIndex.containsKey(s.toLowerCase(Locale.ROOT)));
    }
  }
}
