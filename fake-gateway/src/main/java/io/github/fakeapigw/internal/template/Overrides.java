package io.github.fakeapigw.internal.template;

import java.util.Map;
import java.util.Optional;

/**
 * What a template set through {@code $context.requestOverride.*} and {@code
 * $context.responseOverride.*}.
 */
public record Overrides(
    Map<String, String> requestHeaders,
    Map<String, String> requestQueryStrings,
    Map<String, String> requestPaths,
    Optional<Integer> responseStatus,
    Map<String, String> responseHeaders) {
  public static final Overrides NONE =
      new Overrides(Map.of(), Map.of(), Map.of(), Optional.empty(), Map.of());

  public Overrides {
    requestHeaders = Map.copyOf(requestHeaders);
    requestQueryStrings = Map.copyOf(requestQueryStrings);
    requestPaths = Map.copyOf(requestPaths);
    responseStatus = responseStatus == null ? Optional.empty() : responseStatus;
    responseHeaders = Map.copyOf(responseHeaders);
  }
}
