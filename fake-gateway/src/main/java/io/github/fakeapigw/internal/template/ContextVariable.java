package io.github.fakeapigw.internal.template;

import io.github.fakeapigw.internal.invoke.InvocationContext;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Builds {@code $context} and {@code $stageVariables} for one rendering. */
final class ContextVariable {
  /** Common Log Format time, always in English and UTC: {@code 21/Nov/2026:05:12:01 +0000}. */
  static final DateTimeFormatter REQUEST_TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private ContextVariable() {}

  static Map<String, Object> of(InvocationContext c, OverrideVariables overrides) {
    Map<String, Object> m = new LinkedHashMap<>(48);
    m.put("accountId", c.accountId());
    m.put("apiId", c.apiId());
    m.put("authorizer", new LinkedHashMap<String, Object>());
    m.put("awsEndpointRequestId", null);
    m.put("deploymentId", c.deploymentId());
    m.put("domainName", c.domainName());
    m.put("domainPrefix", c.domainPrefix());
    m.put("extendedRequestId", c.extendedRequestId());
    m.put("httpMethod", c.httpMethod());
    m.put("identity", identity(c));
    c.isCanaryRequest().ifPresent(canary -> m.put("isCanaryRequest", canary));
    m.put("path", c.path());
    m.put("protocol", c.protocol());
    m.put("requestId", c.requestId());
    m.put("requestTime", REQUEST_TIME.format(c.requestTime()));
    m.put("requestTimeEpoch", c.requestTime().toEpochMilli());
    m.put("resourceId", c.resourceId());
    m.put("resourcePath", c.resourcePath());
    m.put("stage", c.stage());
    m.put("wafResponseCode", null);
    m.put("webaclArn", null);
    m.put("requestOverride", overrides.request);
    m.put("responseOverride", overrides.response);
    return m;
  }

  private static Map<String, Object> identity(InvocationContext c) {
    Map<String, Object> id = new LinkedHashMap<>(32);
    id.put("accessKey", null);
    id.put("accountId", null);
    id.put("apiKey", null);
    id.put("apiKeyId", null);
    id.put("caller", null);
    id.put("clientCert", null);
    id.put("cognitoAuthenticationProvider", null);
    id.put("cognitoAuthenticationType", null);
    id.put("cognitoIdentityId", null);
    id.put("cognitoIdentityPoolId", null);
    id.put("principalOrgId", null);
    id.put("sourceIp", c.sourceIp());
    id.put("user", null);
    id.put("userAgent", c.userAgent().orElse(null));
    id.put("userArn", null);
    id.put("vpcId", null);
    id.put("vpceId", null);
    return id;
  }

  /** Stage variables sorted by name (the stage's own order is not kept). */
  static Map<String, String> stageVariables(InvocationContext c) {
    return new LinkedHashMap<>(new TreeMap<>(c.stageVariables()));
  }
}
