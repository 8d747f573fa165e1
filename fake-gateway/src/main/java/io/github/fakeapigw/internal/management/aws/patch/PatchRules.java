package io.github.fakeapigw.internal.management.aws.patch;

import io.github.fakeapigw.internal.management.aws.ApiException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The PATCH engine for one kind of resource: an allow-list of paths, the ops each path accepts, and
 * what each does. {@link #apply} runs a request's operations in order on an immutable value and
 * returns the result; a refused operation throws, so the caller (inside {@code
 * GatewayState.update}) stores nothing: a multi-op request is all or nothing.
 *
 * <p>Refusals use AWS's message families (management-api.md §7): a missing path is {@code Invalid
 * patch path null}, an unknown path {@code Invalid patch path /x}, an op the path does not accept
 * {@code Invalid patch operation specified. Must be one of: [replace]}.
 *
 * @param <T> the patched value (a model record)
 */
public final class PatchRules<T> {

  /** Applies one operation to a whole-field path. */
  @FunctionalInterface
  public interface FieldHandler<T> {
    T apply(T target, PatchOperation op);
  }

  /** Applies one operation to a map entry addressed as {@code /prefix/{key}}. */
  @FunctionalInterface
  public interface KeyHandler<T> {
    T apply(T target, PatchOperation op, String key);
  }

  private record Rule<T>(String path, boolean keyed, Set<PatchOperation.Op> ops,
      FieldHandler<T> field, KeyHandler<T> key) {}

  private final List<Rule<T>> rules;
  private final Optional<FieldHandler<T>> fallback;
  private final java.util.Map<PatchOperation.Op, FieldHandler<T>> interceptors;
  private final Optional<Wording> wording;

  /** Which of AWS's per-op refusals a resource checks first (AWS differs per resource). */
  public enum Wording {
    /** The path first ({@code Must be one of: [...]}), then the op (UpdateResource). */
    PATH_FIRST,
    /** The op first ({@code Please choose supported operations}), then the path (UpdateModel). */
    OP_FIRST
  }

  private PatchRules(List<Rule<T>> rules, Optional<FieldHandler<T>> fallback,
      java.util.Map<PatchOperation.Op, FieldHandler<T>> interceptors, Optional<Wording> wording) {
    this.rules = List.copyOf(rules);
    this.fallback = fallback;
    this.interceptors = java.util.Map.copyOf(interceptors);
    this.wording = wording;
  }

  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Applies the operations in order; the first refusal throws and nothing is kept. */
  public T apply(T initial, List<PatchOperation> ops) {
    Objects.requireNonNull(initial, "initial");
    T current = initial;
    for (PatchOperation op : ops) {
      current = applyOne(current, op);
    }
    return current;
  }

  private T applyOne(T current, PatchOperation op) {
    if (wording.isPresent()) {
      checkNamed(op, wording.get());
    }
    FieldHandler<T> interceptor = interceptors.get(op.op());
    if (interceptor != null) {
      return Objects.requireNonNull(interceptor.apply(current, op), "patch result");
    }
    for (Rule<T> rule : rules) {
      Optional<String> key = match(rule, op);
      if (key == null) {
        continue;
      }
      if (!rule.ops().contains(op.op())) {
        throw notAllowed(rule.ops());
      }
      T next = rule.keyed() ? rule.key().apply(current, op, key.orElseThrow()) : rule.field().apply(current, op);
      return Objects.requireNonNull(next, "patch result");
    }
    if (fallback.isPresent()) {
      return Objects.requireNonNull(fallback.get().apply(current, op), "patch result");
    }
    throw invalidPath(op);
  }

