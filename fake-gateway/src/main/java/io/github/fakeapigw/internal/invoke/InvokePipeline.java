package io.github.fakeapigw.internal.invoke;

import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.http.HttpRequestData;
import io.github.fakeapigw.internal.http.HttpResponseData;
import io.github.fakeapigw.internal.http.QueryString;
import io.github.fakeapigw.internal.integration.BackendHttpClient;
import io.github.fakeapigw.internal.integration.EndpointResponse;
import io.github.fakeapigw.internal.integration.IntegrationDispatcher;
import io.github.fakeapigw.internal.integration.IntegrationException;
import io.github.fakeapigw.internal.integration.IntegrationRequest;
import io.github.fakeapigw.internal.integration.IntegrationUris;
import io.github.fakeapigw.internal.integration.lambda.LambdaIntegration;
import io.github.fakeapigw.internal.integration.lambda.LambdaResult;
import io.github.fakeapigw.internal.json.JaywayJsonPaths;
import io.github.fakeapigw.internal.json.JsonPaths;
import io.github.fakeapigw.internal.mapping.ContextValues;
import io.github.fakeapigw.internal.mapping.MappingException;
import io.github.fakeapigw.internal.mapping.ParameterSources;
import io.github.fakeapigw.internal.mapping.RequestParameterMapper;
import io.github.fakeapigw.internal.mapping.ResponseParameterMapper;
import io.github.fakeapigw.internal.mapping.SelectionPatterns;
import io.github.fakeapigw.internal.mapping.TemplateSelection;
import io.github.fakeapigw.internal.runtime.GatewayRuntime;
import io.github.fakeapigw.internal.server.GatewayServer;
import io.github.fakeapigw.internal.state.ApiState;
import io.github.fakeapigw.internal.template.MappingTemplates;
import io.github.fakeapigw.internal.template.Overrides;
import io.github.fakeapigw.internal.template.TemplateException;
import io.github.fakeapigw.internal.template.TemplateInput;
import io.github.fakeapigw.internal.template.TemplateResult;
import io.github.fakeapigw.internal.template.VelocityMappingTemplates;
import io.github.fakeapigw.model.ApiDefinition;
import io.github.fakeapigw.model.CanarySettings;
import io.github.fakeapigw.model.Deployment;
import io.github.fakeapigw.model.GatewayResponse;
import io.github.fakeapigw.model.Integration;
import io.github.fakeapigw.model.IntegrationResponse;
import io.github.fakeapigw.model.IntegrationType;
import io.github.fakeapigw.model.Method;
import io.github.fakeapigw.model.Resource;
import io.github.fakeapigw.model.Stage;
import io.github.fakeapigw.recording.CanaryDecision;
import io.github.fakeapigw.recording.MatchedRoute;
import io.github.fakeapigw.recording.RecordedHttpMessage;
import io.github.fakeapigw.recording.RecordedIntegrationCall;
import io.github.fakeapigw.recording.RecordedInvocation;
import io.github.fakeapigw.recording.RecordedRequest;
import io.github.fakeapigw.recording.RenderedTemplate;
import io.github.fakeapigw.recording.SelectedIntegrationResponse;
import io.github.fakeapigw.recording.StageTraffic;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data plane: method request to method response through a deployed stage, as API Gateway runs
 * it (route, integration request, integration, integration response, method response), recording
 * every step. Also runs TestInvokeMethod against the undeployed definition.
 *
 * <p>Thread-safe: every request is processed on its caller's thread with request-local state; the
 * shared parts (HTTP client, template engine, canary RNG, counters, recording) are thread-safe.
 *
 * @see <a
 *     href="https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-call-api.html">
 *     Invoking a REST API in API Gateway</a>
 */
public final class InvokePipeline implements InvokeHandler {
  private static final Logger LOG = LoggerFactory.getLogger(InvokePipeline.class);

  /** Hop-by-hop headers never forwarded by HTTP_PROXY (plus Host and Content-Length). */
  private static final Set<String> HOP_BY_HOP =
      Set.of("connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te",
          "trailer", "trailers", "transfer-encoding", "upgrade", "host", "content-length",
          "expect");

  /** Backend response headers renamed {@code x-amzn-Remapped-<name>} for proxy integrations. */
  private static final Set<String> REMAPPED_PROXY =
      Set.of("connection", "content-length", "date", "server");

  /** Method response headers renamed {@code x-amzn-Remapped-<name>} for non-proxy integrations. */
  private static final Set<String> REMAPPED_NON_PROXY =
      Set.of("authorization", "connection", "content-length", "content-md5", "date", "expect",
          "host", "max-forwards", "proxy-authenticate", "server", "trailer", "upgrade",
          "user-agent", "www-authenticate");

  /** Response headers dropped from backend answers (the gateway frames its own response). */
  private static final Set<String> DROPPED_RESPONSE = Set.of("transfer-encoding", "keep-alive");

  private static final String TEST_STAGE = "test-invoke-stage";

  private final GatewayRuntime runtime;
  private final MappingTemplates templates;
  private final RequestParameterMapper requestMapper;
  private final ResponseParameterMapper responseMapper;
  private final ParameterSources sources;
  private final IntegrationDispatcher dispatcher;
  private final CanaryRouter canary;
  private final StageTrafficCounters traffic;
  private final SelectionPatterns selectionPatterns = new SelectionPatterns();

