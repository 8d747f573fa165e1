package io.github.fakeapigw.internal.invoke;

import io.github.fakeapigw.internal.context.IntegrationRequest;
import io.github.fakeapigw.internal.context.InvocationContext;
import io.github.fakeapigw.internal.context.MethodRequest;
import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.integration.IntegrationDispatcher;
import io.github.fakeapigw.internal.integration.IntegrationException;
import io.github.fakeapigw.internal.integration.IntegrationUris;
import io.github.fakeapigw.internal.mapping.MappingException;
import io.github.fakeapigw.internal.mapping.ParameterSources;
import io.github.fakeapigw.internal.mapping.RequestParameterMapper;
import io.github.fakeapigw.internal.mapping.TemplateSelection;
import io.github.fakeapigw.internal.template.Overrides;
import io.github.fakeapigw.internal.template.TemplateResult;
import io.github.fakeapigw.model.Integration;
import io.github.fakeapigw.model.IntegrationType;
import io.github.fakeapigw.recording.RenderedTemplate;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The integration request: request parameter mapping, content handling, the request template
 * (with its {@code $context.requestOverride.*}), and the headers and URI of what is sent. Proxy
 * integrations skip templates: HTTP_PROXY forwards the method request (mapped parameters applied),
 * AWS_PROXY hands the method request to Lambda as its event.
 */
final class IntegrationRequestStage {
  /**
   * Method request headers HTTP_PROXY does not pass through (beyond those the method request never
   * has, see {@link MethodRequestStage#HIDDEN_HEADERS}): the gateway sets its own Host and framing,
   * and AWS drops Via (LocalStack's test_apigateway_integrations.snapshot.json,
   * test_apigateway_header_remapping_http[HTTP_PROXY]).
   */
  private static final Set<String> NOT_PASSED_THROUGH =
      Set.of("connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te",
          "trailer", "trailers", "transfer-encoding", "upgrade", "host", "content-length",
          "expect", "via", "http2-settings");

  /**
   * Mapped headers AWS silently leaves out of the integration request, for HTTP and HTTP_PROXY
   * (test_apigateway_header_remapping_http: Connection, Expect, Proxy-Authenticate, TE, Via).
   */
  private static final Set<String> DROPPED_MAPPED =
      Set.of("connection", "expect", "proxy-authenticate", "te", "via");

  private final RequestParameterMapper requestMapper;
  private final TemplateRendering templates;
  private final IntegrationDispatcher dispatcher;

  IntegrationRequestStage(
      RequestParameterMapper requestMapper, TemplateRendering templates,
      IntegrationDispatcher dispatcher) {
    this.requestMapper = requestMapper;
    this.templates = templates;
    this.dispatcher = dispatcher;
  }

  /** What the integration stage sends, per kind of integration. */
  sealed interface Prepared {
    /** The request overrides the request template set, for the response template. */
    Overrides overrides();

    /** HTTP and HTTP_PROXY: the request exactly as sent (its uri already rewritten). */
    record Http(String type, IntegrationRequest request, Overrides overrides)
        implements Prepared {}

    /** MOCK: the integration request body naming the status code. */
    record Mock(String httpMethod, String body, Overrides overrides) implements Prepared {}

    /** AWS and AWS_PROXY: the mapped headers and the payload (AWS only; proxy: the event). */
    record Lambda(HttpHeaders headers, byte[] payload, Overrides overrides) implements Prepared {}
  }

  Prepared prepare(
      Invocation inv, Integration integration, MethodRequest request, InvocationContext context,
      List<String> binaryMediaTypes) throws GatewayFailure {
    return switch (integration.type()) {
      case HTTP_PROXY -> httpProxy(inv, integration, request, context);
      case AWS_PROXY -> new Prepared.Lambda(HttpHeaders.empty(), request.body(), Overrides.NONE);
      case HTTP, MOCK, AWS -> nonProxy(inv, integration, request, context, binaryMediaTypes);
    };
  }

