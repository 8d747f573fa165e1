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
  /** Hop-by-hop headers never forwarded by HTTP_PROXY (plus Host and Content-Length). */
  private static final Set<String> HOP_BY_HOP =
      Set.of("connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te",
          "trailer", "trailers", "transfer-encoding", "upgrade", "host", "content-length",
          "expect");

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
    if (integration.type() == IntegrationType.MOCK) {
      return new Prepared.Mock(
          verb(integration, request), new String(body, StandardCharsets.UTF_8), overrides);
    }
    HttpHeaders.Builder headers = HttpHeaders.builder();
    headerValues.forEach(headers::add);
    if (integration.type() == IntegrationType.AWS) {
      return new Prepared.Lambda(headers.build(), body, overrides);
    }
    Map<String, String> pathValues = new LinkedHashMap<>(mapped.path());
    pathValues.putAll(overrides.requestPaths());
    Map<String, List<String>> queryValues = new LinkedHashMap<>(mapped.querystring());
    overrides.requestQueryStrings().forEach((k, v) -> queryValues.put(k, List.of(v)));
    if (body.length > 0 && !headers.contains("Content-Type")) {
      Optional<String> ct = request.headers().last("Content-Type");
      headers.add("Content-Type",
          ct.orElse(templateType.orElse(TemplateSelection.APPLICATION_JSON)));
    }
    addAwsHeaders(headers, inv, context, true);
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
    HttpHeaders.Builder headers = HttpHeaders.builder();
    request.headers().toMultiValueMap().forEach((name, values) -> {
      if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
        values.forEach(v -> headers.add(name, v));
      }
    });
    mapped.headers().forEach(headers::set);
    addAwsHeaders(headers, inv, context, false);
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

  private static void addAwsHeaders(
      HttpHeaders.Builder headers, Invocation inv, InvocationContext context, boolean nonProxy) {
    headers.set("X-Amzn-Trace-Id", inv.traceId());
    headers.set("X-Amzn-Apigateway-Api-Id", context.apiId());
    if (nonProxy || !headers.contains("User-Agent")) {
      headers.set("User-Agent", "AmazonAPIGateway_" + context.apiId());
    }
  }

  /** The integration's verb; {@code ANY} (or none) sends the method request's. */
  static String verb(Integration integration, MethodRequest request) {
    String verb = integration.httpMethod().orElse("ANY");
    return verb.equalsIgnoreCase("ANY") ? request.httpMethod() : verb.toUpperCase(Locale.ROOT);
  }
}