  /** Creates the pipeline of one gateway; its HTTP client is closed when the gateway closes. */
  public InvokePipeline(GatewayRuntime runtime) {
    this.runtime = runtime;
    JsonPaths jsonPaths = new JaywayJsonPaths();
    this.templates = new VelocityMappingTemplates(jsonPaths);
    this.sources = new ParameterSources(jsonPaths);
    this.requestMapper = new RequestParameterMapper(sources);
    this.responseMapper = new ResponseParameterMapper(sources);
    this.dispatcher =
        new IntegrationDispatcher(runtime.closeOnStop(new BackendHttpClient()), runtime.backends(),
            LambdaIntegration.of(runtime));
    this.canary = new CanaryRouter(runtime.seed());
    this.traffic = new StageTrafficCounters(runtime.seed());
  }

  /** The canary decider (test control forces it). */
  public CanaryRouter canary() {
    return canary;
  }

  /** The traffic counters of one stage. */
  public StageTraffic stageTraffic(String apiId, String stage) {
    return traffic.get(apiId, stage);
  }

  /** Clears the stage counters and every canary forcing. */
  public void reset() {
    traffic.clear();
    canary.release();
  }

  // ---------------------------------------------------------------- invoke URLs

  @Override
  public HttpResponseData invoke(InvokeTarget target, HttpRequestData request) {
    Map<String, List<String>> query = QueryString.parse(request.rawQuery());
    Invocation inv =
        newInvocation(
            RecordedInvocation.Kind.INVOKE,
            target.apiId(),
            new RecordedRequest(
                request.method(), target.rawPath(), query, request.headers().toMultiValueMap(),
                request.bodyAsString()));
    inv.rawQuery = request.rawQuery();
    HttpResponseData response;
    try {
      response = serve(inv, target, request, query);
    } catch (RuntimeException | LinkageError e) {
      LOG.error("Invocation {} failed unexpectedly", inv.requestId, e);
      response = errorResponse(inv, GatewayError.INTEGRATION_FAILURE,
          "Unexpected failure in the fake gateway: " + e, Optional.empty(), Optional.empty());
    }
    return record(inv, response);
  }

  private HttpResponseData serve(
      Invocation inv, InvokeTarget target, HttpRequestData request,
      Map<String, List<String>> query) {
    if (request.bodyTooLarge()) {
      return errorResponse(inv, GatewayError.REQUEST_TOO_LARGE,
          "The request body exceeds API Gateway's payload limit of "
              + GatewayServer.MAX_BODY_BYTES + " bytes (10 MB); the body was not kept",
          Optional.empty(), Optional.empty());
    }
    Optional<ApiState> found = findApi(target.apiId());
    if (found.isEmpty()) {
      return errorResponse(inv, GatewayError.FORBIDDEN,
          "No REST API has id \"" + target.apiId() + "\"; APIs on this gateway: "
              + runtime.state().apis().stream()
                  .map(a -> a.id() + " (\"" + a.definition().restApi().name() + "\")").toList(),
          Optional.empty(), Optional.empty());
    }
    ApiState api = found.get();
    Optional<Stage> maybeStage = api.stage(target.stage());
    if (maybeStage.isEmpty()) {
      return errorResponse(inv, GatewayError.FORBIDDEN,
          "REST API " + api.id() + " has no stage \"" + target.stage()
              + "\" (stage names are case-sensitive); its stages: " + api.stages().keySet()
              + ". Only deployed stages serve invoke URLs",
          Optional.of(api.definition()), Optional.empty());
    }
    Stage stage = maybeStage.get();
    inv.stage = Optional.of(stage.stageName());
    String deploymentId = stage.deploymentId();
    Map<String, String> variables = stage.variables();
    Optional<Boolean> isCanary = Optional.empty();
    if (stage.canarySettings().isPresent()) {
      CanarySettings cs = stage.canarySettings().get();
      CanaryRouter.Decision d = canary.decide(cs.percentTraffic());
      if (d.canary()) {
        deploymentId = cs.deploymentId();
        Map<String, String> overlaid = new LinkedHashMap<>(variables);
        overlaid.putAll(cs.stageVariableOverrides());
        variables = overlaid;
      }
      isCanary = Optional.of(d.canary());
      inv.canary =
          Optional.of(
              new CanaryDecision(d.canary(), deploymentId, cs.percentTraffic(), d.draw(),
                  d.forced(), canary.seed()));
    }
    traffic.count(api.id(), stage.stageName(), isCanary.orElse(false));
    inv.stageVariables = variables;
    Optional<Deployment> deployment = api.deployment(deploymentId);
    if (deployment.isEmpty()) {
      return errorResponse(inv, GatewayError.FORBIDDEN,
          "Stage \"" + stage.stageName() + "\" of REST API " + api.id() + " points at deployment "
              + deploymentId + ", which does not exist",
          Optional.of(api.definition()), Optional.empty());
    }
    inv.deploymentId = Optional.of(deploymentId);
    ApiDefinition definition = deployment.get().snapshot();
    ResourceRouter.Route route =
        ResourceRouter.route(definition, request.method(), target.rawPath());
    Map<String, String> pathParameters =
        route instanceof ResourceRouter.Route.Matched m ? m.pathParameters() : Map.of();
    MethodRequest methodRequest =
        new MethodRequest(
            request.method(), target.rawPath(), pathParameters, query, request.headers(),
            request.body());
    Resource resource =
        route instanceof ResourceRouter.Route.Matched m ? m.resource() : null;
    InvocationContext context =
        new InvocationContext(
            inv.requestId,
            inv.extendedRequestId,
            runtime.accountId(),
            api.id(),
            stage.stageName(),
            deploymentId,
            resource == null ? null : resource.id(),
            resource == null ? null : resource.path(),
            request.method(),
            "/" + stage.stageName() + target.rawPath(),
            request.protocol(),
            target.domainName(),
            target.domainPrefix(),
            request.remoteAddress(),
            request.headers().last("User-Agent"),
            inv.receivedAt,
            isCanary,
            variables,
            false);
    if (route instanceof ResourceRouter.Route.Unmatched u) {
      inv.unmatchedReason = Optional.of(u.reason());
      LOG.warn("Unmatched invocation {} {} (api {}, stage {}): {}", request.method(),
          target.rawPath(), api.id(), stage.stageName(), u.reason());
      return errorResponse(inv, GatewayError.MISSING_AUTHENTICATION_TOKEN, u.reason(),
          Optional.of(definition), Optional.of(context));
    }
    ResourceRouter.Route.Matched matched = (ResourceRouter.Route.Matched) route;
    return runMethod(inv, definition, matched.resource(), matched.method(), matched.methodKey(),
        methodRequest, context);
  }

