package io.github.fakeapigw;

import io.github.fakeapigw.dsl.RestApiBuilder;
import io.github.fakeapigw.internal.dsl.Assembly;
import io.github.fakeapigw.internal.huawei.invoke.HuaweiInvoke;
import io.github.fakeapigw.internal.integration.lambda.FunctionRef;
import io.github.fakeapigw.internal.invoke.InvokePipeline;
import io.github.fakeapigw.internal.management.RestApiService;
import io.github.fakeapigw.internal.management.aws.AwsManagementApi;
import io.github.fakeapigw.internal.management.huawei.HuaweiManagementApi;
import io.github.fakeapigw.internal.openapi.InvalidDocumentException;
import io.github.fakeapigw.internal.openapi.OpenApiImport;
import io.github.fakeapigw.internal.runtime.GatewayRuntime;
import io.github.fakeapigw.internal.server.ControlEndpoints;
import io.github.fakeapigw.internal.server.GatewayRouter;
import io.github.fakeapigw.internal.server.GatewayServer;
import io.github.fakeapigw.internal.server.InvokeLookingPaths;
import io.github.fakeapigw.internal.server.ServerLimits;
import io.github.fakeapigw.internal.state.ApiState;
import io.github.fakeapigw.lambda.LambdaFunction;
import io.github.fakeapigw.model.ApiDefinition;
import io.github.fakeapigw.model.Deployment;
import io.github.fakeapigw.model.Stage;
import io.github.fakeapigw.recording.RecordedFunctionCall;
import io.github.fakeapigw.recording.RecordedInvocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;

