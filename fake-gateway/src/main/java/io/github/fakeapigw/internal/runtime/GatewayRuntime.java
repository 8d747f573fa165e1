package io.github.fakeapigw.internal.runtime;

import io.github.fakeapigw.FakeApiGatewayOptions;
import io.github.fakeapigw.internal.integration.lambda.LambdaFunctions;
import io.github.fakeapigw.internal.integration.lambda.LambdaIntegration;
import io.github.fakeapigw.internal.state.GatewayState;
import io.github.fakeapigw.internal.state.IdGenerator;
import io.github.fakeapigw.model.Deployment;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The services one gateway shares between its management dialects and its invoke pipeline. Never
 * static: every gateway has its own.
 */
public final class GatewayRuntime implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(GatewayRuntime.class);

  private final FakeApiGatewayOptions options;
  private final long seed;
  private final GatewayState state = new GatewayState();
  private final IdGenerator ids;
  private final InvocationLog invocations;
  private final Clock clock = Clock.systemUTC();
  private final Backends backends = new Backends();
  private final String threadNamePrefix;
  private final Deque<AutoCloseable> closeables = new ArrayDeque<>();
  private volatile int port;
  private LambdaFunctions lambdaFunctions;

  public GatewayRuntime(FakeApiGatewayOptions options, String threadNamePrefix) {
    this.options = options;
    this.seed = options.seed().orElseGet(() -> new Random().nextLong());
    this.ids = new IdGenerator(new Random(seed ^ 0x5DEECE66DL));
    this.invocations =
        new InvocationLog(options.maxRecordedInvocations(), options.maxRecordedBytes());
    this.threadNamePrefix = threadNamePrefix;
  }

  /** The region named in Huawei API groups' debug domains. */
  private static final String HUAWEI_REGION = "cn-north-4";

  /** The region named in Huawei debug domains and function URNs. */
  public String huaweiRegion() {
    return HUAWEI_REGION;
  }

  public FakeApiGatewayOptions options() {
    return options;
  }

  /** The seed of this gateway's random sources (given in the options or drawn at start). */
  public long seed() {
    return seed;
  }

  public GatewayState state() {
    return state;
  }

  public IdGenerator ids() {
    return ids;
  }

  public InvocationLog invocations() {
    return invocations;
  }

  public Backends backends() {
    return backends;
  }

  public Clock clock() {
    return clock;
  }

  public String region() {
    return options.region();
  }

  public String accountId() {
    return options.accountId();
  }

  /** Thread names start with this ({@code fake-apigw-<n>-}). */
  public String threadNamePrefix() {
    return threadNamePrefix;
  }

  public int port() {
    return port;
  }

  public void port(int port) {
    this.port = port;
  }

  /** The base URL of the gateway's port: {@code http://127.0.0.1:<port>}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /**
   * The gateway's Lambda functions, registrations and executor (created on first use and closed
   * with the gateway).
   */
  public synchronized LambdaFunctions lambdaFunctions() {
    if (lambdaFunctions == null) {
      lambdaFunctions =
          closeOnStop(new LambdaFunctions(threadNamePrefix, options.maxRecordedInvocations()));
    }
    return lambdaFunctions;
  }

  /** Registers something to close when the gateway closes (closed in reverse order). */
  public synchronized <T extends AutoCloseable> T closeOnStop(T closeable) {
    closeables.push(closeable);
    return closeable;
  }

  @Override
  public void close() {
    AutoCloseable c;
    while ((c = pop()) != null) {
      try {
        c.close();
      } catch (Exception e) {
        LOG.warn("Closing {} failed", c, e);
      }
    }
  }

  private synchronized AutoCloseable pop() {
    return closeables.poll();
  }

  /**
   * The Lambda integration of this gateway, over its registered functions; the binary media types
   * of a request come from the deployment that serves it (the current definition for
   * TestInvokeMethod).
   */
  public LambdaIntegration lambdaIntegration() {
    return new LambdaIntegration(
        lambdaFunctions(), clock(), region(), accountId(),
        context -> state().api(context.apiId())
            .map(api -> api.deployment(context.deploymentId())
                .map(Deployment::snapshot)
                .orElse(api.definition())
                .restApi()
                .binaryMediaTypes())
            .orElse(List.of()));
  }
}