  private Optional<ApiState> findApi(String apiId) {
    Optional<ApiState> exact = runtime.state().api(apiId);
    if (exact.isPresent()) {
      return exact;
    }
    // Host-style ids arrive lower-cased (DNS is case-insensitive).
    return runtime.state().apis().stream().filter(a -> a.id().equalsIgnoreCase(apiId)).findFirst();
  }

  // ---------------------------------------------------------------- TestInvokeMethod

  /**
   * Runs TestInvokeMethod against the current, undeployed definition: no stage, the caller's stage
   * variables, and AWS's execution log. Recorded with kind {@code TEST_INVOKE}.
   *
   * @throws NoSuchElementException with AWS's NotFoundException message ({@code Invalid API
   *     identifier specified ...}, {@code Invalid Resource identifier specified}, {@code Invalid
   *     Method identifier specified}) when the API, resource or method does not exist
   */
  public TestInvokeResult testInvoke(
      String apiId, String resourceId, String httpMethod, TestInvokeRequest request) {
    ApiState api =
        runtime.state().api(apiId).orElseThrow(() -> new NoSuchElementException(
            "Invalid API identifier specified " + runtime.accountId() + ":" + apiId));
    ApiDefinition definition = api.definition();
    Resource resource = definition.resource(resourceId)
        .orElseThrow(() -> new NoSuchElementException("Invalid Resource identifier specified"));
    Method method = resource.method(httpMethod)
        .orElseThrow(() -> new NoSuchElementException("Invalid Method identifier specified"));

    String pathWithQuery = request.pathWithQueryString().isEmpty()
        ? resource.path() : request.pathWithQueryString();
    int q = pathWithQuery.indexOf('?');
    String path = q < 0 ? pathWithQuery : pathWithQuery.substring(0, q);
    if (!path.startsWith("/")) {
      path = "/" + path;
    }
    Map<String, List<String>> query =
        QueryString.parse(q < 0 ? "" : pathWithQuery.substring(q + 1));
    HttpHeaders.Builder hb = HttpHeaders.builder();
    request.multiValueHeaders().forEach((k, vs) -> vs.forEach(v -> hb.add(k, v)));
    request.headers().forEach((k, v) -> {
      if (!hb.contains(k)) {
        hb.add(k, v);
      }
    });
    HttpHeaders headers = hb.build();
    byte[] body = request.body().getBytes(StandardCharsets.UTF_8);
    Invocation inv =
        newInvocation(RecordedInvocation.Kind.TEST_INVOKE, api.id(),
            new RecordedRequest(httpMethod, path, query, headers.toMultiValueMap(),
                request.body()));
    inv.stageVariables = request.stageVariables();
    inv.rawQuery = q < 0 ? "" : pathWithQuery.substring(q + 1);
    Map<String, String> pathParameters =
        ResourceRouter.pathParameters(resource, path).orElse(Map.of());
    MethodRequest methodRequest =
        new MethodRequest(httpMethod, path, pathParameters, query, headers, body);
    InvocationContext context =
        new InvocationContext(
            inv.requestId, inv.extendedRequestId, runtime.accountId(), api.id(), TEST_STAGE,
            "test-invoke-deployment-id", resource.id(), resource.path(), httpMethod,
            "/" + TEST_STAGE + path, "HTTP/1.1", "testPrefix.testDomainName", "testPrefix",
            "test-invoke-source-ip", headers.last("User-Agent"), inv.receivedAt,
            Optional.empty(), request.stageVariables(), true);
    HttpResponseData response;
    try {
      response = runMethod(inv, definition, resource, method, httpMethod, methodRequest, context);
    } catch (RuntimeException | LinkageError e) {
      LOG.error("Test invocation {} failed unexpectedly", inv.requestId, e);
      response = errorResponse(inv, GatewayError.INTEGRATION_FAILURE,
          "Unexpected failure in the fake gateway: " + e, Optional.of(definition),
          Optional.of(context));
    }
    response = record(inv, response);
    return new TestInvokeResult(
        response.status(),
        response.bodyAsString(),
        response.headers().toSingleValueMap(),
        response.headers().toMultiValueMap(),
        inv.executionLog(),
        inv.latency().toMillis());
  }

