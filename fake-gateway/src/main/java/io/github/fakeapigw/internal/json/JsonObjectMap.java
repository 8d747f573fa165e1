package io.github.fakeapigw.internal.json;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON object as a Java map, in document order. It prints the way API Gateway prints an object
 * obtained through {@code $input.path}: Java's {@code {key=value, key2=value2}} (no quotes), with
 * nested arrays printed as JSON (see {@link JsonArrayList}).
 */
public final class JsonObjectMap extends LinkedHashMap<String, Object> {
  private static final long serialVersionUID = 1L;

  /** Creates an empty object. */
  public JsonObjectMap() {
    super();
  }

  /** Creates an object holding a copy of the given entries. */
  public JsonObjectMap(Map<String, ?> entries) {
    super(entries);
  }
}
