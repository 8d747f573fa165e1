package io.github.fakeapigw.internal.invoke;

import io.github.fakeapigw.model.ApiDefinition;
import io.github.fakeapigw.model.Method;
import io.github.fakeapigw.model.Resource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Matches a request path and verb against a deployed resource tree, as API Gateway does.
 *
 * <ul>
 *   <li>At each level a literal path part beats {@code {name}}, which beats {@code {name+}}; when
 *       a more specific branch cannot match the rest of the path, the next one is tried (so a
 *       greedy {@code {proxy+}} catches what nothing more specific matches).
 *   <li>{@code {name}} matches one non-empty segment; {@code {name+}} one or more segments (the
 *       rest of the path, slashes included) but never the stage root {@code /}.
 *   <li>One trailing {@code /} is tolerated ({@code /pets/} hits {@code /pets}; a greedy value
 *       does not keep it) and extra leading slashes are ignored ({@code //pets} hits {@code /pets}).
 *   <li>The most specific resource whose path matches and that has the verb (exactly, else
 *       {@code ANY}) serves: {@code OPTIONS /test} on a {@code /test} without OPTIONS runs a
 *       sibling {@code /{proxy+}}'s OPTIONS method. HEAD is not served by GET. When no matching
 *       resource has the verb the answer is 403, like an unknown path.
 *   <li>Path parameter values are raw, as they appear in the URL ({@code %2B} stays {@code %2B}).
 * </ul>
 *
 * @see <a
 *     href="https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-set-up-simple-proxy.html">
 *     Set up a proxy integration with a proxy resource</a>
 */
final class ResourceRouter {
  private ResourceRouter() {}

  /** The outcome of routing. */
  sealed interface Route {
    /**
     * A resource and method matched.
     *
     * @param methodKey the matched method's key as configured ({@code GET} or {@code ANY})
     */
    record Matched(
        Resource resource, Method method, String methodKey, Map<String, String> pathParameters)
        implements Route {}

    /** Nothing matched; {@code reason} explains why for the recording. */
    record Unmatched(String reason) implements Route {}
  }

  /**
   * Routes {@code httpMethod rawPath} ({@code rawPath} after the stage, starting with '/'; leading
   * slashes beyond the first are ignored, as AWS does).
   */
  static Route route(ApiDefinition definition, String httpMethod, String rawPath) {
    RequestPath path = new RequestPath(rawPath);
    List<Candidate> candidates = new ArrayList<>();
    for (Resource r : definition.resources().values()) {
      Optional<Match> m = match(r, path);
      if (m.isPresent()) {
        candidates.add(new Candidate(r, m.get()));
      }
    }
    if (candidates.isEmpty()) {
      return new Route.Unmatched(
          "No resource matches path \"" + rawPath + "\"; resource paths: " + paths(definition));
    }
    candidates.sort((a, b) -> compare(a.match().score(), b.match().score()));
    // The most specific resource that has the verb (exactly, else ANY) serves the request.
    for (Candidate c : candidates) {
      Method exact = c.resource().resourceMethods().get(httpMethod);
      if (exact != null) {
        return new Route.Matched(c.resource(), exact, httpMethod, c.match().parameters());
      }
      Method any = c.resource().resourceMethods().get("ANY");
      if (any != null) {
        return new Route.Matched(c.resource(), any, "ANY", c.match().parameters());
      }
    }
    Resource best = candidates.get(0).resource();
    String hint =
        httpMethod.equals("HEAD") && best.resourceMethods().containsKey("GET")
            ? " (HEAD is not served by a GET method)"
            : "";
    return new Route.Unmatched(
        "Resource " + best.path() + " matches path \"" + rawPath + "\" but has no " + httpMethod
            + " method" + hint + "; its methods: "
            + (best.resourceMethods().isEmpty() ? "none" : best.resourceMethods().keySet())
            + (candidates.size() > 1
                ? ", nor do the less specific resources that match it: "
                    + candidates.subList(1, candidates.size()).stream()
                        .map(c -> c.resource().path()).toList()
                : "")
            + ". API Gateway answers a missing method like an unknown path");
  }

  private record Candidate(Resource resource, Match match) {}

  /**
   * Extracts the path parameters of {@code rawPath} for one resource (TestInvokeMethod), or empty
   * when the path does not fit the resource's template.
   */
  static Optional<Map<String, String>> pathParameters(Resource resource, String rawPath) {
    return match(resource, new RequestPath(rawPath)).map(Match::parameters);
  }

  private record Match(int[] score, Map<String, String> parameters) {}

  /** The request path, split once for all the resources it is matched against. */
  private static final class RequestPath {
    final boolean root;
    /** The path without its leading slash; keeps a trailing slash for greedy parameters. */
    final String full;
    /** The segments of {@link #full} without one trailing slash. */
    final String[] segments;

    RequestPath(String rawPath) {
      String path = stripLeadingSlashes(rawPath);
      root = path.equals("/");
      full = root ? "" : path.substring(1);
      String trimmed = full.endsWith("/") ? full.substring(0, full.length() - 1) : full;
      segments = root ? new String[0] : trimmed.split("/", -1);
    }
  }

  /** {@code //a} routes as {@code /a}; the empty path is the root. */
  static String stripLeadingSlashes(String rawPath) {
    int i = 0;
    while (i < rawPath.length() - 1 && rawPath.charAt(i) == '/' && rawPath.charAt(i + 1) == '/') {
      i++;
    }
    String path = rawPath.substring(i);
    return path.isEmpty() ? "/" : path;
  }

  private static Optional<Match> match(Resource resource, RequestPath path) {
    if (resource.path().equals("/")) {
      return path.root ? Optional.of(new Match(new int[0], Map.of())) : Optional.empty();
    }
    if (path.root) {
      return Optional.empty();
    }
    String full = path.full;
    String[] request = path.segments;
    String[] template = resource.path().substring(1).split("/", -1);
    int[] score = new int[template.length];
    Map<String, String> params = new LinkedHashMap<>();
    int offset = 0; // character offset of the current request segment within 'full'
    for (int i = 0; i < template.length; i++) {
      String part = template[i];
      boolean variable = part.startsWith("{") && part.endsWith("}");
      if (variable && part.endsWith("+}")) {
        if (i != template.length - 1 || i >= request.length) {
          return Optional.empty();
        }
        String rest = full.substring(offset);
        if (rest.endsWith("/")) {
          rest = rest.substring(0, rest.length() - 1);
        }
        if (rest.isEmpty()) {
          return Optional.empty();
        }
        params.put(part.substring(1, part.length() - 2), rest);
        score[i] = 2;
        return Optional.of(new Match(score, Collections.unmodifiableMap(params)));
      }
      if (i >= request.length) {
        return Optional.empty();
      }
      String segment = request[i];
      if (variable) {
        if (segment.isEmpty()) {
          return Optional.empty();
        }
        params.put(part.substring(1, part.length() - 1), segment);
        score[i] = 1;
      } else if (!part.equals(segment)) {
        return Optional.empty();
      }
      offset += segment.length() + 1;
    }
    if (request.length != template.length) {
      return Optional.empty();
    }
    return Optional.of(new Match(score, Collections.unmodifiableMap(params)));
  }

  /** Lexicographic on segment kinds (literal 0 < variable 1 < greedy 2); shorter wins a tie. */
  private static int compare(int[] a, int[] b) {
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i] != b[i]) {
        return Integer.compare(a[i], b[i]);
      }
    }
    return Integer.compare(a.length, b.length);
  }

  private static List<String> paths(ApiDefinition definition) {
    List<String> all = new ArrayList<>(new TreeSet<>(
        definition.resources().values().stream().map(Resource::path).toList()));
    return all.size() <= 20 ? all : all.subList(0, 20);
  }
}