  // ---------------------------------------------------------------- method execution

  private HttpResponseData runMethod(
      Invocation inv, ApiDefinition definition, Resource resource, Method method,
      String methodKey, MethodRequest request, InvocationContext context) {
    inv.route = Optional.of(
        new MatchedRoute(resource.id(), resource.path(), methodKey, request.pathParameters()));
    if (inv.logging()) {
      inv.log("HTTP Method: " + request.httpMethod() + ", Resource Path: " + request.rawPath());
      inv.log("Method request path: " + request.pathParameters());
      inv.log("Method request query string: " + singleValues(request.queryParameters()));
      inv.log("Method request headers: " + request.headers().toSingleValueMap());
      inv.log("Method request body before transformations: " + request.bodyAsString());
    }
    try {
      Integration integration = method.methodIntegration().orElseThrow(() -> new GatewayFailure(
          GatewayError.API_CONFIGURATION_ERROR,
          "Method " + methodKey + " of resource " + resource.path() + " has no integration"));
      HttpResponseData response = switch (integration.type()) {
        case HTTP_PROXY -> httpProxy(inv, integration, request, context);
        case AWS_PROXY -> awsProxy(inv, integration, request, context);
        case HTTP, MOCK, AWS -> nonProxy(inv, integration, request, context,
            definition.restApi().binaryMediaTypes());
      };
      if (inv.logging()) {
        inv.log("Method response body after transformations: " + response.bodyAsString());
        inv.log("Method response headers: " + response.headers().toSingleValueMap());
        inv.log("Successfully completed execution");
        inv.log("Method completed with status: " + response.status());
      }
      return response;
    } catch (GatewayFailure f) {
      return errorResponse(inv, f, Optional.of(definition), Optional.of(context));
    }
  }

  private HttpResponseData nonProxy(
      Invocation inv, Integration integration, MethodRequest request, InvocationContext context,
      List<String> binaryMediaTypes) throws GatewayFailure {
    ParameterSources.Scope scope = ParameterSources.Scope.request(request, context);
    RequestParameterMapper.Mapped mapped;
    try {
      mapped = requestMapper.map(integration.requestParameters(), scope,
          integration.type() == IntegrationType.AWS);
    } catch (MappingException e) {
      throw new GatewayFailure(GatewayError.API_CONFIGURATION_ERROR, e.getMessage());
    }
    inv.mappedParameters.addAll(mapped.recorded());

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
      TemplateResult result = render(inv, RenderedTemplate.Phase.REQUEST, r.contentType(),
          r.template(), payload.asString(), request, context, Overrides.NONE, false);
      body = result.output().getBytes(StandardCharsets.UTF_8);
      overrides = result.overrides();
      templateType = Optional.of(r.contentType());
    } else {
      body = payload.bytes();
    }
    body = ContentHandling.after(body, binary, integration.contentHandling(), "request");

    Map<String, String> pathValues = new LinkedHashMap<>(mapped.path());
    pathValues.putAll(overrides.requestPaths());
    Map<String, List<String>> queryValues = new LinkedHashMap<>(mapped.querystring());
    overrides.requestQueryStrings().forEach((k, v) -> queryValues.put(k, List.of(v)));
    Map<String, String> headerValues = new LinkedHashMap<>(mapped.headers());
    for (Map.Entry<String, String> o : overrides.requestHeaders().entrySet()) {
      if (RequestParameterMapper.RESERVED_HEADERS.contains(o.getKey().toLowerCase(Locale.ROOT))) {
        throw new GatewayFailure(GatewayError.API_CONFIGURATION_ERROR,
            "$context.requestOverride.header." + o.getKey() + " sets a reserved header");
      }
      headerValues.keySet().removeIf(k -> k.equalsIgnoreCase(o.getKey()));
      headerValues.put(o.getKey(), o.getValue());
    }

