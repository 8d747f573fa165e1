package io.github.fakeapigw.internal.template;

import io.github.fakeapigw.internal.context.InvocationContext;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code $context} of one rendering: a map whose values are computed when first read (a template
 * usually reads a handful of the ~25 variables). Like any Java map in a template it accepts {@code
 * #set($context.name = ..)}; such values shadow the built-in ones for the rest of the rendering.
 */
public final class ContextVariable extends AbstractMap<String, Object> {
  /** Common Log Format time, always in English and UTC: {@code 21/Nov/2026:05:12:01 +0000}. */
  static final DateTimeFormatter REQUEST_TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  /** Every variable, in the order of the AWS reference (isCanaryRequest only when present). */
  private static final List<String> NAMES =
      List.of(
          "accountId",
          "apiId",
          "authorizer",
          "awsEndpointRequestId",
          "deploymentId",
          "domainName",
          "domainPrefix",
          "extendedRequestId",
          "httpMethod",
          "identity",
          "isCanaryRequest",
          "path",
          "protocol",
          "requestId",
          "requestTime",
          "requestTimeEpoch",
          "resourceId",
          "resourcePath",
          "stage",
          "wafResponseCode",
          "webaclArn",
          "requestOverride",
          "responseOverride");

  private final InvocationContext c;
  private final OverrideVariables overrides;
  private Map<String, Object> identity;
  private Map<String, Object> authorizer;
  private Map<String, Object> all;
  private Map<String, Object> assigned;

  ContextVariable(InvocationContext c, OverrideVariables overrides) {
    this.c = c;
    this.overrides = overrides;
  }

  @Override
  public Object get(Object key) {
    if (!(key instanceof String name)) {
      return null;
    }
    if (assigned != null && assigned.containsKey(name)) {
      return assigned.get(name);
    }
    return switch (name) {
      case "accountId" -> c.accountId();
      case "apiId" -> c.apiId();
      case "authorizer" -> authorizer();
      case "deploymentId" -> c.deploymentId();
      case "domainName" -> c.domainName();
      case "domainPrefix" -> c.domainPrefix();
      case "extendedRequestId" -> c.extendedRequestId();
      case "httpMethod" -> c.httpMethod();
      case "identity" -> identity();
      case "isCanaryRequest" -> c.isCanaryRequest().orElse(null);
      case "path" -> c.path();
      case "protocol" -> c.protocol();
      case "requestId" -> c.requestId();
      case "requestTime" -> REQUEST_TIME.format(c.requestTime());
      case "requestTimeEpoch" -> c.requestTime().toEpochMilli();
      case "resourceId" -> c.resourceId();
      case "resourcePath" -> c.resourcePath();
      case "stage" -> c.stage();
      case "requestOverride" -> overrides.request;
      case "responseOverride" -> overrides.response;
      default -> null; // awsEndpointRequestId, wafResponseCode, webaclArn, error, unknown names
    };
  }

  @Override
  public Object put(String key, Object value) {
    if (assigned == null) {
      assigned = new LinkedHashMap<>();
    }
    Object previous = get(key);
    assigned.put(key, value);
    all = null;
    return previous;
  }

  @Override
  public boolean containsKey(Object key) {
    return (assigned != null && assigned.containsKey(key))
        || NAMES.contains(key)
            && (!"isCanaryRequest".equals(key) || c.isCanaryRequest().isPresent());
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    if (all == null) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (String name : NAMES) {
        if (containsKey(name)) {
          m.put(name, get(name));
        }
      }
      if (assigned != null) {
        m.putAll(assigned);
      }
      all = m;
    }
    return all.entrySet();
  }

  private Map<String, Object> authorizer() {
    if (authorizer == null) {
      authorizer = new LinkedHashMap<>();
    }
    return authorizer;
  }

  private Map<String, Object> identity() {
    if (identity == null) {
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
      identity = id;
    }
    return identity;
  }

  /** {@code $stageVariables}: sorted by name (the stage's own order is not kept). */
  static Map<String, String> stageVariables(InvocationContext c) {
    return c.stageVariables().isEmpty()
        ? new LinkedHashMap<>()
        : new LinkedHashMap<>(new TreeMap<>(c.stageVariables()));
  }
}
