package io.github.fakeapigw;

import io.github.fakeapigw.internal.invoke.InvokePipeline;
import io.github.fakeapigw.internal.management.aws.AwsManagementApi;
import io.github.fakeapigw.internal.management.huawei.HuaweiManagementApi;
import io.github.fakeapigw.internal.runtime.GatewayRuntime;
import io.github.fakeapigw.internal.server.ControlEndpoints;
import io.github.fakeapigw.internal.server.GatewayRouter;
import io.github.fakeapigw.internal.server.GatewayServer;
import io.github.fakeapigw.internal.state.ApiState;
import io.github.fakeapigw.recording.RecordedInvocation;
import java.net.URI;
import java.util.List;
import java.util.Objects;
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
  private final Object lock = new Object();
  private volatile Lifecycle lifecycle = Lifecycle.NEW;
  private GatewayServer server;
  private volatile InvokePipeline pipeline;

  /** Creates a gateway that is not yet listening; call {@link #start()}. */
  public FakeApiGateway(FakeApiGatewayOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.runtime =
        new GatewayRuntime(options, "fake-apigw-" + INSTANCES.incrementAndGet() + "-");
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
        GatewayRouter router =
            new GatewayRouter(
                pipeline,
                new AwsManagementApi(runtime, pipeline),
                new HuaweiManagementApi(runtime),
                new ControlEndpoints(this::reset));
        server = new GatewayServer(options.port(), router, runtime.threadNamePrefix());
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

  /** Clears the recording; APIs, deployments and stages stay. */
  public void clearInvocations() {
    ensureRunning();
    runtime.invocations().clear();
  }

  /**
   * Clears every API, deployment, stage and recording, the stage traffic counters and any canary
   * forcing.
   */
  public void reset() {
    ensureRunning();
    runtime.state().clear();
    runtime.invocations().clear();
    pipeline.reset();
  }

  /**
   * Test control of canary routing: force the next requests, or all of them, to the canary or the
   * base deployment of stages with canary settings. Never changes what GetStage reports.
   */
  public CanaryControl canary() {
    ensureRunning();
    return new CanaryControl(this, pipeline.canary());
  }

  /**
   * How many requests a stage served and how many of them its canary served, counted since start or
   * the last {@link #reset()}, independently of the recording cap.
   */
  public io.github.fakeapigw.recording.StageTraffic stageTraffic(String apiId, String stage) {
    Objects.requireNonNull(apiId, "apiId");
    Objects.requireNonNull(stage, "stage");
    ensureRunning();
    return pipeline.stageTraffic(apiId, stage);
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
      server.close();
    }
    runtime.close();
  }

  GatewayRuntime runtime() {
    return runtime;
  }

  InvokePipeline pipeline() {
    ensureRunning();
    return pipeline;
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