    EndpointResponse endpoint;
    String selectionValue;
    switch (integration.type()) {
      case MOCK -> {
        String sent = new String(body, StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        int status;
        try {
          status = dispatcher.mock(sent);
        } catch (IntegrationException e) {
          inv.integrationCall = Optional.of(new RecordedIntegrationCall(
              "MOCK", integrationVerb(integration, request), "", Map.of(), sent,
              Optional.empty(), Duration.ofNanos(System.nanoTime() - t0),
              Optional.of(e.getMessage())));
          throw new GatewayFailure(GatewayError.API_CONFIGURATION_ERROR, e.getMessage());
        }
        endpoint = new EndpointResponse(status, HttpHeaders.empty(), new byte[0]);
        inv.integrationCall = Optional.of(new RecordedIntegrationCall(
            "MOCK", integrationVerb(integration, request), "", Map.of(), sent,
            Optional.of(new RecordedHttpMessage(status, Map.of(), "")),
            Duration.ofNanos(System.nanoTime() - t0), Optional.empty()));
        selectionValue = Integer.toString(status);
      }
      case AWS -> {
        HttpHeaders.Builder mappedHeaders = HttpHeaders.builder();
        headerValues.forEach(mappedHeaders::add);
        LambdaResult result =
            lambda(inv, integration, request, context, mappedHeaders.build(), body);
        if (!(result instanceof LambdaResult.EndpointResponse e)) {
          throw new GatewayFailure(GatewayError.INTEGRATION_FAILURE,
              "The AWS integration returned a proxy response: " + result);
        }
        endpoint = new EndpointResponse(e.status(), e.headers(),
            e.body().getBytes(StandardCharsets.UTF_8));
        selectionValue = e.selectionValue();
      }
      default -> {
        HttpHeaders.Builder headers = HttpHeaders.builder();
        headerValues.forEach(headers::add);
        if (body.length > 0 && !headers.contains("Content-Type")) {
          Optional<String> ct = request.headers().last("Content-Type");
          headers.add("Content-Type",
              ct.orElse(templateType.orElse(TemplateSelection.APPLICATION_JSON)));
        }
        addAwsHeaders(headers, inv, context, true);
        if (!headers.contains("Accept")) {
          headers.add("Accept", "application/json");
        }
        IntegrationRequest out = new IntegrationRequest(
            integrationVerb(integration, request),
            dispatcher.rewrite(uri(integration, context, pathValues, queryValues, null)),
            headers.build(), body, integration.timeoutInMillis());
        endpoint = callHttp(inv, "HTTP", out);
        selectionValue = Integer.toString(endpoint.status());
      }
    }
    return integrationResponse(inv, integration, endpoint, selectionValue, request, context,
        overrides, binaryMediaTypes);
  }

  private HttpResponseData integrationResponse(
      Invocation inv, Integration integration, EndpointResponse endpoint, String selectionValue,
      MethodRequest request, InvocationContext context, Overrides requestOverrides,
      List<String> binaryMediaTypes) throws GatewayFailure {
    SelectionPatterns.Selection selection;
    try {
      selection = selectionPatterns.select(integration.integrationResponses(), selectionValue)
          .orElseThrow(() -> new GatewayFailure(GatewayError.API_CONFIGURATION_ERROR,
              "No match for output mapping and no default output mapping configured. Endpoint"
                  + " Response Status Code: " + endpoint.status() + " (selection value \""
                  + selectionValue + "\"; integration responses: "
                  + describe(integration.integrationResponses()) + ")"));
    } catch (MappingException e) {
      throw new GatewayFailure(GatewayError.API_CONFIGURATION_ERROR, e.getMessage());
    }
    IntegrationResponse chosen = selection.response();
    inv.integrationResponse = Optional.of(new SelectedIntegrationResponse(
        chosen.statusCode(), selection.matchedPattern(), selectionValue));
    int status;
    try {
      status = Integer.parseInt(chosen.statusCode().trim());
    } catch (NumberFormatException e) {
      throw new GatewayFailure(GatewayError.API_CONFIGURATION_ERROR,
          "Integration response status code \"" + chosen.statusCode() + "\" is not a number");
    }
    ResponseParameterMapper.Mapped mapped;
    try {
      mapped = responseMapper.map(chosen.responseParameters(),
          ParameterSources.Scope.response(context, endpoint.headers(), endpoint.body()));
    } catch (MappingException e) {
      throw new GatewayFailure(GatewayError.API_CONFIGURATION_ERROR, e.getMessage());
    }
    inv.mappedParameters.addAll(mapped.recorded());

    boolean binary =
        ContentHandling.isBinary(endpoint.headers().last("Content-Type"), binaryMediaTypes);
    ContentHandling.Payload payload =
        ContentHandling.before(endpoint.body(), binary, chosen.contentHandling());
    byte[] body = payload.bytes();
    Overrides overrides = Overrides.NONE;
    Optional<Map.Entry<String, String>> template =
        TemplateSelection.forResponse(chosen.responseTemplates(), request.headers().last("Accept"));
    if (payload.text() && template.isPresent() && !template.get().getValue().isEmpty()) {
      TemplateResult result = render(inv, RenderedTemplate.Phase.RESPONSE,
          template.get().getKey(), template.get().getValue(), payload.asString(), request,
          context, requestOverrides, true);
      body = result.output().getBytes(StandardCharsets.UTF_8);
      overrides = result.overrides();
    }
    body = ContentHandling.after(body, binary, chosen.contentHandling(), "response");

    HttpHeaders.Builder headers = HttpHeaders.builder();
    mapped.headers().forEach((name, value) -> headers.set(remapped(name, REMAPPED_NON_PROXY), value));
    if (!headers.contains("Content-Type")) {
      headers.add("Content-Type", TemplateSelection.APPLICATION_JSON);
    }
    if (overrides.responseStatus().isPresent()) {
      int s = overrides.responseStatus().get();
      if (s >= 100 && s <= 599) {
        status = s;
      }
    }
    overrides.responseHeaders().forEach(headers::set);
    addResponseIds(headers, inv, integration.type() != IntegrationType.MOCK);
    return new HttpResponseData(status, headers.build(), body);
  }

