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

  /** A copy with {@code id} replaced. */
  public Deployment withId(String id) {
    return new Deployment(id, description, createdDate, snapshot);
  }

  /** A copy with {@code description} replaced. */
  public Deployment withDescription(Optional<String> description) {
    return new Deployment(id, description, createdDate, snapshot);
  }

  /** A copy with {@code createdDate} replaced. */
  public Deployment withCreatedDate(Instant createdDate) {
    return new Deployment(id, description, createdDate, snapshot);
  }

  /** A copy with {@code snapshot} replaced. */
  public Deployment withSnapshot(ApiDefinition snapshot) {
    return new Deployment(id, description, createdDate, snapshot);
  }
}
