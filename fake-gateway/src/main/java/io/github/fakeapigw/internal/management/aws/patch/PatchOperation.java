package io.github.fakeapigw.internal.management.aws.patch;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of an UpdateX request's {@code patchOperations}, already checked against the op enum.
 *
 * @param op the operation
 * @param path the JSON Pointer target, still escaped ({@code ~1}, {@code ~0}); empty when not sent
 * @param value the new value; always a string on the wire, coerced per field
 * @param from the source pointer of {@code copy}/{@code move}
 */
public record PatchOperation(Op op, Optional<String> path, Optional<String> value, Optional<String> from) {

  /** The operations of AWS's {@code Op} enum. */
  public enum Op {
    ADD, REMOVE, REPLACE, MOVE, TEST, COPY;

    /** The wire name ({@code add}, {@code remove}, ...). */
    public String wire() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public PatchOperation {
    Objects.requireNonNull(op, "op");
    path = path == null ? Optional.empty() : path;
    value = value == null ? Optional.empty() : value;
    from = from == null ? Optional.empty() : from;
  }

  /** Shorthand for tests and the DSL. */
  public static PatchOperation of(Op op, String path, String value) {
    return new PatchOperation(op, Optional.ofNullable(path), Optional.ofNullable(value), Optional.empty());
  }

  /** The path as sent, or {@code "null"} (AWS prints missing paths that way). */
  public String pathText() {
    return path.orElse("null");
  }
}
