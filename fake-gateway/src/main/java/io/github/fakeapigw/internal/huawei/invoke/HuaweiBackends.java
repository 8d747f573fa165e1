package io.github.fakeapigw.internal.huawei.invoke;

import io.github.fakeapigw.internal.huawei.ApigApi;
import io.github.fakeapigw.model.Integration;
import io.github.fakeapigw.model.IntegrationResponse;
import io.github.fakeapigw.model.IntegrationType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Huawei backends as engine integrations: an HTTP backend is an {@code HTTP_PROXY} integration
 * (status, headers and body pass through, as APIG does), {@code #var#} becomes {@code
 * ${stageVariables.var}}, backend parameters become integration request parameters, and a MOCK
 * backend is a MOCK integration answering {@code result_content} with status 200.
 */
final class HuaweiBackends {
  /** The path parameter that carries what a prefix ({@code SWA}) match left over. */
  static final String REMAINDER = "apig_swa_remainder";

  private static final Pattern ENV_VARIABLE = Pattern.compile("#([A-Za-z][A-Za-z0-9_-]*)#");
  private static final String MOCK_STATUS = "{\"statusCode\": 200}";
  private static final List<String> REQUEST_TYPES = List.of("application/json", "text/plain",
      "application/xml", "text/xml", "text/html", "application/x-www-form-urlencoded",
      "multipart/form-data", "application/octet-stream");

  private HuaweiBackends() {}

  /** An HTTP backend ({@code backend_api} or a policy's). */
  static Integration http(
      ApigApi api, String urlDomain, String protocol, String method, String reqUri,
      Integer timeout, List<ApigApi.BackendParam> params, boolean remainder) {
    String path = variables(reqUri == null || reqUri.isEmpty() ? "/" : reqUri);
    if (remainder) {
      path = (path.endsWith("/") ? path : path + "/") + "{" + REMAINDER + "}";
    }
    String scheme = protocol == null ? "https" : protocol.toLowerCase(Locale.ROOT);
    String uri = scheme + "://" + variables(urlDomain == null ? "" : urlDomain) + path;
    Map<String, String> mapped = requestParameters(api, params);
    if (remainder) {
      mapped.put("integration.request.path." + REMAINDER, "method.request.path." + REMAINDER);
    }
    int millis = timeout == null || timeout < 1 || timeout > 60_000 ? 45_000 : timeout;
    return new Integration(IntegrationType.HTTP_PROXY, Optional.ofNullable(method),
        Optional.of(uri), Optional.empty(), Optional.empty(), Optional.empty(), mapped, Map.of(),
        Optional.empty(), Optional.empty(), millis, Optional.empty(), List.of(), Map.of(),
        Optional.empty());
  }

