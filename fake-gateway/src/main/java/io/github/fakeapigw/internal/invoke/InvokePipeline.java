package io.github.fakeapigw.internal.invoke;

import io.github.fakeapigw.internal.context.InvocationContext;
import io.github.fakeapigw.internal.context.MethodRequest;
import io.github.fakeapigw.internal.http.HttpRequestData;
import io.github.fakeapigw.internal.http.HttpResponseData;
import io.github.fakeapigw.internal.http.QueryString;
import io.github.fakeapigw.internal.integration.BackendHttpClient;
import io.github.fakeapigw.internal.integration.IntegrationDispatcher;
import io.github.fakeapigw.internal.json.JaywayJsonPaths;
import io.github.fakeapigw.internal.json.JsonPaths;
import io.github.fakeapigw.internal.mapping.ParameterSources;
import io.github.fakeapigw.internal.mapping.RequestParameterMapper;
import io.github.fakeapigw.internal.mapping.ResponseParameterMapper;
import io.github.fakeapigw.internal.runtime.GatewayRuntime;
import io.github.fakeapigw.internal.state.ApiState;
import io.github.fakeapigw.internal.template.VelocityMappingTemplates;
import io.github.fakeapigw.model.ApiDefinition;
import io.github.fakeapigw.model.Integration;
import io.github.fakeapigw.model.Method;
import io.github.fakeapigw.model.Resource;
import io.github.fakeapigw.recording.RecordedInvocation;
import io.github.fakeapigw.recording.RecordedRequest;
import io.github.fakeapigw.recording.StageTraffic;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data plane: a request runs through API Gateway's stages in the order AWS documents them,
 * each a class of its own, and every step is recorded:
 *
 * <ol>
 *   <li>{@link StageLookup}: API, stage, canary overlay, deployment;
 *   <li>{@link MethodRequestStage}: routing to a resource and method, the request context;
 *   <li>{@link AuthorizationStage}, then {@link RequestValidationStage};
 *   <li>{@link IntegrationRequestStage}: parameter mapping, request template, URI;
 *   <li>{@link IntegrationStage}: MOCK, HTTP, HTTP_PROXY, AWS or AWS_PROXY;
 *   <li>{@link IntegrationResponseStage}: selection, response mapping, response template;
 *   <li>{@link MethodResponseStage}: the method response;
 * </ol>
 *
 * and any stage's failure is answered by {@link GatewayResponses}. TestInvokeMethod enters at the
 * method request, against the undeployed definition, and runs the same stages.
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

  private final GatewayRuntime runtime;
  private final CanaryRouter canary;
  private final StageTrafficCounters traffic;
  private final StageLookup stageLookup;
  private final MethodRequestStage methodRequest;
  private final AuthorizationStage authorization = new AuthorizationStage();
  private final RequestValidationStage requestValidation = new RequestValidationStage();
  private final IntegrationRequestStage integrationRequest;
  private final IntegrationStage integration;
  private final IntegrationResponseStage integrationResponse;
  private final MethodResponseStage methodResponse = new MethodResponseStage();
  private final GatewayResponses gatewayResponses = new GatewayResponses();

  /** Creates the pipeline of one gateway; its HTTP client is closed when the gateway closes. */
  public InvokePipeline(GatewayRuntime runtime) {
    this.runtime = runtime;
    JsonPaths jsonPaths = new JaywayJsonPaths();
    TemplateRendering templates = new TemplateRendering(new VelocityMappingTemplates(jsonPaths));
    ParameterSources sources = new ParameterSources(jsonPaths);
    IntegrationDispatcher dispatcher =
        new IntegrationDispatcher(runtime.closeOnStop(new BackendHttpClient()),
            runtime.backends()::rewrite, runtime.lambdaIntegration());
    this.canary = new CanaryRouter(runtime.seed());
    this.traffic = new StageTrafficCounters(runtime.seed());
    this.stageLookup = new StageLookup(runtime, canary, traffic);
    this.methodRequest = new MethodRequestStage(runtime.accountId());
    this.integrationRequest =
        new IntegrationRequestStage(new RequestParameterMapper(sources), templates, dispatcher);
    this.integration = new IntegrationStage(dispatcher);
    this.integrationResponse =
        new IntegrationResponseStage(new ResponseParameterMapper(sources), templates);
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

  @Override
  public HttpResponseData invoke(InvokeTarget target, HttpRequestData request) {
    return serve(target, request, Optional.empty(),
        inv -> stageLookup.lookUp(inv, target, request));
  }

  /**
   * Serves a request from an API given with its stages and deployments, and what it adds to its
   * model, instead of one looked up by id: the same stages run, and the invocation is recorded
   * under {@code target.apiId()}.
   */
  public HttpResponseData invoke(
      InvokeTarget target, ApiState api, ApiExtension extension, HttpRequestData request) {
    return serve(target, request, Optional.of(extension),
        inv -> stageLookup.lookUpIn(inv, api, target, request));
  }

  /** How a request finds the deployment that serves it. */
  @FunctionalInterface
  private interface Lookup {
    StageLookup.Deployed lookUp(Invocation inv) throws GatewayFailure;
  }

  private HttpResponseData serve(
      InvokeTarget target, HttpRequestData request, Optional<ApiExtension> extension,
      Lookup lookup) {
    Map<String, List<String>> query = QueryString.parse(request.rawQuery());
    Invocation inv = Invocation.start(RecordedInvocation.Kind.INVOKE, target.apiId(),
        new RecordedRequest(request.method(), target.rawPath(), query,
            request.headers().toMultiValueMap(), request.bodyAsString()),
        request.rawQuery(), runtime.clock().instant(), runtime.invocations().epoch());
    extension.ifPresent(inv::extension);
    HttpResponseData response;
    try {
      StageLookup.Deployed deployed = lookup.lookUp(inv);
      MethodRequestStage.Routed routed =
          methodRequest.route(inv, deployed, target, request, query);
      response = execute(inv, deployed.definition(), routed);
    } catch (GatewayFailure f) {
      response = gatewayResponses.respond(inv, f, inv.gatewayResponses(), inv.context());
    } catch (RuntimeException | LinkageError e) {
      LOG.error("Invocation {} failed unexpectedly", inv.requestId(), e);
      response = gatewayResponses.respond(
          inv, GatewayFailure.unexpected(e), inv.gatewayResponses(), Optional.empty());
    }
    return record(inv, response);
  }

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
    // A verb the resource lacks runs its ANY method (LocalStack's AWS-validated
    // test_apigateway_api.snapshot.json, test_failed_invoke_test_method: GET on ANY).
    Method method = resource.method(httpMethod).or(() -> resource.method("ANY"))
        .orElseThrow(() -> new NoSuchElementException("Invalid Method identifier specified"));
    MethodRequestStage.TestInvokeInput input =
        MethodRequestStage.TestInvokeInput.of(resource, request);
    Invocation inv = Invocation.start(RecordedInvocation.Kind.TEST_INVOKE, api.id(),
        new RecordedRequest(httpMethod, input.path(), input.query(),
            input.headers().toMultiValueMap(), request.body()),
        input.rawQuery(), runtime.clock().instant(), runtime.invocations().epoch());
    inv.stageVariables(request.stageVariables());
    MethodRequestStage.Routed routed = methodRequest.forTest(
        inv, api.id(), resource, method, httpMethod, input, request.stageVariables());
    HttpResponseData response;
    try {
      response = execute(inv, definition, routed);
    } catch (RuntimeException | LinkageError e) {
      LOG.error("Test invocation {} failed unexpectedly", inv.requestId(), e);
      response = gatewayResponses.respond(inv, GatewayFailure.unexpected(e),
          Optional.of(definition), Optional.of(routed.context()));
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

  /** The method's stages, from the routed method request to the method response. */
  private HttpResponseData execute(
      Invocation inv, ApiDefinition definition, MethodRequestStage.Routed routed) {
    methodRequest.accept(inv, routed);
    MethodRequest request = routed.request();
    InvocationContext context = routed.context();
    Optional<ApiExtension.MethodRules> rules = inv.extension()
        .flatMap(e -> e.method(routed.resource().id(), routed.methodKey()));
    try {
      authorization.authorize(inv, routed.method(), request, context, rules);
      request = requestValidation.validate(inv, definition, routed.method(), request, rules);
      Integration configured = routed.method().methodIntegration().orElseThrow(
          () -> new GatewayFailure(GatewayError.API_CONFIGURATION_ERROR,
              "Method " + routed.methodKey() + " of resource " + routed.resource().path()
                  + " has no integration"));
      if (rules.isPresent()) {
        configured = rules.get().integration(configured, request, context);
      }
      List<String> binaryMediaTypes = definition.restApi().binaryMediaTypes();
      IntegrationRequestStage.Prepared prepared =
          integrationRequest.prepare(inv, configured, request, context, binaryMediaTypes);
      IntegrationStage.Endpoint endpoint =
          integration.call(inv, configured, prepared, request, context);
      MethodResponseStage.Draft draft = integrationResponse.respond(inv, configured, endpoint,
          request, context, prepared.overrides(), binaryMediaTypes);
      return methodResponse.complete(inv, configured, draft);
    } catch (GatewayFailure f) {
      return gatewayResponses.respond(inv, f, Optional.of(definition), Optional.of(context));
    }
  }

  private HttpResponseData record(Invocation inv, HttpResponseData response) {
    runtime.invocations().append(inv.recordingEpoch(), seq -> inv.toRecord(seq, response));
    return response;
  }
}
