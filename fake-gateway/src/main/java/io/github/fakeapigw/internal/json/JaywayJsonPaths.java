package io.github.fakeapigw.internal.json;

import java.util.Optional;

/** {@link JsonPaths} on the Jayway JSONPath library. (Being implemented.) */
public final class JaywayJsonPaths implements JsonPaths {
  @Override
  public Optional<Object> read(String json, String path) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  @Override
  public Optional<String> readAsJson(String json, String path) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
