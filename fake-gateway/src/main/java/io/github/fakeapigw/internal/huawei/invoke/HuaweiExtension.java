package io.github.fakeapigw.internal.huawei.invoke;

import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.invoke.ApiExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The side structure of one compiled Huawei group in one environment: per engine method, its
 * {@link HuaweiMethodRules}; on every answer {@code X-Request-Id}, and with {@code X-Apig-Mode:
 * debug} the latency headers.
 */
final class HuaweiExtension implements ApiExtension {
  private final Map<String, MethodRules> methods;

  HuaweiExtension(Map<String, MethodRules> methods) {
    this.methods = Map.copyOf(methods);
  }

  static String key(String resourceId, String methodKey) {
    return resourceId + " " + methodKey;
  }

  @Override
  public Optional<MethodRules> method(String resourceId, String methodKey) {
    return Optional.ofNullable(methods.get(key(resourceId, methodKey)));
  }

  @Override
  public void addResponseHeaders(
      HttpHeaders.Builder headers, String requestId, Map<String, List<String>> requestHeaders,
      Duration latency, Optional<Duration> upstream) {
    headers.set("X-Request-Id", requestId);
    boolean debug = requestHeaders.entrySet().stream()
        .anyMatch(e -> e.getKey().equalsIgnoreCase("X-Apig-Mode")
            && e.getValue().stream().anyMatch(v -> v.trim().equalsIgnoreCase("debug")));
    if (debug) {
      headers.set("X-Apig-Latency", Long.toString(latency.toMillis()));
      upstream.ifPresent(u -> headers.set("X-Apig-Upstream-Latency",
          Long.toString(u.toMillis())));
    }
  }
}