  private HttpResponseData httpProxy(
      Invocation inv, Integration integration, MethodRequest request, InvocationContext context)
      throws GatewayFailure {
    RequestParameterMapper.Mapped mapped;
    try {
      mapped = requestMapper.map(integration.requestParameters(),
          ParameterSources.Scope.request(request, context), false);
    } catch (MappingException e) {
      throw new GatewayFailure(GatewayError.API_CONFIGURATION_ERROR, e.getMessage());
    }
    inv.mappedParameters.addAll(mapped.recorded());
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
    String clientQuery = inv.rawQuery;
    if (mapped.querystring().isEmpty()) {
      rawQuery = clientQuery;
      query = Map.of();
    } else {
      Map<String, List<String>> merged = new LinkedHashMap<>(request.queryParameters());
      merged.putAll(mapped.querystring());
      rawQuery = null;
      query = merged;
    }
    IntegrationRequest out = new IntegrationRequest(
        integrationVerb(integration, request),
        dispatcher.rewrite(uri(integration, context, mapped.path(), query, rawQuery)),
        headers.build(), request.body(), integration.timeoutInMillis());
    EndpointResponse endpoint = callHttp(inv, "HTTP_PROXY", out);
    HttpHeaders.Builder response = HttpHeaders.builder();
    endpoint.headers().toMultiValueMap().forEach((name, values) -> {
      String lower = name.toLowerCase(Locale.ROOT);
      if (!DROPPED_RESPONSE.contains(lower)) {
        String target = REMAPPED_PROXY.contains(lower) ? "x-amzn-Remapped-" + name : name;
        values.forEach(v -> response.add(target, v));
      }
    });
    addResponseIds(response, inv, true);
    return new HttpResponseData(endpoint.status(), response.build(), endpoint.body());
  }

  private HttpResponseData awsProxy(
      Invocation inv, Integration integration, MethodRequest request, InvocationContext context)
      throws GatewayFailure {
    LambdaResult result =
        lambda(inv, integration, request, context, HttpHeaders.empty(), request.body());
    if (!(result instanceof LambdaResult.ProxyResponse p)) {
      throw new GatewayFailure(GatewayError.INTEGRATION_FAILURE,
          "The AWS_PROXY integration did not return a proxy response: " + result);
    }
    HttpHeaders.Builder headers = p.response().headers().toBuilder();
    addResponseIds(headers, inv, true);
    return new HttpResponseData(p.response().status(), headers.build(), p.response().body());
  }

  /** Calls the Lambda function; a failure short-circuits with the status Lambda reported. */
  private LambdaResult lambda(
      Invocation inv, Integration integration, MethodRequest request, InvocationContext context,
      HttpHeaders integrationHeaders, byte[] payload) throws GatewayFailure {
    LambdaResult result =
        dispatcher.invokeLambda(integration, request, context, integrationHeaders, payload);
    inv.integrationCall = Optional.of(result.integrationCall());
    inv.functionCalls.addAll(result.functionCalls());
    if (result instanceof LambdaResult.Failure f) {
      throw new GatewayFailure(f.responseType(), f.status(), f.message(),
          "InternalServerErrorException", f.cause());
    }
    return result;
  }

  private EndpointResponse callHttp(Invocation inv, String type, IntegrationRequest out)
      throws GatewayFailure {
    String sentBody = new String(out.body(), StandardCharsets.UTF_8);
    if (inv.logging()) {
      inv.log("Endpoint request URI: " + out.uri());
      inv.log("Endpoint request headers: " + out.headers().toSingleValueMap());
      inv.log("Endpoint request body after transformations: " + sentBody);
      inv.log("Sending request to " + out.uri());
    }
    long t0 = System.nanoTime();
    try {
      EndpointResponse endpoint = dispatcher.http(out);
      Duration took = Duration.ofNanos(System.nanoTime() - t0);
      inv.integrationCall = Optional.of(new RecordedIntegrationCall(
          type, out.httpMethod(), out.uri().toString(), out.headers().toMultiValueMap(), sentBody,
          Optional.of(message(endpoint)), took, Optional.empty()));
      if (inv.logging()) {
        inv.log("Received response. Status: " + endpoint.status() + ", Integration latency: "
            + took.toMillis() + " ms");
      }
      if (took.toMillis() > out.timeoutMillis()) {
        // The response started in time but finished late: AWS bounds the whole call.
        throw new GatewayFailure(GatewayError.INTEGRATION_TIMEOUT,
            "Endpoint request timed out: the response from " + out.uri() + " took "
                + took.toMillis() + " ms, more than timeoutInMillis " + out.timeoutMillis());
      }
      if (inv.logging()) {
        inv.log("Endpoint response headers: " + endpoint.headers().toSingleValueMap());
        inv.log("Endpoint response body before transformations: " + endpoint.bodyAsString());
      }
      return endpoint;
    } catch (IntegrationException e) {
      inv.integrationCall = Optional.of(new RecordedIntegrationCall(
          type, out.httpMethod(), out.uri().toString(), out.headers().toMultiValueMap(), sentBody,
          Optional.empty(), Duration.ofNanos(System.nanoTime() - t0),
          Optional.of(e.getMessage())));
      throw new GatewayFailure(failureType(e), e.getMessage());
    }
  }

