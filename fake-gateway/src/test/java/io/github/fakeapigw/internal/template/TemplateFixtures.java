package io.github.fakeapigw.internal.template;

import io.github.fakeapigw.internal.context.InvocationContext;
import io.github.fakeapigw.internal.context.MethodRequest;
import io.github.fakeapigw.internal.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds template inputs for tests: a typical request with overridable parts. */
final class TemplateFixtures {
  static final Instant REQUEST_TIME = Instant.parse("2026-11-21T05:12:01.123Z");

  private TemplateFixtures() {}

  static InvocationContext context(Map<String, Object> overrides, Map<String, String> stageVars) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("requestId", "c0ffee00-1111-2222-3333-444455556666");
    v.put("extendedRequestId", "AbCdEfGhIjKlMnO=");
    v.put("accountId", "123456789012");
    v.put("apiId", "a1b2c3d4e5");
    v.put("stage", "dev");
    v.put("deploymentId", "dep123");
    v.put("resourceId", "res456");
    v.put("resourcePath", "/pets/{petId}");
    v.put("httpMethod", "POST");
    v.put("path", "/dev/pets/1");
    v.put("protocol", "HTTP/1.1");
    v.put("domainName", "a1b2c3d4e5.execute-api.us-east-1.amazonaws.com");
    v.put("domainPrefix", "a1b2c3d4e5");
    v.put("sourceIp", "127.0.0.1");
    v.put("userAgent", "test-agent/1.0");
    v.put("requestTime", REQUEST_TIME.toString());
    v.put("isCanaryRequest", null);
    if (overrides != null) {
      v.putAll(overrides);
    }
    return new InvocationContext(
        (String) v.get("requestId"),
        (String) v.get("extendedRequestId"),
        (String) v.get("accountId"),
        (String) v.get("apiId"),
        (String) v.get("stage"),
        (String) v.get("deploymentId"),
        (String) v.get("resourceId"),
        (String) v.get("resourcePath"),
        (String) v.get("httpMethod"),
        (String) v.get("path"),
        (String) v.get("protocol"),
        (String) v.get("domainName"),
        (String) v.get("domainPrefix"),
        (String) v.get("sourceIp"),
        Optional.ofNullable((String) v.get("userAgent")),
        Instant.parse(String.valueOf(v.get("requestTime"))),
        Optional.ofNullable((Boolean) v.get("isCanaryRequest")),
        stageVars == null ? Map.of() : stageVars,
        false);
  }

  static MethodRequest request(
      String body,
      Map<String, String> path,
      Map<String, List<String>> query,
      List<Map.Entry<String, String>> headers) {
    HttpHeaders.Builder h = HttpHeaders.builder();
    headers.forEach(e -> h.add(e.getKey(), e.getValue()));
    return new MethodRequest(
        "POST",
        "/pets/1",
        path,
        query,
        h.build(),
        body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
  }

  static TemplateInput input(String body) {
    MethodRequest request = request(body, Map.of(), Map.of(), List.of());
    return new TemplateInput(
        body == null ? "" : body, request, context(null, null), Overrides.NONE, false);
  }
}
