package io.github.fakeapigw.model;

import java.util.Optional;

/** One entry of {@code Stage.methodSettings}. */
public record MethodSetting(
    boolean metricsEnabled,
    Optional<String> loggingLevel,
    boolean dataTraceEnabled,
    int throttlingBurstLimit,
    double throttlingRateLimit,
    boolean cachingEnabled,
    int cacheTtlInSeconds,
    boolean cacheDataEncrypted,
    boolean requireAuthorizationForCacheControl,
    String unauthorizedCacheControlHeaderStrategy) {
  public MethodSetting {
    loggingLevel = loggingLevel == null ? Optional.empty() : loggingLevel;
  }

  /** AWS's defaults for a method setting created by the first patch of its key. */
  public static MethodSetting defaults() {
    return new MethodSetting(
        false, Optional.empty(), false, 5000, 10000.0, false, 300, false, true,
        "SUCCEED_WITH_RESPONSE_HEADER");
  }

  /** A copy with {@code metricsEnabled} replaced. */
  public MethodSetting withMetricsEnabled(boolean metricsEnabled) {
    return new MethodSetting(metricsEnabled, loggingLevel, dataTraceEnabled, throttlingBurstLimit, throttlingRateLimit, cachingEnabled, cacheTtlInSeconds, cacheDataEncrypted, requireAuthorizationForCacheControl, unauthorizedCacheControlHeaderStrategy);
  }

  /** A copy with {@code loggingLevel} replaced. */
  public MethodSetting withLoggingLevel(Optional<String> loggingLevel) {
    return new MethodSetting(metricsEnabled, loggingLevel, dataTraceEnabled, throttlingBurstLimit, throttlingRateLimit, cachingEnabled, cacheTtlInSeconds, cacheDataEncrypted, requireAuthorizationForCacheControl, unauthorizedCacheControlHeaderStrategy);
  }

  /** A copy with {@code dataTraceEnabled} replaced. */
  public MethodSetting withDataTraceEnabled(boolean dataTraceEnabled) {
    return new MethodSetting(metricsEnabled, loggingLevel, dataTraceEnabled, throttlingBurstLimit, throttlingRateLimit, cachingEnabled, cacheTtlInSeconds, cacheDataEncrypted, requireAuthorizationForCacheControl, unauthorizedCacheControlHeaderStrategy);
  }

  /** A copy with {@code throttlingBurstLimit} replaced. */
  public MethodSetting withThrottlingBurstLimit(int throttlingBurstLimit) {
    return new MethodSetting(metricsEnabled, loggingLevel, dataTraceEnabled, throttlingBurstLimit, throttlingRateLimit, cachingEnabled, cacheTtlInSeconds, cacheDataEncrypted, requireAuthorizationForCacheControl, unauthorizedCacheControlHeaderStrategy);
  }

  /** A copy with {@code throttlingRateLimit} replaced. */
  public MethodSetting withThrottlingRateLimit(double throttlingRateLimit) {
    return new MethodSetting(metricsEnabled, loggingLevel, dataTraceEnabled, throttlingBurstLimit, throttlingRateLimit, cachingEnabled, cacheTtlInSeconds, cacheDataEncrypted, requireAuthorizationForCacheControl, unauthorizedCacheControlHeaderStrategy);
  }

  /** A copy with {@code cachingEnabled} replaced. */
  public MethodSetting withCachingEnabled(boolean cachingEnabled) {
    return new MethodSetting(metricsEnabled, loggingLevel, dataTraceEnabled, throttlingBurstLimit, throttlingRateLimit, cachingEnabled, cacheTtlInSeconds, cacheDataEncrypted, requireAuthorizationForCacheControl, unauthorizedCacheControlHeaderStrategy);
  }

  /** A copy with {@code cacheTtlInSeconds} replaced. */
  public MethodSetting withCacheTtlInSeconds(int cacheTtlInSeconds) {
    return new MethodSetting(metricsEnabled, loggingLevel, dataTraceEnabled, throttlingBurstLimit, throttlingRateLimit, cachingEnabled, cacheTtlInSeconds, cacheDataEncrypted, requireAuthorizationForCacheControl, unauthorizedCacheControlHeaderStrategy);
  }

  /** A copy with {@code cacheDataEncrypted} replaced. */
  public MethodSetting withCacheDataEncrypted(boolean cacheDataEncrypted) {
    return new MethodSetting(metricsEnabled, loggingLevel, dataTraceEnabled, throttlingBurstLimit, throttlingRateLimit, cachingEnabled, cacheTtlInSeconds, cacheDataEncrypted, requireAuthorizationForCacheControl, unauthorizedCacheControlHeaderStrategy);
  }

  /** A copy with {@code requireAuthorizationForCacheControl} replaced. */
  public MethodSetting withRequireAuthorizationForCacheControl(boolean requireAuthorizationForCacheControl) {
    return new MethodSetting(metricsEnabled, loggingLevel, dataTraceEnabled, throttlingBurstLimit, throttlingRateLimit, cachingEnabled, cacheTtlInSeconds, cacheDataEncrypted, requireAuthorizationForCacheControl, unauthorizedCacheControlHeaderStrategy);
  }

  /** A copy with {@code unauthorizedCacheControlHeaderStrategy} replaced. */
  public MethodSetting withUnauthorizedCacheControlHeaderStrategy(String unauthorizedCacheControlHeaderStrategy) {
    return new MethodSetting(metricsEnabled, loggingLevel, dataTraceEnabled, throttlingBurstLimit, throttlingRateLimit, cachingEnabled, cacheTtlInSeconds, cacheDataEncrypted, requireAuthorizationForCacheControl, unauthorizedCacheControlHeaderStrategy);
  }
}
