package io.github.fakeapigw.model;

import java.util.Optional;

/** A {@code Model}: a JSON schema (draft 4) registered on an API. */
public record Model(
    String id, String name, Optional<String> description, Optional<String> schema, String contentType) {
  public Model {
    description = description == null ? Optional.empty() : description;
    schema = schema == null ? Optional.empty() : schema;
  }
}