/**
 * An in-process fake of Amazon API Gateway (REST APIs), served over real HTTP on 127.0.0.1.
 *
 * <p>One port serves both faces: the management API at {@link #managementUrl()} (point the AWS SDK's
 * {@code ApiGatewayClient.builder().endpointOverride(..)} or the AWS CLI's {@code --endpoint-url}
 * at it) and the invoke URLs of deployed stages ({@link #invokeUrl(String, String)}).
 *
 * <pre>{@code
 * try (FakeApiGateway gateway = new FakeApiGateway(FakeApiGatewayOptions.defaults()).start()) {
 *   ApiGatewayClient client = ApiGatewayClient.builder()
 *       .endpointOverride(gateway.managementUrl()) ...;
 * }
 * }</pre>
 *
 * <p>Thread safety: every method may be called from any thread; requests are served concurrently.
 * {@link #close()} is idempotent and releases the HTTP server, its threads and its port, every
 * executor and HTTP client the gateway created; after it, every other method throws {@link
 * IllegalStateException}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class FakeApiGateway implements AutoCloseable {
  private static final AtomicInteger INSTANCES = new AtomicInteger();

  private enum Lifecycle {
    NEW,
    RUNNING,
    CLOSED
  }

  private final FakeApiGatewayOptions options;
  private final GatewayRuntime runtime;
  private final GatewayServices services;
  private final Object lock = new Object();
  private volatile Lifecycle lifecycle = Lifecycle.NEW;
  private GatewayServer server;
  private volatile InvokePipeline pipeline;
  /** The one writer of the REST APIs: every dialect, {@link #deploy} and the imports go through it. */
  private volatile RestApiService service;

  /** Creates a gateway that is not yet listening; call {@link #start()}. */
  public FakeApiGateway(FakeApiGatewayOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.runtime =
        new GatewayRuntime(options, "fake-apigw-" + INSTANCES.incrementAndGet() + "-");
    this.services = new GatewayServices(runtime);
  }

  /** Creates a gateway with {@link FakeApiGatewayOptions#defaults()}; call {@link #start()}. */
  public FakeApiGateway() {
    this(FakeApiGatewayOptions.defaults());
  }

  /**
   * Binds 127.0.0.1 on the configured port (ephemeral by default) and starts serving. All or
   * nothing: if any part fails to start, what did start is closed and the error rethrown.
   *
   * @return this gateway, running
   * @throws IllegalStateException if the gateway was already started or closed, or cannot bind
   */
  public FakeApiGateway start() {
    synchronized (lock) {
      if (lifecycle != Lifecycle.NEW) {
        throw new IllegalStateException(
            "FakeApiGateway can be started once; this one is " + lifecycle.name().toLowerCase());
      }
      try {
        pipeline = new InvokePipeline(runtime);
        service = new RestApiService(runtime);
        GatewayRouter router =
            new GatewayRouter(
                pipeline,
                new AwsManagementApi(runtime, pipeline, service, services.account,
                    services.clientCertificates, services.documentation),
                new HuaweiManagementApi(runtime, services.huaweiApig),
                new ControlEndpoints(this::reset),
                new InvokeLookingPaths(runtime.state(), runtime.invocations()),
                new HuaweiInvoke(services.huaweiApig, pipeline, runtime.huaweiRegion()));
        server = new GatewayServer(options.port(), router, runtime.threadNamePrefix(),
            ServerLimits.DEFAULTS.withMaxConnections(options.maxConnections())
                .withIdleTimeout(options.readTimeout())
                .withBodyReadTimeout(options.readTimeout()));
        server.start();
        runtime.port(server.port());
        lifecycle = Lifecycle.RUNNING;
        return this;
      } catch (Exception | LinkageError e) {
        closeQuietly();
        lifecycle = Lifecycle.CLOSED;
        throw new IllegalStateException(
            "FakeApiGateway failed to start on 127.0.0.1:" + options.port() + ": " + e, e);
      }
    }
  }

  /** The options this gateway was created with. */
  public FakeApiGatewayOptions options() {
    return options;
  }

  /** The port the gateway listens on. */
  public int port() {
    ensureRunning();
    return runtime.port();
  }

  /** The seed of the gateway's random sources, as given in the options or drawn at creation. */
  public long seed() {
    return runtime.seed();
  }

  /**
   * The management API's base URL ({@code http://127.0.0.1:<port>}), for the AWS SDK's {@code
   * endpointOverride} or the AWS CLI's {@code --endpoint-url}.
   */
  public URI managementUrl() {
    ensureRunning();
    return URI.create(runtime.baseUrl());
  }

  /**
   * The path-style invoke URL of a stage: {@code
   * http://127.0.0.1:<port>/restapis/<apiId>/<stage>/_user_request_}. Append the resource path.
   */
  public URI invokeUrl(String apiId, String stage) {
    Objects.requireNonNull(apiId, "apiId");
    Objects.requireNonNull(stage, "stage");
    ensureRunning();
    return URI.create(runtime.baseUrl() + "/restapis/" + apiId + "/" + stage + "/_user_request_");
  }

  /**
   * The path-style invoke URL of a Huawei APIG group, for clients that cannot set {@code Host} to
   * the group's {@code sl_domain}: {@code http://127.0.0.1:<port>/_apig/<groupId>}. Append the
   * API's request path; the {@code X-Stage} header picks the environment ({@code RELEASE}
   * without it).
   *
   * @param groupId the group's {@code id}, as create-group returns it
   * @since 0.2.0
   */
  public URI huaweiInvokeUrl(String groupId) {
    Objects.requireNonNull(groupId, "groupId");
    ensureRunning();
    return URI.create(runtime.baseUrl() + HuaweiInvoke.PATH_PREFIX + groupId);
  }

  /**
   * Creates a Huawei APIG group with its APIs through the Huawei management service and publishes
   * them to the group's environment ({@code RELEASE} by default), as a test author would through
   * {@code /v1.0/apigw}; they serve at once at {@link HuaweiGroup#invokeUrl()}.
   *
   * <pre>{@code
   * import static io.github.fakeapigw.dsl.HuaweiDsl.*;
   *
   * HuaweiGroup shop = gateway.deployHuawei(apiGroup("shop")
   *     .api(get("/orders/{id}").withPathParameter("id")
   *         .httpBackend("GET", backend.url("/v1/orders/{id}"))
   *         .withBackendParameter("PATH", "id", "REQUEST", "id")));
   * }</pre>
   *
   * @throws IllegalArgumentException with Huawei's error code and message when the group or an
   *     API is refused (nothing is created when an API is invalid)
   * @since 0.2.0
   */
  public HuaweiGroup deployHuawei(io.github.fakeapigw.dsl.HuaweiGroupBuilder group) {
    Objects.requireNonNull(group, "group");
    ensureRunning();
    List<String> bodies =
        group.apis().stream().map(io.github.fakeapigw.dsl.HuaweiApiBuilder::toJson).toList();
    return huaweiGroup(group.name(), group.remark(), group.environment(), group.variables(),
        bodies);
  }

  /**
   * Imports a Swagger 2.0 document in Huawei APIG's export format (JSON or YAML, with {@code
   * x-apigateway-*} extensions) from the classpath: {@code info.title} names the new group, every
   * operation becomes an API, and each is published to {@code environment} (created when missing).
   * An {@code x-apigateway-*} key the fake does not support fails the import, naming the key and
   * its JSON Pointer.
   *
   * <pre>{@code
   * HuaweiGroup shop = gateway.importHuaweiSwagger("huawei/shop.yaml", "RELEASE");
   * }</pre>
   *
   * @throws IllegalArgumentException if the resource is missing, not Swagger 2.0, uses an
   *     unsupported extension, or Huawei's rules refuse the group or an API
   * @since 0.2.0
   */
  public HuaweiGroup importHuaweiSwagger(String classpathResource, String environment) {
    return importHuaweiSwagger(classpathResource, environment, Map.of());
  }

  /**
   * Like {@link #importHuaweiSwagger(String, String)}, with the environment variables the
   * backends' {@code #name#} references need (an export does not carry them).
   *
   * @since 0.2.0
   */
  public HuaweiGroup importHuaweiSwagger(
      String classpathResource, String environment, Map<String, String> variables) {
    Objects.requireNonNull(classpathResource, "classpathResource");
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(variables, "variables");
    ensureRunning();
    byte[] document = readClasspath(classpathResource).orElseThrow(
        () -> new IllegalArgumentException("No classpath resource \"" + classpathResource
            + "\" (fixtures live under src/test/resources, e.g. \"huawei/shop.yaml\")"));
    io.github.fakeapigw.internal.management.huawei.HuaweiSwaggerImport.Group g =
        io.github.fakeapigw.internal.management.huawei.HuaweiSwaggerImport.read(
            document, classpathResource);
    return huaweiGroup(g.name(), g.remark(), environment, variables, g.apis());
  }

  private HuaweiGroup huaweiGroup(
      String name, String remark, String environment, Map<String, String> variables,
      List<String> apis) {
    try {
      io.github.fakeapigw.internal.huawei.ApigGroup g =
          io.github.fakeapigw.internal.management.huawei.HuaweiApiRequests.deploy(
              services.huaweiApig, name, remark, environment, variables, apis);
      return new HuaweiGroup(this, g.id(), g.name(), g.slDomain());
    } catch (io.github.fakeapigw.internal.huawei.ApigException e) {
      throw new IllegalArgumentException("Huawei API group \"" + name + "\" was refused: "
          + e.errorCode() + " " + e.errorMsg(), e);
    }
  }

  /**
   * Registers an in-process function that Huawei {@code FUNCTION} backends invoke by their {@code
   * function_urn} ({@code urn:fss:<region>:<project_id>:function:<package>:<name>[:<version>]}).
   * It lives in the same registry as Lambda functions, under {@code <name>:<version>}: a {@code
   * sync} API hands it a proxy event ({@code httpMethod, path, headers, queryStringParameters,
   * pathParameters, body, ...}) and expects {@code {"statusCode", "headers", "body"}} back, as
   * FunctionGraph's APIG trigger does; an {@code async} API answers at once.
   *
   * @return this gateway
   * @throws IllegalArgumentException if {@code functionUrn} is not a function URN
   * @since 0.2.0
   */
  public FakeApiGateway registerHuaweiFunction(String functionUrn, LambdaFunction function) {
    Objects.requireNonNull(functionUrn, "functionUrn");
    return registerFunction(
        io.github.fakeapigw.internal.huawei.invoke.HuaweiFunctions.functionName(functionUrn),
        function);
  }

  /**
   * The REST API with the given name.
   *
   * @throws IllegalArgumentException if no API, or more than one, has that name
   */
  public DeployedApi api(String name) {
    Objects.requireNonNull(name, "name");
    ensureRunning();
    List<ApiState> matches =
        runtime.state().apis().stream()
            .filter(a -> a.definition().restApi().name().equals(name))
            .toList();
    if (matches.size() != 1) {
      List<String> names =
          runtime.state().apis().stream().map(a -> "\"" + a.definition().restApi().name() + "\"")
              .toList();
      throw new IllegalArgumentException(
          (matches.isEmpty() ? "No REST API is named \"" : "More than one REST API is named \"")
              + name + "\"; APIs on this gateway: " + names);
    }
    return new DeployedApi(this, matches.get(0).id(), name);
  }

  /**
   * Creates the REST API described with the {@link io.github.fakeapigw.dsl.GatewayDsl DSL} and
   * deploys it to its stages: one deployment (a snapshot of the definition) serves every stage,
   * and each canary gets a deployment of its own.
   *
   * <pre>{@code
   * DeployedApi orders = gateway.deploy(restApi("orders")
   *     .resource("/orders/{id}", get().integration(mock()))
   *     .stage("test"));
   * }</pre>
   *
   * @return a handle to the new API
   * @throws IllegalArgumentException if the description is inconsistent (for example no stage)
   * @since 0.1.0
   */
  public DeployedApi deploy(RestApiBuilder api) {
    Objects.requireNonNull(api, "api");
    ensureRunning();
    Assembly.Assembled assembled =
        Assembly.assemble(
            api,
            length -> runtime.ids().next(length),
            runtime.clock().instant(),
            runtime.region(),
            runtime.accountId());
    String id =
        service.createApi(assembled.definition(), assembled.deployments(), assembled.stages()).id();
    return new DeployedApi(this, id, api.name());
  }

  /**
   * Imports an OpenAPI 3.0 or Swagger 2.0 document (JSON or YAML, with {@code
   * x-amazon-apigateway-*} extensions) from the classpath and deploys it to {@code stage}. Template
   * values written {@code file:<path>} are read from the classpath relative to the document's
   * folder.
   *
   * <pre>{@code
   * DeployedApi petstore = gateway.importOpenApi("apigateway/petstore.yaml", "test");
   * }</pre>
   *
   * @param classpathResource the document, such as {@code apigateway/petstore.yaml}
   * @param stage the stage to create
   * @throws IllegalArgumentException if the resource is missing or cannot be imported (the message
   *     names the JSON Pointer of the offending part)
   * @since 0.1.0
   */
  public DeployedApi importOpenApi(String classpathResource, String stage) {
    return importOpenApi(classpathResource, stage, Map.of());
  }

  /**
   * Imports an OpenAPI document from the classpath, as {@link #importOpenApi(String, String)}, and
   * deploys it to a stage with the given stage variables.
   *
   * @since 0.1.0
   */
  public DeployedApi importOpenApi(
      String classpathResource, String stage, Map<String, String> stageVariables) {
    Objects.requireNonNull(classpathResource, "classpathResource");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(stageVariables, "stageVariables");
    ensureRunning();
    String resource =
        classpathResource.startsWith("/") ? classpathResource.substring(1) : classpathResource;
    byte[] document =
        readClasspath(resource)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "OpenAPI fixture must not name a missing classpath resource; use a path"
                            + " relative to the classpath root such as"
                            + " \"apigateway/petstore.yaml\" instead; offending: \""
                            + classpathResource + "\""));
    String folder = resource.contains("/") ? resource.substring(0, resource.lastIndexOf('/') + 1) : "";
    return importDocument(
        "OpenAPI fixture \"" + classpathResource + "\"",
        document,
        file ->
            readClasspath(URI.create("x:/" + folder).resolve(file).getPath().substring(1))
                .orElseThrow(
                    () ->
                        InvalidDocumentException.invalid(
                            "Template file \"file:" + file + "\" does not exist; put it at"
                                + " classpath resource \"" + folder + file + "\"")),
        stage,
        stageVariables);
  }

  /**
   * Imports an OpenAPI 3.0 or Swagger 2.0 file (JSON or YAML) from the file system and deploys it to
   * a stage; {@code file:} template references resolve against the file's folder. The standalone
   * runner's {@code --openapi FILE --stage NAME} uses it.
   *
   * @throws IllegalArgumentException if the file cannot be read or imported
   * @since 0.1.0
   */
  public DeployedApi importOpenApi(Path file, String stage, Map<String, String> stageVariables) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(stageVariables, "stageVariables");
    ensureRunning();
    byte[] document;
    try {
      document = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "OpenAPI file must be readable; offending: \"" + file + "\" (" + e + ")", e);
    }
    Path folder = file.toAbsolutePath().getParent();
    return importDocument(
        "OpenAPI file \"" + file + "\"",
        document,
        template -> {
          Path path = folder.resolve(template).normalize();
          try {
            return Files.readAllBytes(path);
          } catch (IOException e) {
            throw InvalidDocumentException.invalid(
                "Template file \"file:" + template + "\" does not exist; put it at \"" + path
                    + "\"");
          }
        },
        stage,
        stageVariables);
  }

  /** Imports a document, then deploys it to a new stage; {@code what} names it in errors. */
  private DeployedApi importDocument(
      String what,
      byte[] document,
      java.util.function.Function<String, byte[]> templateFiles,
      String stage,
      Map<String, String> stageVariables) {
    ApiDefinition definition;
    try {
      definition =
          new OpenApiImport(runtime)
              .toDefinition(
                  document,
                  Optional.empty(),
                  "overwrite",
                  Map.of(),
                  file -> new String(templateFiles.apply(file), StandardCharsets.UTF_8));
    } catch (InvalidDocumentException e) {
      throw new IllegalArgumentException(what + " cannot be imported: " + e.getMessage(), e);
    }
    Instant now = runtime.clock().instant();
    Deployment deployment =
        new Deployment(runtime.ids().deploymentId(), Optional.empty(), now, definition);
    Stage created =
        new Stage(
            stage, deployment.id(), Optional.empty(), Optional.empty(), false, Optional.empty(),
            "NOT_AVAILABLE", Map.of(), new LinkedHashMap<>(stageVariables), Optional.empty(),
            Optional.empty(), Optional.empty(), false, Optional.empty(), Map.of(), now, now);
String id = service.createApi(definition, List.of(deployment), List.of(created)).id();
    return new DeployedApi(this, id, definition.restApi().name());
  }

  /**
   * The named HTTP backend for {@code host}, started on first use: an embedded WireMock server on
   * 127.0.0.1 and an ephemeral port that receives every HTTP integration call whose URI names
   * {@code host}. It stops when the gateway closes. See {@link Backend} for stubbing it.
   *
   * @param host a host name such as {@code petstore.example.com}
   * @since 0.1.0
   */
  public Backend backend(String host) {
    Objects.requireNonNull(host, "host");
    if (!host.matches("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?")) {
      throw new IllegalArgumentException(
          "backend host must not be \"" + host + "\"; use a bare host name such as"
              + " \"petstore.example.com\" instead; offending: \"" + host + "\"");
    }
    ensureRunning();
    int port =
        runtime.backends().startServer(host, runtime.threadNamePrefix(), runtime::closeOnStop);
    return new Backend(host, port);
  }

  /** Every REST API on this gateway, in creation order. */
  public List<DeployedApi> apis() {
    ensureRunning();
    return runtime.state().apis().stream()
        .map(a -> new DeployedApi(this, a.id(), a.definition().restApi().name()))
        .toList();
  }

  /**
   * Remembers the REST APIs as they are now (definitions, deployments, stages), the registered
   * Lambda functions and the stubs of the {@linkplain #backend(String) backends}, for {@link
   * #resetTo(GatewayCheckpoint)}.
   *
   * @since 0.1.0
   */
  public GatewayCheckpoint checkpoint() {
    ensureRunning();
    return new GatewayCheckpoint(
        this,
        service.snapshot(),
        runtime.lambdaFunctions().registrations(),
        runtime.backends().snapshot(),
        services.huaweiApig.state(),
        services.account.account(),
        services.clientCertificates.snapshot(),
        services.documentation.snapshot());
  }

  /**
   * Clears the recording (function calls included) and puts the REST APIs, the registered Lambda
   * functions and the stubs of the {@linkplain #backend(String) backends} back as they were at the
   * checkpoint: APIs, functions and stubs added since are removed, changed ones restored, and the
   * backends' request journals cleared. Stage traffic counters and canary forcing start afresh, canary
   * draws start again from the {@linkplain #seed() seed} (so a test that runs after a reset draws the
   * same as when it runs alone), and recorded invocations are numbered from 1 again.
   *
   * @throws IllegalArgumentException if the checkpoint was taken on another gateway
   * @since 0.1.0
   */
  public void resetTo(GatewayCheckpoint checkpoint) {
    Objects.requireNonNull(checkpoint, "checkpoint");
    if (checkpoint.gateway() != this) {
      throw new IllegalArgumentException(
          "checkpoint must not come from another gateway; use this gateway's checkpoint()"
              + " instead; offending: " + checkpoint);
    }
    ensureRunning();
    service.replaceAll(checkpoint.apis());
    runtime.invocations().clear();
    runtime.lambdaFunctions().restore(checkpoint.functions());
    runtime.lambdaFunctions().clearCalls();
    pipeline.reset();
    pipeline.canary().reseed();
    runtime.backends().restore(checkpoint.backends());
    services.huaweiApig.restore(checkpoint.huawei());
    services.account.restore(checkpoint.account());
    services.clientCertificates.restore(checkpoint.clientCertificates());
    services.documentation.restore(checkpoint.documentation());
  }

  private static Optional<byte[]> readClasspath(String resource) {
    ClassLoader loader =
        Optional.ofNullable(Thread.currentThread().getContextClassLoader())
            .orElse(FakeApiGateway.class.getClassLoader());
    try (InputStream in = loader.getResourceAsStream(resource)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("Reading classpath resource \"" + resource + "\" failed", e);
    }
  }

  /** Every recorded invocation still held, oldest first. */
  public List<RecordedInvocation> invocations() {
    ensureRunning();
    return runtime.invocations().snapshot();
  }

  /** How many recorded invocations were dropped because the cap was reached. */
  public long droppedInvocationCount() {
    ensureRunning();
    return runtime.invocations().droppedCount();
  }

  /** Clears the recording (function calls included); APIs, deployments and stages stay. */
  public void clearInvocations() {
    ensureRunning();
    runtime.invocations().clear();
    runtime.lambdaFunctions().clearCalls();
  }

  /**
   * Clears every API, deployment, stage, registered Lambda function and recording (function calls
   * included), the stage traffic counters and any canary forcing.
   */
  public void reset() {
    ensureRunning();
    service.replaceAll(List.of());
    services.huaweiApig.clear();
    services.account.reset();
    services.clientCertificates.clear();
    services.documentation.clear();
    runtime.invocations().clear();
    runtime.lambdaFunctions().restore(List.of());
    runtime.lambdaFunctions().clearCalls();
    pipeline.reset();
  }

  /**
   * Test control of canary routing: force the next requests, or all of them, to the canary or the
   * base deployment of stages with canary settings. Never changes what GetStage reports.
   *
   * @since 0.1.0
   */
  public CanaryControl canary() {
    ensureRunning();
    return new CanaryControl(this, pipeline.canary());
  }

  /**
   * How many requests a stage served and how many of them its canary served, counted since start or
   * the last {@link #reset()}, independently of the recording cap.
   *
   * @since 0.1.0
   */
  public io.github.fakeapigw.recording.StageTraffic stageTraffic(String apiId, String stage) {
    Objects.requireNonNull(apiId, "apiId");
    Objects.requireNonNull(stage, "stage");
    ensureRunning();
    return pipeline.stageTraffic(apiId, stage);
  }

  /**
   * Registers an in-process Lambda function that {@code AWS} and {@code AWS_PROXY} integrations
   * invoke through their uri {@code
   * arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}/invocations}.
   * Registering again under the same name or ARN replaces the function.
   *
   * <p>{@code nameOrArn} is a name ({@code "prices"}), a name with a version or alias ({@code
   * "prices:live"}, {@code "prices:3"}), or a function ARN ({@code
   * "arn:aws:lambda:us-east-1:123456789012:function:prices"}, optionally qualified). A function
   * registered without qualifier serves every version and alias that has no registration of its
   * own; one registered by ARN serves only that ARN's region and account.
   *
   * <pre>{@code
   * gateway.registerFunction("prices", (event, context) -> "{\"statusCode\":200,\"body\":\"42\"}");
   * gateway.registerFunction("orders", LambdaHandlers.of(new OrdersHandler()));
   * }</pre>
   *
   * @return this gateway
   * @throws IllegalArgumentException if {@code nameOrArn} is not a valid function name or ARN
   * @since 0.1.0
   */
  public FakeApiGateway registerFunction(String nameOrArn, LambdaFunction function) {
    Objects.requireNonNull(nameOrArn, "nameOrArn");
    Objects.requireNonNull(function, "function");
    ensureNotClosed();
    runtime.lambdaFunctions().register(FunctionRef.parse(nameOrArn), function);
    return this;
  }

  /**
   * Every recorded Lambda function call, oldest first, asynchronous ({@code Event}) ones included;
   * a synchronous call is also part of its {@link RecordedInvocation#functionCalls()}.
   *
   * @since 0.1.0
   */
  public List<RecordedFunctionCall> functionCalls() {
    ensureRunning();
    return runtime.lambdaFunctions().calls();
  }

  /**
   * The recorded calls of one function (by name, whatever the qualifier), oldest first.
   *
   * @since 0.1.0
   */
  public List<RecordedFunctionCall> functionCalls(String functionName) {
    Objects.requireNonNull(functionName, "functionName");
    return functionCalls().stream().filter(c -> c.functionName().equals(functionName)).toList();
  }

  /** Whether the gateway is running (started and not closed). */
  public boolean isRunning() {
    return lifecycle == Lifecycle.RUNNING;
  }

  /**
   * Stops serving and releases the port, the server's threads, and every executor and client the
   * gateway created. Idempotent and thread-safe.
   */
  @Override
  public void close() {
    synchronized (lock) {
      if (lifecycle == Lifecycle.CLOSED) {
        return;
      }
      lifecycle = Lifecycle.CLOSED;
      closeQuietly();
    }
  }

  private void closeQuietly() {
    if (server != null) {
      server.shutdown();
    }
    // Closing the runtime fails the backend calls still in flight, so their threads can end.
    runtime.close();
    if (server != null) {
      server.close();
    }
  }

  GatewayRuntime runtime() {
    return runtime;
  }

  InvokePipeline pipeline() {
    ensureRunning();
    return pipeline;
  }

  private void ensureNotClosed() {
    if (lifecycle == Lifecycle.CLOSED) {
      throw new IllegalStateException("FakeApiGateway was closed");
    }
  }

  void ensureRunning() {
    Lifecycle l = lifecycle;
    if (l != Lifecycle.RUNNING) {
      throw new IllegalStateException(
          l == Lifecycle.CLOSED
              ? "FakeApiGateway was closed"
              : "FakeApiGateway was not started; call start() first");
    }
  }

  @Override
  public String toString() {
    return "FakeApiGateway{" + lifecycle.name().toLowerCase()
        + (lifecycle == Lifecycle.RUNNING ? ", " + runtime.baseUrl() : "") + "}";
  }
}