  /** A MOCK backend: status 200 and {@code result_content} as the body, never evaluated. */
  static Integration mock(String resultContent) {
    Map<String, String> templates = new LinkedHashMap<>();
    REQUEST_TYPES.forEach(t -> templates.put(t, MOCK_STATUS));
    IntegrationResponse ok = new IntegrationResponse("200", Optional.empty(), Map.of(),
        Map.of("application/json", literal(resultContent == null ? "" : resultContent)),
        Optional.empty());
    return new Integration(IntegrationType.MOCK, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), templates,
        Optional.of("WHEN_NO_TEMPLATES"), Optional.empty(), Integration.DEFAULT_TIMEOUT_MILLIS,
        Optional.empty(), List.of(), Map.of("200", ok), Optional.empty());
  }

  /**
   * A FunctionGraph backend on the function's URN, through the Lambda registry: {@code sync} is an
   * AWS_PROXY integration (FunctionGraph's APIG event in, {@code {statusCode, headers, body}} out),
   * {@code async} an AWS integration with {@code X-Amz-Invocation-Type: Event}, answered at once.
   */
  static Integration function(
      String region, String urn, String invocationType, Integer timeout) {
    String uri = "arn:aws:apigateway:" + region + ":lambda:path/2015-03-31/functions/"
        + HuaweiFunctions.functionName(urn) + "/invocations";
    int millis = timeout == null || timeout < 1 || timeout > 60_000 ? 45_000 : timeout;
    boolean async = "async".equalsIgnoreCase(invocationType);
    Map<String, String> mapped = async
        ? Map.of("integration.request.header.X-Amz-Invocation-Type", "'Event'") : Map.of();
    Map<String, IntegrationResponse> responses = async
        ? Map.of("200", new IntegrationResponse("200", Optional.empty(), Map.of(), Map.of(),
            Optional.empty()))
        : Map.of();
    return new Integration(async ? IntegrationType.AWS : IntegrationType.AWS_PROXY,
        Optional.of("POST"), Optional.of(uri), Optional.empty(), Optional.empty(),
        Optional.empty(), mapped, Map.of(), Optional.empty(), Optional.empty(), millis,
        Optional.empty(), List.of(), responses, Optional.empty());
  }

  /** {@code #name#} to {@code ${stageVariables.name}}. */
  static String variables(String s) {
    Matcher m = ENV_VARIABLE.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement("${stageVariables." + m.group(1) + "}"));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /**
   * Backend parameters as integration request parameters, plus the identity mapping of every
   * optional query parameter with a default, so that its default reaches the backend.
   */
  static Map<String, String> requestParameters(ApigApi api, List<ApigApi.BackendParam> params) {
    Map<String, String> out = new LinkedHashMap<>();
    for (ApigApi.ReqParam p : HuaweiRequestParameters.of(api)) {
      if ("QUERY".equals(p.location()) && p.defaultValue() != null
          && !p.defaultValue().isEmpty()) {
        out.put("integration.request.querystring." + p.name(),
            "method.request.querystring." + p.name());
      }
    }
    for (ApigApi.BackendParam b : params == null ? List.<ApigApi.BackendParam>of() : params) {
      source(api, b).ifPresent(
          v -> out.put("integration.request." + location(b.location()) + "." + b.name(), v));
    }
    return out;
  }

  private static Optional<String> source(ApigApi api, ApigApi.BackendParam b) {
    String value = b.value() == null ? "" : b.value();
    switch (b.origin() == null ? "" : b.origin().toUpperCase(Locale.ROOT)) {
      case "REQUEST" -> {
        return HuaweiRequestParameters.of(api).stream()
            .filter(p -> p.name().equalsIgnoreCase(value)).findFirst()
            .map(p -> "method.request." + location(p.location()) + "." + p.name());
      }
      case "CONSTANT" -> {
        return Optional.of("'" + value + "'");
      }
      case "SYSTEM" -> {
        String name = value.startsWith("$context.") ? value.substring(9) : value;
        return switch (name) {
          case "sourceIp" -> Optional.of("context.identity.sourceIp");
          case "stage" -> Optional.of("context.stage");
          case "requestId" -> Optional.of("context.requestId");
          case "handleTime" -> Optional.of("context.requestTime");
          case "apiId" -> Optional.of("'" + api.id() + "'");
          case "apiName" -> Optional.of("'" + api.name() + "'");
          case "serverAddr" -> Optional.of("'127.0.0.1'");
          case "serverName" -> Optional.of("'fake-apigateway'");
          default -> Optional.empty();
        };
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  /** A Huawei location as the engine's parameter location. */
  static String location(String huawei) {
    return switch (huawei == null ? "" : huawei.toUpperCase(Locale.ROOT)) {
      case "PATH" -> "path";
      case "HEADER" -> "header";
      default -> "querystring";
    };
  }

  /** A Velocity template that outputs {@code text} as it is (unparsed blocks). */
  static String literal(String text) {
    StringBuilder sb = new StringBuilder();
    String[] parts = text.split("]]#", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        sb.append("]]#[[#]]#"); // "]]" as text, then an unparsed "#"
      }
      sb.append("#[[").append(parts[i]).append("]]#");
    }
    return sb.toString();
  }
}
