package io.github.fakeapigw.internal.context;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The values behind {@code $context.*} (templates) and {@code context.*} (parameter mappings), and
 * the {@code requestContext} of Lambda proxy events, for one request.
 *
 * @param path the request path including the stage ({@code /dev/pets/1})
 * @param isCanaryRequest present only on stages with canary settings
 * @param testInvoke whether the request came from TestInvokeMethod
 */
public record InvocationContext(
    String requestId,
    String extendedRequestId,
    String accountId,
    String apiId,
    String stage,
    String deploymentId,
    String resourceId,
    String resourcePath,
    String httpMethod,
    String path,
    String protocol,
    String domainName,
    String domainPrefix,
    String sourceIp,
    Optional<String> userAgent,
    Instant requestTime,
    Optional<Boolean> isCanaryRequest,
    Map<String, String> stageVariables,
    boolean testInvoke) {
  public InvocationContext {
    userAgent = userAgent == null ? Optional.empty() : userAgent;
    isCanaryRequest = isCanaryRequest == null ? Optional.empty() : isCanaryRequest;
    stageVariables = stageVariables == null ? Map.of() : Map.copyOf(stageVariables);
  }
}
