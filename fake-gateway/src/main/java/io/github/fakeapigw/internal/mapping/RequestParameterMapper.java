package io.github.fakeapigw.internal.mapping;

import io.github.fakeapigw.recording.MappedParameter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates an integration's {@code requestParameters} ({@code integration.request.{path|querystring|
 * header}.NAME} to a source expression). A mapping whose source is absent produces nothing.
 *
 * @see <a
 *     href="https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-parameter-mapping.html">
 *     Parameter mapping for REST APIs</a>
 */
public final class RequestParameterMapper {
  /**
   * Headers API Gateway refuses to map onto: a mapping to one of them fails the request (500).
   * AWS-recorded for Content-Length and Transfer-Encoding (LocalStack's
   * test_apigateway_integrations.snapshot.json, test_apigateway_header_remapping_http).
   */
  public static final Set<String> RESERVED_HEADERS =
      Set.of("content-length", "transfer-encoding", "x-amzn-trace-id");

  /**
   * Additionally reserved for AWS service integrations: the request is SigV4-signed, and AWS
   * answers 500 for mappings onto Authorization, Connection, Expect, Proxy-Authenticate and TE
   * (test_apigateway_header_remapping_aws[AWS]).
   */
  public static final Set<String> RESERVED_FOR_AWS = Set.of("authorization", "x-amz-date",
      "x-amz-security-token", "connection", "expect", "proxy-authenticate", "te");

  private final ParameterSources sources;

  public RequestParameterMapper(ParameterSources sources) {
    this.sources = sources;
  }

  /**
   * The integration request's mapped parameters.
   *
   * @param path {@code integration.request.path.NAME} values (fill {@code {NAME}} in the uri)
   * @param querystring query parameters to send, every value in order
   * @param headers headers to send (multi-value sources comma-joined)
   * @param recorded every mapping evaluated, in configuration order
   */
  public record Mapped(
      Map<String, String> path,
      Map<String, List<String>> querystring,
      Map<String, String> headers,
      List<MappedParameter> recorded) {}

  private static final Mapped NONE = new Mapped(Map.of(), Map.of(), Map.of(), List.of());

  /**
   * Evaluates every mapping.
   *
   * @param awsIntegration whether the integration is an AWS service one ({@code Authorization} and
   *     the SigV4 headers are then reserved too)
   * @throws MappingException on an invalid target or source, or a reserved header target
   */
  public Mapped map(
      Map<String, String> requestParameters, ParameterSources.Scope scope, boolean awsIntegration)
      throws MappingException {
    if (requestParameters.isEmpty()) {
      return NONE;
    }
    Map<String, String> path = new LinkedHashMap<>();
    Map<String, List<String>> query = new LinkedHashMap<>();
    Map<String, String> headers = new LinkedHashMap<>();
    List<MappedParameter> recorded = new ArrayList<>();
    for (Map.Entry<String, String> e : requestParameters.entrySet()) {
      String target = e.getKey();
      Target t = parseTarget(target);
      if (t.location().equals("header")) {
        String lower = t.name().toLowerCase(Locale.ROOT);
        if (RESERVED_HEADERS.contains(lower) || (awsIntegration && RESERVED_FOR_AWS.contains(lower))) {
          throw new MappingException(
              "Invalid mapping expression specified: " + target + " = " + e.getValue()
                  + "; header \"" + t.name() + "\" is reserved and cannot be mapped"
                  + " (reserved: Content-Length, Transfer-Encoding, X-Amzn-Trace-Id"
                  + (awsIntegration ? ", Authorization, X-Amz-Date, X-Amz-Security-Token,"
                      + " Connection, Expect, Proxy-Authenticate, TE" : "")
                  + ")");
        }
      }
      List<String> values = sources.evaluateMapping(target, e.getValue(), scope);
      if (values.isEmpty()) {
        recorded.add(new MappedParameter(target, e.getValue(), Optional.empty()));
        continue;
      }
      String joined = String.join(",", values);
      switch (t.location()) {
        case "path" -> path.put(t.name(), joined);
        case "querystring" -> query.put(t.name(), List.copyOf(values));
        default -> headers.put(t.name(), joined);
      }
      recorded.add(new MappedParameter(target, e.getValue(), Optional.of(joined)));
    }
    return new Mapped(
        Collections.unmodifiableMap(path),
        Collections.unmodifiableMap(query),
        Collections.unmodifiableMap(headers),
        List.copyOf(recorded));
  }

  private record Target(String location, String name) {}

  private static Target parseTarget(String target) throws MappingException {
    String prefix = "integration.request.";
    if (target.startsWith(prefix)) {
      String rest = target.substring(prefix.length());
      int dot = rest.indexOf('.');
      if (dot > 0 && dot < rest.length() - 1) {
        String location = rest.substring(0, dot);
        if (location.equals("path") || location.equals("querystring") || location.equals("header")) {
          return new Target(location, rest.substring(dot + 1));
        }
      }
    }
    throw new MappingException(
        "Invalid mapping expression specified: " + target
            + "; targets must be integration.request.{path|querystring|header}.NAME");
  }
}