  private static GatewayError failureType(IntegrationException e) {
    return switch (e.kind()) {
      case TIMEOUT -> GatewayError.INTEGRATION_TIMEOUT;
      case NETWORK -> GatewayError.INTEGRATION_FAILURE;
      case CONFIGURATION -> GatewayError.API_CONFIGURATION_ERROR;
    };
  }

  private java.net.URI uri(
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
      throw new GatewayFailure(GatewayError.API_CONFIGURATION_ERROR, e.getMessage());
    }
  }

  private TemplateResult render(
      Invocation inv, RenderedTemplate.Phase phase, String contentType, String template,
      String body, MethodRequest request, InvocationContext context, Overrides prior,
      boolean response) throws GatewayFailure {
    try {
      TemplateResult result =
          templates.render(template, new TemplateInput(body, request, context, prior, response));
      inv.renderedTemplates.add(new RenderedTemplate(
          phase, contentType, template, Optional.of(result.output()), Optional.empty()));
      return result;
    } catch (TemplateException | RuntimeException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      inv.renderedTemplates.add(new RenderedTemplate(
          phase, contentType, template, Optional.empty(), Optional.of(message)));
      throw new GatewayFailure(GatewayError.API_CONFIGURATION_ERROR,
          (phase == RenderedTemplate.Phase.REQUEST
              ? "Unable to transform request: " : "Unable to transform response: ")
              + "the " + contentType + " template failed: " + message);
    }
  }

  // ---------------------------------------------------------------- errors and responses

  private HttpResponseData errorResponse(
      Invocation inv, GatewayError type, String cause, Optional<ApiDefinition> definition,
      Optional<InvocationContext> context) {
    return errorResponse(inv, new GatewayFailure(type, cause), definition, context);
  }

  private HttpResponseData errorResponse(
      Invocation inv, GatewayFailure type, Optional<ApiDefinition> definition,
      Optional<InvocationContext> context) {
    inv.failed(type);
    int status = type.status();
    String body = type.body();
    HttpHeaders.Builder headers = HttpHeaders.builder()
        .add("Content-Type", TemplateSelection.APPLICATION_JSON);
    Optional<GatewayResponse> custom = definition.flatMap(d -> gatewayResponse(d, type));
    if (custom.isPresent()) {
      GatewayResponse g = custom.get();
      if (g.statusCode().isPresent()) {
        try {
          status = Integer.parseInt(g.statusCode().get().trim());
        } catch (NumberFormatException e) {
          LOG.warn("Gateway response {} has a non-numeric statusCode {}", g.responseType(),
              g.statusCode().get());
        }
      }
      for (Map.Entry<String, String> p : g.responseParameters().entrySet()) {
        String prefix = "gatewayresponse.header.";
        if (p.getKey().startsWith(prefix)) {
          gatewayResponseValue(p.getValue(), inv, context)
              .ifPresent(v -> headers.set(p.getKey().substring(prefix.length()), v));
        }
      }
      Optional<Map.Entry<String, String>> template = TemplateSelection.forResponse(
          g.responseTemplates(), Optional.ofNullable(inv.methodRequest.headers())
              .flatMap(h -> firstHeader(h, "Accept")));
      if (template.isPresent()) {
        body = substituteContext(template.get().getValue(), type, context);
      }
    }
    headers.set("x-amzn-ErrorType", type.errorType());
    addResponseIds(headers, inv, false);
    if (inv.logging()) {
      inv.log("Method completed with status: " + status);
    }
    return HttpResponseData.of(status, headers.build(), body);
  }

  private static Optional<GatewayResponse> gatewayResponse(ApiDefinition d, GatewayFailure type) {
    GatewayResponse exact = d.gatewayResponses().get(type.responseType());
    if (exact != null) {
      return Optional.of(exact);
    }
    return Optional.ofNullable(
        d.gatewayResponses().get(type.status() < 500 ? "DEFAULT_4XX" : "DEFAULT_5XX"));
  }

  private Optional<String> gatewayResponseValue(
      String expression, Invocation inv, Optional<InvocationContext> context) {
    String e = expression.trim();
    if (e.length() >= 2 && e.startsWith("'") && e.endsWith("'")) {
      return Optional.of(e.substring(1, e.length() - 1));
    }
    if (e.startsWith("method.request.header.")) {
      return firstHeader(inv.methodRequest.headers(), e.substring("method.request.header.".length()));
    }
    if (e.startsWith("method.request.querystring.")) {
      return inv.methodRequest.queryParameter(e.substring("method.request.querystring.".length()));
    }
    if (e.startsWith("method.request.path.")) {
      return inv.route.map(r -> r.pathParameters().get(e.substring("method.request.path.".length())));
    }
    if (e.startsWith("context.") && context.isPresent()) {
      return ContextValues.lookup(context.get(), e.substring("context.".length()));
    }
    if (e.startsWith("stageVariables.")) {
      return Optional.ofNullable(inv.stageVariables.get(e.substring("stageVariables.".length())));
    }
    return Optional.empty();
  }

  private static Optional<String> firstHeader(Map<String, List<String>> headers, String name) {
    return headers.entrySet().stream()
        .filter(h -> h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty())
        .map(h -> h.getValue().get(h.getValue().size() - 1))
        .findFirst();
  }

  private static final java.util.regex.Pattern CONTEXT_REFERENCE =
      java.util.regex.Pattern.compile("\\$context\\.([A-Za-z.]+[A-Za-z])");

  /** Gateway response templates are not Velocity: only plain {@code $context.*} substitution. */
  private static String substituteContext(
      String template, GatewayFailure type, Optional<InvocationContext> context) {
    String quoted = "\"" + type.errorMessage().replace("\"", "\\\"") + "\"";
    String s = template
        .replace("$context.error.messageString", quoted)
        .replace("$context.error.message", type.errorMessage())
        .replace("$context.error.responseType", type.responseType());
    if (context.isPresent()) {
      java.util.regex.Matcher m = CONTEXT_REFERENCE.matcher(s);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        String v = ContextValues.lookup(context.get(), m.group(1)).orElse("");
        m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(v));
      }
      m.appendTail(sb);
      s = sb.toString();
    }
    return s;
  }

  private void addAwsHeaders(
      HttpHeaders.Builder headers, Invocation inv, InvocationContext context, boolean nonProxy) {
    headers.set("X-Amzn-Trace-Id", inv.traceId);
    headers.set("X-Amzn-Apigateway-Api-Id", context.apiId());
    if (nonProxy || !headers.contains("User-Agent")) {
      headers.set("User-Agent", "AmazonAPIGateway_" + context.apiId());
    }
  }

  private static void addResponseIds(HttpHeaders.Builder headers, Invocation inv, boolean trace) {
    headers.set("x-amzn-RequestId", inv.requestId);
    headers.set("x-amz-apigw-id", inv.extendedRequestId);
    if (trace && !headers.contains("X-Amzn-Trace-Id")) {
      headers.set("X-Amzn-Trace-Id", inv.traceId);
    }
  }

  private static String remapped(String name, Set<String> remap) {
    return remap.contains(name.toLowerCase(Locale.ROOT)) ? "x-amzn-Remapped-" + name : name;
  }

  private static String integrationVerb(Integration integration, MethodRequest request) {
    String verb = integration.httpMethod().orElse("ANY");
    return verb.equalsIgnoreCase("ANY") ? request.httpMethod() : verb.toUpperCase(Locale.ROOT);
  }

  private static RecordedHttpMessage message(EndpointResponse r) {
    return new RecordedHttpMessage(r.status(), r.headers().toMultiValueMap(), r.bodyAsString());
  }

  private static String describe(Map<String, IntegrationResponse> responses) {
    List<String> parts = new ArrayList<>();
    responses.values().forEach(r -> parts.add(r.statusCode()
        + (r.isDefault() ? " (default)" : " (selectionPattern \"" + r.selectionPattern().get()
            + "\")")));
    return parts.isEmpty() ? "none" : parts.toString();
  }

  private static Map<String, String> singleValues(Map<String, List<String>> multi) {
    Map<String, String> m = new LinkedHashMap<>();
    multi.forEach((k, v) -> {
      if (!v.isEmpty()) {
        m.put(k, v.get(v.size() - 1));
      }
    });
    return m;
  }

  // ---------------------------------------------------------------- recording

  private Invocation newInvocation(
      RecordedInvocation.Kind kind, String apiId, RecordedRequest request) {
    ThreadLocalRandom rnd = ThreadLocalRandom.current();
    byte[] ext = new byte[11];
    rnd.nextBytes(ext);
    Instant now = runtime.clock().instant();
    StringBuilder traceId = new StringBuilder(40).append("Root=1-");
    appendHex(traceId, now.getEpochSecond(), 8).append('-');
    appendHex(traceId, rnd.nextLong(), 12);
    appendHex(traceId, rnd.nextLong(), 12);
    Invocation inv = new Invocation(kind, randomUuid(rnd).toString(),
        Base64.getEncoder().encodeToString(ext), traceId.toString(), now, apiId, request);
    inv.recordingEpoch = runtime.invocations().epoch(); // a reset after this drops the record
    return inv;
  }

  /**
   * A random (version 4, IETF variant) UUID like {@link UUID#randomUUID()}, drawn from the
   * thread's fast generator: request ids need to be unique, not unpredictable, and the secure
   * generator reads a shared, locked system source on every request.
   */
  private static UUID randomUuid(ThreadLocalRandom rnd) {
    long msb = (rnd.nextLong() & ~0xF000L) | 0x4000L;
    long lsb = (rnd.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
    return new UUID(msb, lsb);
  }

  /** Appends the low {@code digits} hex digits of {@code value}, zero-padded. */
  private static StringBuilder appendHex(StringBuilder out, long value, int digits) {
    for (int i = digits - 1; i >= 0; i--) {
      out.append(Character.forDigit((int) ((value >>> (4 * i)) & 0xF), 16));
    }
    return out;
  }

  private HttpResponseData record(Invocation inv, HttpResponseData response) {
    runtime.invocations().append(inv.recordingEpoch, seq -> inv.toRecord(seq, response));
    return response;
  }
}
