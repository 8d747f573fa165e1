package io.github.fakeapigw.internal.mapping;

import io.github.fakeapigw.internal.context.InvocationContext;
import io.github.fakeapigw.internal.context.MethodRequest;
import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.json.JsonPaths;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates the source expressions of parameter mappings ({@code method.request.path.id}, {@code
 * integration.response.body.a.b}, {@code context.requestId}, {@code stageVariables.x}, {@code
 * 'literal'}).
 *
 * @see <a
 *     href="https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html">
 *     Parameter mapping</a>
 */
public final class ParameterSources {
  private final JsonPaths jsonPaths;

  public ParameterSources(JsonPaths jsonPaths) {
    this.jsonPaths = jsonPaths;
  }

  /**
   * What a mapping can read.
   *
   * @param methodRequest the method request, absent on the response side
   * @param endpointHeaders the endpoint response headers, absent on the request side
   * @param endpointBody the endpoint response body, absent on the request side
   */
  public record Scope(
      Optional<MethodRequest> methodRequest,
      InvocationContext context,
      Optional<HttpHeaders> endpointHeaders,
      Optional<byte[]> endpointBody) {

    public static Scope request(MethodRequest request, InvocationContext context) {
      return new Scope(Optional.of(request), context, Optional.empty(), Optional.empty());
    }

    public static Scope response(InvocationContext context, HttpHeaders headers, byte[] body) {
      return new Scope(Optional.empty(), context, Optional.of(headers), Optional.of(body));
    }
  }

  /**
   * Evaluates the source of the mapping {@code target = expression}.
   *
   * @return the values (several for multi-value sources), empty when the source is absent
   * @throws MappingException naming the mapping, when the expression is not a valid source
   */
  List<String> evaluateMapping(String target, String expression, Scope scope)
      throws MappingException {
    try {
      return evaluate(expression, scope);
    } catch (MappingException bad) {
      throw new MappingException(
          "Invalid mapping expression specified: " + target + " = " + expression + "; "
              + bad.getMessage(), bad);
    }
  }

  /**
   * Evaluates one source expression.
   *
   * @return the values (several for multi-value sources), empty when the source is absent
   * @throws MappingException when the expression is not a valid source for this side
   */
  public List<String> evaluate(String expression, Scope scope) throws MappingException {
    String e = expression.trim();
    if (e.length() >= 2 && e.startsWith("'") && e.endsWith("'")) {
      return List.of(e.substring(1, e.length() - 1));
    }
    if (e.startsWith("context.")) {
      return ContextValues.lookup(scope.context(), e.substring("context.".length()))
          .map(List::of)
          .orElse(List.of());
    }
    if (e.startsWith("stageVariables.")) {
      String v = scope.context().stageVariables().get(e.substring("stageVariables.".length()));
      return v == null ? List.of() : List.of(v);
    }
    if (e.startsWith("method.request.") && scope.methodRequest().isPresent()) {
      return methodRequest(e, e.substring("method.request.".length()), scope.methodRequest().get());
    }
    if (e.startsWith("integration.response.") && scope.endpointHeaders().isPresent()) {
      return endpointResponse(
          e,
          e.substring("integration.response.".length()),
          scope.endpointHeaders().get(),
          scope.endpointBody().orElse(new byte[0]));
    }
    throw new MappingException(
        "unsupported source \"" + expression + "\"; valid sources are "
            + (scope.methodRequest().isPresent()
                ? "method.request.{path|querystring|multivaluequerystring|header|multivalueheader}.NAME,"
                    + " method.request.body[.JSONPATH]"
                : "integration.response.{header|multivalueheader}.NAME,"
                    + " integration.response.body[.JSONPATH]")
            + ", context.NAME, stageVariables.NAME and 'literal'");
  }

  private List<String> methodRequest(String expression, String rest, MethodRequest request)
      throws MappingException {
    if (rest.equals("body")) {
      return request.body().length == 0 ? List.of() : List.of(request.bodyAsString());
    }
    if (rest.startsWith("body.")) {
      return jsonPath(request.bodyAsString(), rest.substring("body.".length()));
    }
    int dot = rest.indexOf('.');
    if (dot < 0) {
      throw new MappingException("unsupported source \"" + expression + "\"");
    }
    String location = rest.substring(0, dot);
    String name = rest.substring(dot + 1);
    return switch (location) {
      case "path" -> optional(Optional.ofNullable(request.pathParameters().get(name)));
      case "querystring" -> optional(request.queryParameter(name));
      case "multivaluequerystring" -> request.queryParameters().getOrDefault(name, List.of());
      case "header" -> optional(request.headers().last(name));
      case "multivalueheader" -> request.headers().all(name);
      default -> throw new MappingException(
          "unsupported source \"" + expression + "\": unknown location \"" + location + "\"");
    };
  }

  private List<String> endpointResponse(
      String expression, String rest, HttpHeaders headers, byte[] body) throws MappingException {
    if (rest.equals("body")) {
      return body.length == 0 ? List.of() : List.of(new String(body, StandardCharsets.UTF_8));
    }
    if (rest.startsWith("body.")) {
      return jsonPath(new String(body, StandardCharsets.UTF_8), rest.substring("body.".length()));
    }
    if (rest.startsWith("header.")) {
      return optional(headers.last(rest.substring("header.".length())));
    }
    if (rest.startsWith("multivalueheader.")) {
      List<String> all = headers.all(rest.substring("multivalueheader.".length()));
      return all.isEmpty() ? List.of() : List.of(String.join(",", all));
    }
    throw new MappingException("unsupported source \"" + expression + "\"");
  }

  private List<String> jsonPath(String json, String path) {
    if (json.isBlank()) {
      return List.of();
    }
    String full = path.startsWith("$") ? path : "$." + path;
    Optional<Object> value = jsonPaths.read(json, full);
    if (value.isEmpty() || value.get() == null) {
      return List.of();
    }
    Object v = value.get();
    if (v instanceof String s) {
      return List.of(s);
    }
    if (v instanceof Map<?, ?> || v instanceof List<?>) {
      return optional(jsonPaths.readAsJson(json, full));
    }
    return List.of(String.valueOf(v));
  }

  private static List<String> optional(Optional<String> value) {
    return value.map(List::of).orElse(List.of());
  }
}