  private Prepared nonProxy(
      Invocation inv, Integration integration, MethodRequest request, InvocationContext context,
      List<String> binaryMediaTypes) throws GatewayFailure {
    RequestParameterMapper.Mapped mapped =
        map(inv, integration, request, context, integration.type() == IntegrationType.AWS);

    boolean binary =
        ContentHandling.isBinary(request.headers().last("Content-Type"), binaryMediaTypes);
    ContentHandling.Payload payload =
        ContentHandling.before(request.body(), binary, integration.contentHandling());
    TemplateSelection.RequestChoice choice = payload.text()
        ? TemplateSelection.forRequest(integration.requestTemplates(),
            request.headers().last("Content-Type"), integration.effectivePassthroughBehavior())
        : new TemplateSelection.RequestChoice.PassThrough(
            "binary payload (binaryMediaTypes) without contentHandling CONVERT_TO_TEXT");
    byte[] body;
    Overrides overrides = Overrides.NONE;
    Optional<String> templateType = Optional.empty();
    if (choice instanceof TemplateSelection.RequestChoice.Unsupported u) {
      throw new GatewayFailure(GatewayError.UNSUPPORTED_MEDIA_TYPE, u.reason());
    } else if (choice instanceof TemplateSelection.RequestChoice.Render r) {
      TemplateResult result = templates.render(inv, RenderedTemplate.Phase.REQUEST,
          r.contentType(), r.template(), payload.asString(), request, context, Overrides.NONE,
          false);
      body = result.output().getBytes(StandardCharsets.UTF_8);
      overrides = result.overrides();
      templateType = Optional.of(r.contentType());
    } else {
      body = payload.bytes();
    }
    body = ContentHandling.after(body, binary, integration.contentHandling(), "request");

    Map<String, String> headerValues = new LinkedHashMap<>(mapped.headers());
    for (Map.Entry<String, String> o : overrides.requestHeaders().entrySet()) {
      if (RequestParameterMapper.RESERVED_HEADERS.contains(o.getKey().toLowerCase(Locale.ROOT))) {
        throw new GatewayFailure(GatewayError.API_CONFIGURATION_ERROR,
            "$context.requestOverride.header." + o.getKey() + " sets a reserved header");
      }
      headerValues.keySet().removeIf(k -> k.equalsIgnoreCase(o.getKey()));
      headerValues.put(o.getKey(), o.getValue());
    }
    if (integration.type() != IntegrationType.AWS) {
      headerValues.keySet().removeIf(k -> DROPPED_MAPPED.contains(k.toLowerCase(Locale.ROOT)));
    }
    if (integration.type() == IntegrationType.MOCK) {
      return new Prepared.Mock(
          verb(integration, request), new String(body, StandardCharsets.UTF_8), overrides);
    }
    HttpHeaders.Builder headers = HttpHeaders.builder();
    headerValues.forEach(headers::add);
    if (integration.type() == IntegrationType.AWS) {
      return new Prepared.Lambda(headers.build(), body, overrides);
    }
    requireValidPercentEncoding(mapped.path());
    Map<String, String> pathValues = new LinkedHashMap<>(mapped.path());
    pathValues.putAll(overrides.requestPaths());
    Map<String, List<String>> queryValues = new LinkedHashMap<>(mapped.querystring());
    overrides.requestQueryStrings().forEach((k, v) -> queryValues.put(k, List.of(v)));
    if (body.length > 0 && !headers.contains("Content-Type")) {
      Optional<String> ct = request.headers().last("Content-Type");
      headers.add("Content-Type",
          ct.orElse(templateType.orElse(TemplateSelection.APPLICATION_JSON)));
    }
    addAwsHeaders(headers, inv, context);
    if (!headers.contains("Accept")) {
      headers.add("Accept", "application/json");
    }
    return new Prepared.Http("HTTP", new IntegrationRequest(
        verb(integration, request),
        dispatcher.rewrite(uri(integration, context, pathValues, queryValues, null)),
        headers.build(), body, integration.timeoutInMillis()), overrides);
  }

