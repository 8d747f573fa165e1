package io.github.fakeapigw.internal.mapping;

import io.github.fakeapigw.internal.context.InvocationContext;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code context.*} sources of parameter mappings (and {@code $context.*} of gateway response
 * templates), read from an {@link InvocationContext}.
 *
 * @see <a
 *     href="https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html">
 *     Variables for data transformations</a>
 */
public final class ContextValues {
  /** {@code $context.requestTime}: CLF format, {@code 21/Nov/2025:04:03:02 +0000}. */
  public static final DateTimeFormatter REQUEST_TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private ContextValues() {}

  /**
   * The value of {@code context.<name>} ({@code name} without the {@code context.} prefix), empty
   * when the variable is unknown or has no value for this request.
   */
  public static Optional<String> lookup(InvocationContext c, String name) {
    return Optional.ofNullable(
        switch (name) {
          case "requestId" -> c.requestId();
          case "extendedRequestId" -> c.extendedRequestId();
          case "accountId" -> c.accountId();
          case "apiId" -> c.apiId();
          case "stage" -> c.stage();
          case "deploymentId" -> c.deploymentId();
          case "resourceId" -> c.resourceId();
          case "resourcePath" -> c.resourcePath();
          case "httpMethod" -> c.httpMethod();
          case "path" -> c.path();
          case "protocol" -> c.protocol();
          case "domainName" -> c.domainName();
          case "domainPrefix" -> c.domainPrefix();
          case "identity.sourceIp" -> c.sourceIp();
          case "identity.userAgent" -> c.userAgent().orElse(null);
          case "requestTime" -> REQUEST_TIME.format(c.requestTime());
          case "requestTimeEpoch" -> Long.toString(c.requestTime().toEpochMilli());
          case "isCanaryRequest" -> c.isCanaryRequest().map(String::valueOf).orElse(null);
          default -> null;
        });
  }
}
