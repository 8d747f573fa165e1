package io.github.fakeapigw;

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

  private static final FakeApiGatewayOptions DEFAULTS =
      new FakeApiGatewayOptions(0, OptionalLong.empty(), "us-east-1", "123456789012",
          DEFAULT_MAX_RECORDED_INVOCATIONS);

  private final int port;
  private final OptionalLong seed;
  private final String region;
  private final String accountId;
  private final int maxRecordedInvocations;

  private FakeApiGatewayOptions(
      int port, OptionalLong seed, String region, String accountId, int maxRecordedInvocations) {
    this.port = port;
    this.seed = seed;
    this.region = region;
    this.accountId = accountId;
    this.maxRecordedInvocations = maxRecordedInvocations;
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
    return new FakeApiGatewayOptions(port, seed, region, accountId, maxRecordedInvocations);
  }

  /**
   * Seeds the random source of canary traffic splits and generated ids, so that the same seed and
   * the same request sequence give the same choices.
   */
  public FakeApiGatewayOptions withSeed(long seed) {
    return new FakeApiGatewayOptions(
        port, OptionalLong.of(seed), region, accountId, maxRecordedInvocations);
  }

  /** The region used in ARNs, host names and {@code $context}. */
  public FakeApiGatewayOptions withRegion(String region) {
    Objects.requireNonNull(region, "region");
    if (!region.matches("[a-z]{2}(-[a-z]+)+-\\d")) {
      throw new IllegalArgumentException(
          "region must look like an AWS region such as us-east-1; offending: \"" + region + "\"");
    }
    return new FakeApiGatewayOptions(port, seed, region, accountId, maxRecordedInvocations);
  }

  /** The 12-digit account id reported as {@code $context.accountId} and used in messages. */
  public FakeApiGatewayOptions withAccountId(String accountId) {
    Objects.requireNonNull(accountId, "accountId");
    if (!accountId.matches("\\d{12}")) {
      throw new IllegalArgumentException(
          "accountId must be 12 digits; offending: \"" + accountId + "\"");
    }
    return new FakeApiGatewayOptions(port, seed, region, accountId, maxRecordedInvocations);
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
    return new FakeApiGatewayOptions(port, seed, region, accountId, max);
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

  @Override
  public String toString() {
    return "FakeApiGatewayOptions{port=" + port + ", seed=" + seed + ", region=" + region
        + ", accountId=" + accountId + ", maxRecordedInvocations=" + maxRecordedInvocations + "}";
  }
}
