package io.github.fakeapigw.model;

import java.util.Optional;

/** A {@code Model}: a JSON schema (draft 4) registered on an API. */
public record Model(
    String id, String name, Optional<String> description, Optional<String> schema, String contentType) {
  public Model {
    description = description == null ? Optional.empty() : description;
    schema = schema == null ? Optional.empty() : schema;
  }

  /** A copy with {@code id} replaced. */
  public Model withId(String id) {
    return new Model(id, name, description, schema, contentType);
  }

  /** A copy with {@code name} replaced. */
  public Model withName(String name) {
    return new Model(id, name, description, schema, contentType);
  }

  /** A copy with {@code description} replaced. */
  public Model withDescription(Optional<String> description) {
    return new Model(id, name, description, schema, contentType);
  }

  /** A copy with {@code schema} replaced. */
  public Model withSchema(Optional<String> schema) {
    return new Model(id, name, description, schema, contentType);
  }

  /** A copy with {@code contentType} replaced. */
  public Model withContentType(String contentType) {
    return new Model(id, name, description, schema, contentType);
  }
}
