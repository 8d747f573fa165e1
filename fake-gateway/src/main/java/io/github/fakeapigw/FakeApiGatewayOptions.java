package io.github.fakeapigw;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * Immutable settings of a {@link FakeApiGateway}. Every {@code with*} call returns a new instance.
 *
 * <pre>{@code
 * FakeApiGatewayOptions options = FakeApiGatewayOptions.defaults().withSeed(42).withRegion("eu-west-1");
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class FakeApiGatewayOptions {
  /** Default cap on recorded invocations. */
  public static final int DEFAULT_MAX_RECORDED_INVOCATIONS = 10_000;

  /**
   * Default cap on the bytes the recording holds (64 MiB, bodies and headers counted as their
   * characters).
   *
   * @since 0.1.0
   */
  public static final long DEFAULT_MAX_RECORDED_BYTES = 64L * 1024 * 1024;

  /**
   * Default number of client connections served at once.
   *
   * @since 0.1.0
   */
  public static final int DEFAULT_MAX_CONNECTIONS = 256;

  /**
   * Default read timeout: how long a request line with its headers, or a request body, may take to
   * arrive.
   *
   * @since 0.1.0
   */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

  private static final FakeApiGatewayOptions DEFAULTS =
      new FakeApiGatewayOptions(0, OptionalLong.empty(), "us-east-1", "123456789012",
          DEFAULT_MAX_RECORDED_INVOCATIONS, DEFAULT_MAX_RECORDED_BYTES, DEFAULT_MAX_CONNECTIONS,
          DEFAULT_READ_TIMEOUT);

  private final int port;
  private final OptionalLong seed;
  private final String region;
  private final String accountId;
  private final int maxRecordedInvocations;
  private final long maxRecordedBytes;
  private final int maxConnections;
  private final Duration readTimeout;

  private FakeApiGatewayOptions(
      int port, OptionalLong seed, String region, String accountId, int maxRecordedInvocations,
      long maxRecordedBytes, int maxConnections, Duration readTimeout) {
    this.port = port;
    this.seed = seed;
    this.region = region;
    this.accountId = accountId;
    this.maxRecordedInvocations = maxRecordedInvocations;
    this.maxRecordedBytes = maxRecordedBytes;
    this.maxConnections = maxConnections;
    this.readTimeout = readTimeout;
  }

  /** Ephemeral port, random seed, region {@code us-east-1}, account {@code 123456789012}. */
  public static FakeApiGatewayOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Listens on a fixed port instead of an ephemeral one (0, the default). Meant for the standalone
   * runner; tests should keep the default.
   */
  public FakeApiGatewayOptions withPort(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535; offending: " + port);
    }
    return new FakeApiGatewayOptions(port, seed, region, accountId, maxRecordedInvocations,
        maxRecordedBytes, maxConnections, readTimeout);
  }

  /**
   * Seeds the random source of canary traffic splits and generated ids, so that the same seed and
   * the same request sequence give the same choices.
   */
  public FakeApiGatewayOptions withSeed(long seed) {
    return new FakeApiGatewayOptions(port, OptionalLong.of(seed), region, accountId,
        maxRecordedInvocations, maxRecordedBytes, maxConnections, readTimeout);
  }

  /** The region used in ARNs, host names and {@code $context}. */
  public FakeApiGatewayOptions withRegion(String region) {
    Objects.requireNonNull(region, "region");
    if (!region.matches("[a-z]{2}(-[a-z]+)+-\\d")) {
      throw new IllegalArgumentException(
          "region must look like an AWS region such as us-east-1; offending: \"" + region + "\"");
    }
    return new FakeApiGatewayOptions(port, seed, region, accountId, maxRecordedInvocations,
        maxRecordedBytes, maxConnections, readTimeout);
  }

  /** The 12-digit account id reported as {@code $context.accountId} and used in messages. */
  public FakeApiGatewayOptions withAccountId(String accountId) {
    Objects.requireNonNull(accountId, "accountId");
    if (!accountId.matches("\\d{12}")) {
      throw new IllegalArgumentException(
          "accountId must be 12 digits; offending: \"" + accountId + "\"");
    }
    return new FakeApiGatewayOptions(port, seed, region, accountId, maxRecordedInvocations,
        maxRecordedBytes, maxConnections, readTimeout);
  }

  /**
   * Caps the recording; when full the oldest invocation is dropped and counted (see {@link
   * FakeApiGateway#droppedInvocationCount()}).
   */
  public FakeApiGatewayOptions withMaxRecordedInvocations(int max) {
    if (max < 1) {
      throw new IllegalArgumentException(
          "maxRecordedInvocations must be at least 1; offending: " + max);
    }
    return new FakeApiGatewayOptions(port, seed, region, accountId, max, maxRecordedBytes,
        maxConnections, readTimeout);
  }

  /**
   * Caps the bytes the recording holds (default {@link #DEFAULT_MAX_RECORDED_BYTES}); past it the
   * oldest invocations are dropped and counted, as for {@link #withMaxRecordedInvocations(int)}.
   * Each recorded body keeps its first {@link
   * io.github.fakeapigw.recording.RecordedRequest#MAX_RECORDED_BODY_CHARS} characters and its
   * whole length, never more.
   *
   * @since 0.1.0
   */
  public FakeApiGatewayOptions withMaxRecordedBytes(long max) {
    if (max < 1024) {
      throw new IllegalArgumentException(
          "maxRecordedBytes must be at least 1024; offending: " + max);
    }
    return new FakeApiGatewayOptions(port, seed, region, accountId, maxRecordedInvocations, max,
        maxConnections, readTimeout);
  }

  /**
   * Caps the client connections served at once, one thread each (default {@link
   * #DEFAULT_MAX_CONNECTIONS}). A connection beyond the cap is answered 503 {@code
   * ServiceUnavailableException} and closed; the gateway goes on accepting.
   *
   * @since 0.1.0
   */
  public FakeApiGatewayOptions withMaxConnections(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("maxConnections must be at least 1; offending: " + max);
    }
    return new FakeApiGatewayOptions(port, seed, region, accountId, maxRecordedInvocations,
        maxRecordedBytes, max, readTimeout);
  }

  /**
   * How long a client may take to send a request line with its headers (counted from the end of
   * its previous request, so it is also the keep-alive idle timeout), and separately its body
   * (default {@link #DEFAULT_READ_TIMEOUT}). A connection past either is closed.
   *
   * @since 0.1.0
   */
  public FakeApiGatewayOptions withReadTimeout(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("readTimeout must be positive; offending: " + timeout);
    }
    return new FakeApiGatewayOptions(port, seed, region, accountId, maxRecordedInvocations,
        maxRecordedBytes, maxConnections, timeout);
  }

  public int port() {
    return port;
  }

  /** The canary seed, if one was set; otherwise a random seed is drawn at start. */
  public OptionalLong seed() {
    return seed;
  }

  public String region() {
    return region;
  }

  public String accountId() {
    return accountId;
  }

  public int maxRecordedInvocations() {
    return maxRecordedInvocations;
  }

  /**
   * The cap on the bytes the recording holds.
   *
   * @since 0.1.0
   */
  public long maxRecordedBytes() {
    return maxRecordedBytes;
  }

  /**
   * The cap on client connections served at once.
   *
   * @since 0.1.0
   */
  public int maxConnections() {
    return maxConnections;
  }

  /**
   * The deadline for a request's head, and separately for its body.
   *
   * @since 0.1.0
   */
  public Duration readTimeout() {
    return readTimeout;
  }

  @Override
  public String toString() {
    return "FakeApiGatewayOptions{port=" + port + ", seed=" + seed + ", region=" + region
        + ", accountId=" + accountId + ", maxRecordedInvocations=" + maxRecordedInvocations
        + ", maxRecordedBytes=" + maxRecordedBytes + ", maxConnections=" + maxConnections
        + ", readTimeout=" + readTimeout + "}";
  }
}
