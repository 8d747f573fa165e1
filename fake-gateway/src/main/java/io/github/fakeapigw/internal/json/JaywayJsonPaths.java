package io.github.fakeapigw.internal.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.JsonPathException;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JacksonJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link JsonPaths} on the Jayway JSONPath library (root {@code $}, {@code .name}, {@code
 * ['name']}, {@code [0]}, {@code [*]}, {@code ..}, filters {@code [?(@.price > 10)]}). Paths
 * without the leading {@code $} ({@code a.b}, {@code [0].a}) are read as if it were there.
 *
 * <p>Thread-safe; compiled paths are cached per instance.
 */
public final class JaywayJsonPaths implements JsonPaths {
  private static final int MAX_CACHED_PATHS = 2_000;

  private volatile Configuration configuration;
  private final Map<String, JsonPath> compiled = new ConcurrentHashMap<>();
  private final Map<String, String[]> simplePaths = new ConcurrentHashMap<>();

  /**
   * Creates an evaluator with its own Jackson-backed Jayway configuration (built when a path first
   * needs Jayway; plain {@code $.a.b} paths never do).
   */
  public JaywayJsonPaths() {}

  private Configuration configuration() {
    Configuration c = configuration;
    if (c == null) {
      ObjectMapper mapper = new ObjectMapper();
      c =
          Configuration.builder()
              .jsonProvider(new Provider(mapper))
              .mappingProvider(new JacksonMappingProvider(mapper))
              .build();
      configuration = c;
    }
    return c;
  }

  @Override
  public Optional<Object> read(String json, String path) {
    return parse(json).read(path);
  }

  @Override
  public Optional<String> readAsJson(String json, String path) {
    return parse(json).readAsJson(path);
  }

  @Override
  public Document parse(String json) {
    Objects.requireNonNull(json, "json");
    return new ParsedDocument(JsonText.parse(json));
  }

  /**
   * Prefixes a path written without its root: {@code a.b} becomes {@code $.a.b}, {@code [0]}
   * becomes {@code $[0]}, blank becomes {@code $}.
   */
  static String normalize(String path) {
    String p = path.strip();
    if (p.isEmpty()) {
      return "$";
    }
    if (p.startsWith("$")) {
      return p;
    }
    if (p.startsWith("[") || p.startsWith(".")) {
      return "$" + p;
    }
    return "$." + p;
  }

  private JsonPath compile(String path) {
    Objects.requireNonNull(path, "path");
    JsonPath cached = compiled.get(path);
    if (cached != null) {
      return cached;
    }
    JsonPath jsonPath;
    try {
      jsonPath = JsonPath.compile(normalize(path));
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException(
          "Invalid JSONPath expression '" + path + "': " + e.getMessage(), e);
    }
    if (compiled.size() >= MAX_CACHED_PATHS) {
      compiled.clear();
    }
    compiled.put(path, jsonPath);
    return jsonPath;
  }

  /**
   * The property names of a path made only of plain names ({@code $}, {@code $.a.b}, {@code a.b}),
   * which is evaluated without Jayway (same result, a fraction of the cost); null for any other.
   */
  private String[] simpleProperties(String path) {
    String[] cached = simplePaths.get(path);
    if (cached != null) {
      return cached.length == 1 && cached[0] == null ? null : cached;
    }
    String normalized = normalize(path);
    String[] result = null;
    if (normalized.equals("$")) {
      result = new String[0];
    } else if (normalized.startsWith("$.") && normalized.length() > 2) {
      String[] names = normalized.substring(2).split("\\.", -1);
      boolean plain = true;
      for (String name : names) {
        plain &=
            !name.isEmpty()
                && name.chars()
                    .allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_' || ch == '-');
      }
      result = plain ? names : null;
    }
    if (simplePaths.size() >= MAX_CACHED_PATHS) {
      simplePaths.clear();
    }
    simplePaths.put(path, result == null ? new String[] {null} : result);
    return result;
  }

  private static Object navigate(Object root, String[] names) {
    Object current = root;
    for (String name : names) {
      if (!(current instanceof Map<?, ?> map) || !map.containsKey(name)) {
        return NO_MATCH;
      }
      current = map.get(name);
    }
    return current;
  }

  /** Sentinel for "the path matched nothing" (distinct from a matched JSON null). */
  private static final Object NO_MATCH = new Object();

  private final class ParsedDocument implements Document {
    private final Optional<JsonText.Parsed> parsed;

    ParsedDocument(Optional<JsonText.Parsed> parsed) {
      this.parsed = parsed;
    }

    @Override
    public boolean isJson() {
      return parsed.isPresent();
    }

    private Object evaluate(String path) {
      String[] simple = simpleProperties(path);
      JsonPath jsonPath = simple == null ? compile(path) : null;
      if (parsed.isEmpty()) {
        return NO_MATCH;
      }
      Object root = parsed.get().value();
      if (simple != null) {
        return navigate(root, simple);
      }
      if (root == null) {
        return jsonPath.getPath().equals("$") ? null : NO_MATCH;
      }
      try {
        return jsonPath.read(root, configuration());
      } catch (PathNotFoundException e) {
        return NO_MATCH;
      } catch (InvalidPathException e) {
        throw new IllegalArgumentException(
            "Invalid JSONPath expression '" + path + "': " + e.getMessage(), e);
      } catch (JsonPathException e) {
        return NO_MATCH;
      }
    }

    @Override
    public Optional<Object> read(String path) {
      Object value = evaluate(path);
      return value == NO_MATCH ? Optional.empty() : Optional.ofNullable(value);
    }

    @Override
    public Optional<String> readAsJson(String path) {
      Object value = evaluate(path);
      return value == NO_MATCH ? Optional.empty() : Optional.of(JsonText.write(value));
    }
  }

  /** Jayway's Jackson provider, creating the printing-aware map and list types for results. */
  private static final class Provider extends JacksonJsonProvider {
    Provider(ObjectMapper mapper) {
      super(mapper);
    }

    @Override
    public Object parse(String json) {
      return JsonText.parse(json)
          .map(JsonText.Parsed::value)
          .orElseThrow(() -> new com.jayway.jsonpath.InvalidJsonException("not JSON: " + json));
    }

    @Override
    public List<Object> createArray() {
      return new JsonArrayList();
    }

    @Override
    public Object createMap() {
      return new JsonObjectMap();
    }
  }
}
