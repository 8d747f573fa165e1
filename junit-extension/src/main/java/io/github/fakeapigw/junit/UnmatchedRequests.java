package io.github.fakeapigw.junit;

import io.github.fakeapigw.internal.diagnostics.EditDistance;
import io.github.fakeapigw.recording.RecordedError;
import io.github.fakeapigw.recording.RecordedInvocation;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Renders the invocations that matched no API, stage, resource or method, each with the reason in
 * the words of its cause, and the closest resources of the stage when the stage existed.
 */
final class UnmatchedRequests {
  private static final int MAX_CANDIDATES = 3;

  /** A resource method that a request could have meant. */
  record Route(String httpMethod, String path) {}

  /** What the message shows of an API: its name and the routes of the addressed stage. */
  record ApiView(String name, List<Route> routes) {}

  private UnmatchedRequests() {}

  /**
   * The failure text, if any invoke request matched no resource.
   *
   * @param apis the API (name and routes of the addressed stage) for an invocation, if it exists
   */
  static Optional<String> describe(
      List<RecordedInvocation> invocations,
      Function<RecordedInvocation, Optional<ApiView>> apis,
      long seed,
      String disableHint) {
    List<RecordedInvocation> unmatched =
        invocations.stream()
            .filter(i -> i.kind() == RecordedInvocation.Kind.INVOKE && !i.isMatched())
            .toList();
    if (unmatched.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            "Expecting every request to match a resource of its API, but %d of %d recorded"
                + " invocation%s matched none:%n",
            unmatched.size(), invocations.size(), invocations.size() == 1 ? "" : "s"));
    for (RecordedInvocation i : unmatched) {
      Optional<ApiView> api = apis.apply(i);
      sb.append(
          String.format(
              "  %d. %s %s (api %s, stage %s) -> %d%n",
              i.sequence(),
              i.methodRequest().httpMethod(),
              i.methodRequest().path(),
              api.map(a -> quote(a.name()) + " " + i.apiId()).orElse(quote(i.apiId()) + " (no such API)"),
              i.stage().map(UnmatchedRequests::quote).orElse("not found"),
              i.status()));
      // no resource or method: the router's reason; no API or no stage: the recorded error's cause
      i.unmatchedReason()
          .or(() -> i.error().map(RecordedError::cause))
          .ifPresent(r -> sb.append(String.format("     reason: %s%n", r)));
      if (i.stage().isEmpty()) {
        continue; // the routes of another stage would be a misleading guess
      }
      List<Route> closest =
          api.map(a -> closest(i.methodRequest().httpMethod(), i.methodRequest().path(), a.routes()))
              .orElse(List.of());
      if (api.isEmpty()) {
        sb.append(String.format("     closest candidates: none%n"));
      } else if (closest.isEmpty()) {
        sb.append(String.format("     closest candidates: none (the API has no methods)%n"));
      } else {
        sb.append(String.format("     closest candidates:%n"));
        closest.forEach(
            r -> sb.append(String.format("       %s %s%n", r.httpMethod(), r.path())));
      }
    }
    sb.append(String.format("Gateway seed: %d%n", seed));
    sb.append(disableHint);
    return Optional.of(sb.toString());
  }

  static List<Route> closest(String verb, String path, List<Route> routes) {
    return routes.stream()
        .sorted(
            Comparator.comparingInt((Route r) -> distance(verb, path, r))
                .thenComparing(Route::path)
                .thenComparing(Route::httpMethod))
        .limit(MAX_CANDIDATES)
        .toList();
  }

  /** How far a request is from a route: edit distance over path segments, plus a verb mismatch. */
  static int distance(String verb, String path, Route route) {
    String[] actual = segments(path);
    String[] template = segments(route.path());
    int d = 0;
    int n = Math.max(actual.length, template.length);
    for (int k = 0; k < n; k++) {
      String a = k < actual.length ? actual[k] : "";
      String t = k < template.length ? template[k] : "";
      if (t.startsWith("{") && t.endsWith("+}")) {
        break; // greedy: matches the rest
      }
      if (t.startsWith("{") && t.endsWith("}") && !a.isEmpty()) {
        continue;
      }
      d += EditDistance.levenshtein(a, t) + (a.isEmpty() || t.isEmpty() ? 2 : 0);
    }
    boolean verbMatches = route.httpMethod().equals("ANY") || route.httpMethod().equalsIgnoreCase(verb);
    return d + (verbMatches ? 0 : 1);
  }

  private static String[] segments(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    return p.isEmpty() ? new String[0] : p.split("/", -1);
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }
}
