package io.github.fakeapigw.model;

import java.time.Instant;
import java.util.Optional;

/** A {@code Deployment}: an immutable snapshot of an API taken when it was created. */
public record Deployment(
    String id, Optional<String> description, Instant createdDate, ApiDefinition snapshot) {
  public Deployment {
    java.util.Objects.requireNonNull(id, "id");
    description = description == null ? Optional.empty() : description;
    java.util.Objects.requireNonNull(snapshot, "snapshot");
  }
}