  private Prepared httpProxy(
      Invocation inv, Integration integration, MethodRequest request, InvocationContext context)
      throws GatewayFailure {
    RequestParameterMapper.Mapped mapped = map(inv, integration, request, context, false);
    requireValidPercentEncoding(mapped.path());
    HttpHeaders.Builder headers = HttpHeaders.builder();
    boolean noBody = request.body().length == 0;
    request.headers().toMultiValueMap().forEach((name, values) -> {
      String lower = name.toLowerCase(Locale.ROOT);
      // Recorded with an empty body only (test_apigateway_header_remapping_http[HTTP_PROXY]).
      if (!NOT_PASSED_THROUGH.contains(lower) && !(noBody && lower.equals("content-encoding"))) {
        values.forEach(v -> headers.add(name, v));
      }
    });
    mapped.headers().forEach((name, value) -> {
      if (!DROPPED_MAPPED.contains(name.toLowerCase(Locale.ROOT))) {
        headers.set(name, value);
      }
    });
    addAwsHeaders(headers, inv, context);
    headers.add("X-Forwarded-For", context.sourceIp());
    String rawQuery;
    Map<String, List<String>> query;
    if (mapped.querystring().isEmpty()) {
      rawQuery = inv.rawQuery();
      query = Map.of();
    } else {
      Map<String, List<String>> merged = new LinkedHashMap<>(request.queryParameters());
      merged.putAll(mapped.querystring());
      rawQuery = null;
      query = merged;
    }
    return new Prepared.Http("HTTP_PROXY", new IntegrationRequest(
        verb(integration, request),
        dispatcher.rewrite(uri(integration, context, mapped.path(), query, rawQuery)),
        headers.build(), request.body(), integration.timeoutInMillis()), Overrides.NONE);
  }

  /**
   * A path value from the request (path parameters are raw) that is not valid percent-encoding
   * ({@code /%zz}) cannot be sent: the caller's error, answered 400 as AWS does for a stray '%'
   * through HTTP_PROXY (reported in ustayready/fireprox#27; the body is the default 4XX one).
   */
  private static void requireValidPercentEncoding(Map<String, String> pathValues)
      throws GatewayFailure {
    for (Map.Entry<String, String> e : pathValues.entrySet()) {
      String v = e.getValue();
      for (int i = v.indexOf('%'); i >= 0; i = v.indexOf('%', i + 1)) {
        if (i + 2 >= v.length() || Character.digit(v.charAt(i + 1), 16) < 0
            || Character.digit(v.charAt(i + 2), 16) < 0) {
          throw new GatewayFailure("DEFAULT_4XX", 400, "Bad Request", "BadRequestException",
              "The request path value \"" + v + "\" of integration.request.path." + e.getKey()
                  + " is not valid percent-encoding (a '%' must be followed by two hex digits)");
        }
      }
    }
  }

  /** Request parameter mapping, recorded; {@code aws}: the AWS integration's header rules. */
  private RequestParameterMapper.Mapped map(
      Invocation inv, Integration integration, MethodRequest request, InvocationContext context,
      boolean aws) throws GatewayFailure {
    RequestParameterMapper.Mapped mapped;
    try {
      mapped = requestMapper.map(integration.requestParameters(),
          ParameterSources.Scope.request(request, context), aws);
    } catch (MappingException e) {
      throw GatewayFailure.of(e);
    }
    inv.mapped(mapped.recorded());
    return mapped;
  }

  private static URI uri(
      Integration integration, InvocationContext context, Map<String, String> path,
      Map<String, List<String>> query, String rawQuery) throws GatewayFailure {
    try {
      return IntegrationUris.resolve(
          integration.uri().orElseThrow(() -> new IntegrationException(
              IntegrationException.Kind.CONFIGURATION,
              "Invalid endpoint address: the " + integration.type() + " integration has no uri",
              null)),
          context.stageVariables(), path, query, rawQuery);
    } catch (IntegrationException e) {
      throw GatewayFailure.of(e);
    }
  }

  /**
   * The gateway's own headers; a User-Agent that is mapped (or, for HTTP_PROXY, sent by the client)
   * is kept (test_apigateway_header_remapping_http: {@code 'Override-Agent'} reaches the backend).
   */
  private static void addAwsHeaders(
      HttpHeaders.Builder headers, Invocation inv, InvocationContext context) {
    headers.set("X-Amzn-Trace-Id", inv.traceId());
    headers.set("X-Amzn-Apigateway-Api-Id", context.apiId());
    if (!headers.contains("User-Agent")) {
      headers.set("User-Agent", "AmazonAPIGateway_" + context.apiId());
    }
  }

  /** The integration's verb; {@code ANY} (or none) sends the method request's. */
  static String verb(Integration integration, MethodRequest request) {
    String verb = integration.httpMethod().orElse("ANY");
    return verb.equalsIgnoreCase("ANY") ? request.httpMethod() : verb.toUpperCase(Locale.ROOT);
  }
}
