package io.github.fakeapigw.assertions.internal;

import static io.github.fakeapigw.assertions.internal.Render.quote;

import io.github.fakeapigw.internal.diagnostics.EditDistance;
import io.github.fakeapigw.recording.CanaryDecision;
import io.github.fakeapigw.recording.MatchedRoute;
import io.github.fakeapigw.recording.RecordedInvocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What selects invocations: a verb and a path (a resource path like {@code /pets/{petId}} when it
 * contains <code>{</code>, else the concrete request path), optionally an API, a stage, a status
 * and a canary side. Not API.
 *
 * @param method the verb; {@code ANY} matches every verb
 * @param path a resource path template or a concrete request path
 * @param api the API id or name as the test author wrote it
 * @param apiIds the ids {@code api} stands for (the id itself and the id of an API with that name)
 * @param stage the stage name
 * @param status the final status
 * @param canary true: served by the canary, false: served by the base deployment of a canary stage
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public record InvocationCriteria(
    String method,
    String path,
    Optional<String> api,
    Set<String> apiIds,
    Optional<String> stage,
    OptionalInt status,
    Optional<Boolean> canary) {

  public InvocationCriteria {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    apiIds = Set.copyOf(apiIds);
  }

  /** Criteria on verb and path only. */
  public static InvocationCriteria of(String method, String path) {
    return new InvocationCriteria(
        method,
        path,
        Optional.empty(),
        Set.of(),
        Optional.empty(),
        OptionalInt.empty(),
        Optional.empty());
  }

  /** Whether the path is a resource path template. */
  public boolean isTemplate() {
    return path.contains("{");
  }

  /** Whether the invocation meets every criterion. */
  public boolean matches(RecordedInvocation inv) {
    return firstMismatch(inv).isEmpty();
  }

  /** The first criterion the invocation misses, in words; empty when it matches. */
  public Optional<String> firstMismatch(RecordedInvocation inv) {
    String verb = inv.methodRequest().httpMethod();
    if (!methodMatches(verb)) {
      return Optional.of("method " + quote(verb) + " is not " + quote(method));
    }
    Optional<String> pathMiss = pathMismatch(inv);
    if (pathMiss.isPresent()) {
      return pathMiss;
    }
    if (api.isPresent() && !apiIds.contains(inv.apiId())) {
      return Optional.of("api " + quote(inv.apiId()) + " is not " + quote(api.get()));
    }
    if (stage.isPresent() && !inv.stage().equals(stage)) {
      if (inv.stage().isPresent()) {
        return Optional.of("stage " + quote(inv.stage().get()) + " is not " + quote(stage.get()));
      }
      return Optional.of(
          inv.kind() == RecordedInvocation.Kind.TEST_INVOKE
              ? "it was a TestInvokeMethod call, not on stage " + quote(stage.get())
              : Render.noApiOrStage(inv));
    }
    if (status.isPresent() && inv.status() != status.getAsInt()) {
      return Optional.of("status " + inv.status() + " is not " + status.getAsInt());
    }
    if (canary.isPresent()) {
      Optional<CanaryDecision> d = inv.canary();
      if (d.isEmpty()) {
        return Optional.of("its stage had no canary settings");
      }
      if (d.get().canary() != canary.get()) {
        return Optional.of(Render.canary(d.get()));
      }
    }
    return Optional.empty();
  }

  private boolean methodMatches(String verb) {
    return method.equalsIgnoreCase("ANY") || method.equalsIgnoreCase(verb);
  }

  private Optional<String> pathMismatch(RecordedInvocation inv) {
    String requested = inv.methodRequest().path();
    if (!isTemplate()) {
      return requested.equals(path)
          ? Optional.empty()
          : Optional.of("path " + quote(requested) + " is not " + quote(path));
    }
    Optional<MatchedRoute> route = inv.route();
    if (route.isEmpty() && Render.missedApiOrStage(inv)) {
      return Optional.of(Render.noApiOrStage(inv)); // no routing happened: the path is not the reason
    }
    if (route.isEmpty()) {
      return Optional.of("path " + quote(requested) + " does not match resource " + quote(path));
    }
    String resource = route.get().resourcePath();
    return resource.equals(path)
        ? Optional.empty()
        : Optional.of(
            "path "
                + quote(requested)
                + " matched resource "
                + quote(resource)
                + ", not "
                + quote(path));
  }

  /** How far the invocation is from matching: 0 when it matches, larger is farther. */
  public double distance(RecordedInvocation inv) {
    double d = 0;
    if (!methodMatches(inv.methodRequest().httpMethod())) {
      d += 1;
    }
    if (pathMismatch(inv).isPresent()) {
      String other =
          isTemplate()
              ? inv.route().map(MatchedRoute::resourcePath).orElse(inv.methodRequest().path())
              : inv.methodRequest().path();
      d += 0.5 + EditDistance.ratio(other, path);
    }
    if (api.isPresent() && !apiIds.contains(inv.apiId())) {
      d += 1;
    }
    if (stage.isPresent() && !inv.stage().equals(stage)) {
      d += 1;
    }
    if (status.isPresent() && inv.status() != status.getAsInt()) {
      d += 0.5;
    }
    if (canary.isPresent() && inv.canary().map(c -> c.canary() != canary.get()).orElse(true)) {
      d += 0.5;
    }
    return d;
  }

  /**
   * The indexes (0-based, into {@code recorded}) of at most {@code limit} non-matching invocations
   * closest to matching, closest first, ties oldest first.
   */
  public List<Integer> closest(List<RecordedInvocation> recorded, int limit) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < recorded.size(); i++) {
      if (!matches(recorded.get(i))) {
        idx.add(i);
      }
    }
    idx.sort(
        Comparator.comparingDouble((Integer i) -> distance(recorded.get(i))).thenComparing(i -> i));
    return idx.subList(0, Math.min(limit, idx.size()));
  }

  /** {@code GET /orders/{id} (api "orders", stage "test", status 200, served by the canary)}. */
  public String describe() {
    List<String> extra = new ArrayList<>();
    api.ifPresent(a -> extra.add("api " + quote(a)));
    stage.ifPresent(s -> extra.add("stage " + quote(s)));
    status.ifPresent(s -> extra.add("status " + s));
    canary.ifPresent(c -> extra.add(c ? "served by the canary" : "served by the base deployment"));
    return method.toUpperCase(Locale.ROOT)
        + " "
        + path
        + (extra.isEmpty() ? "" : " (" + String.join(", ", extra) + ")");
  }
}