  /**
   * AWS's per-op wording: {@code Invalid patch path  '/x' specified for op 'replace'. Must be one
   * of: [/a, /b]} (the paths that accept the op) and {@code ... Please choose supported
   * operations} (an op the path, or the resource, does not accept).
   */
  private void checkNamed(PatchOperation op, Wording order) {
    java.util.TreeSet<String> forOp = new java.util.TreeSet<>();
    boolean pathKnown = false;
    for (Rule<T> rule : rules) {
      if (!rule.keyed() && rule.ops().contains(op.op())) {
        forOp.add(rule.path());
      }
      if (op.path().isPresent() && !rule.keyed() && rule.path().equals(op.path().get())) {
        pathKnown = true;
      }
    }
    String head = "Invalid patch path  '" + op.pathText() + "' specified for op '" + op.op().wire() + "'. ";
    if (order == Wording.OP_FIRST && forOp.isEmpty()) {
      throw ApiException.badRequest(head + "Please choose supported operations");
    }
    if (!pathKnown) {
      throw ApiException.badRequest(head + "Must be one of: " + String.join(", ", forOp.isEmpty() ? allPaths() : forOp)
          .transform(l -> "[" + l + "]"));
    }
    if (!forOp.contains(op.path().get())) {
      throw ApiException.badRequest(head + "Please choose supported operations");
    }
  }

  private java.util.SortedSet<String> allPaths() {
    java.util.TreeSet<String> all = new java.util.TreeSet<>();
    rules.stream().filter(r -> !r.keyed()).forEach(r -> all.add(r.path()));
    return all;
  }

  /** Empty optional: whole-field match; present: keyed match with the unescaped key; null: no match. */
  private static Optional<String> match(Rule<?> rule, PatchOperation op) {
    if (op.path().isEmpty()) {
      return null;
    }
    String path = op.path().get();
    if (!rule.keyed()) {
      return path.equals(rule.path()) ? Optional.empty() : null;
    }
    String prefix = rule.path() + "/";
    if (!path.startsWith(prefix)) {
      return null;
    }
    String rest = path.substring(prefix.length());
    if (rest.isEmpty() || rest.contains("/")) {
      // an unescaped '/' inside a key: AWS answers with the plain invalid-path message
      throw invalidPath(op);
    }
    return Optional.of(JsonPointer.unescape(rest));
  }

  /** {@code Invalid patch path /x} ({@code null} when the path is missing). */
  public static ApiException invalidPath(PatchOperation op) {
    return ApiException.badRequest("Invalid patch path " + op.pathText());
  }

  /** {@code Invalid patch operation specified. Must be one of: [replace]}. */
  public static ApiException notAllowed(Set<PatchOperation.Op> allowed) {
    return ApiException.badRequest(
        "Invalid patch operation specified. Must be one of: "
            + allowed.stream().map(PatchOperation.Op::wire).collect(Collectors.joining(", ", "[", "]")));
  }

  /** A single-use builder. */
  public static final class Builder<T> {
    private final List<Rule<T>> rules = new ArrayList<>();
    private Optional<FieldHandler<T>> fallback = Optional.empty();
    private final java.util.Map<PatchOperation.Op, FieldHandler<T>> interceptors =
        new java.util.EnumMap<>(PatchOperation.Op.class);
    private Optional<Wording> wording = Optional.empty();

    /**
     * Refuses with AWS's per-op wording, naming the path, the op and the paths that accept it,
     * checked in {@code order}; only for resources of whole-field paths.
     */
    public Builder<T> namingPathsPerOp(Wording order) {
      wording = Optional.of(order);
      return this;
    }

    /** Handles every operation of one kind, whatever its path (Stage's {@code copy}). */
    public Builder<T> every(PatchOperation.Op op, FieldHandler<T> handler) {
      interceptors.put(op, handler);
      return this;
    }

    /** A whole-field path such as {@code /name}. */
    public Builder<T> field(String path, Set<PatchOperation.Op> ops, FieldHandler<T> handler) {
      rules.add(new Rule<>(path, false, ordered(ops), handler, null));
      return this;
    }

    /** A map whose entries are addressed as {@code prefix/{escaped key}}; the bare prefix is refused. */
    public Builder<T> keyed(String prefix, Set<PatchOperation.Op> ops, KeyHandler<T> handler) {
      rules.add(new Rule<>(prefix, true, ordered(ops), null, handler));
      return this;
    }

    /** Handles every path no rule matched (default: {@code Invalid patch path /x}). */
    public Builder<T> otherwise(FieldHandler<T> handler) {
      fallback = Optional.of(handler);
      return this;
    }

    public PatchRules<T> build() {
      return new PatchRules<>(rules, fallback, interceptors, wording);
    }

    private static Set<PatchOperation.Op> ordered(Set<PatchOperation.Op> ops) {
      return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(EnumSet.copyOf(ops)));
    }
  }
}
