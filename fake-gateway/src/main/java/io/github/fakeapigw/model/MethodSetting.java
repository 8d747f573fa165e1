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
}
