package io.github.fakeapigw.internal.integration.lambda;

import io.github.fakeapigw.internal.context.InvocationContext;
import io.github.fakeapigw.internal.context.MethodRequest;
import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.model.Integration;
import io.github.fakeapigw.model.IntegrationType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Requests, contexts and integrations for the Lambda integration's unit tests. */
final class Fixtures {
  static final Instant REQUEST_TIME = Instant.parse("2025-11-21T04:03:02Z");

  private Fixtures() {}

  static InvocationContext context(Map<String, String> stageVariables) {
    return new InvocationContext(
        "c0ffee00-0000-4000-8000-000000000001",
        "Ab1CdEfGhIjKlMn=",
        "123456789012",
        "abc123defg",
        "dev",
        "d1x2y3",
        "r1s2t3",
        "/{proxy+}",
        "GET",
        "/dev/orders/7",
        "HTTP/1.1",
        "abc123defg.execute-api.us-east-1.amazonaws.com",
        "abc123defg",
        "203.0.113.5",
        Optional.of("curl/8"),
        REQUEST_TIME,
        Optional.empty(),
        stageVariables,
        false);
  }

  static MethodRequest get(String rawPath, HttpHeaders headers) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    query.put("a", List.of("1", "2"));
    return new MethodRequest(
        "GET", rawPath, Map.of("proxy", "orders/7"), query, headers, new byte[0]);
  }

  static MethodRequest post(String body, String contentType) {
    return new MethodRequest(
        "POST",
        "/orders",
        Map.of(),
        Map.of(),
        HttpHeaders.builder().add("Content-Type", contentType).build(),
        body.getBytes(StandardCharsets.UTF_8));
  }

  static Integration lambda(IntegrationType type, String functionArn, int timeoutMillis) {
    return integration(
        type,
        "POST",
        "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
            + functionArn
            + "/invocations",
        timeoutMillis);
  }

  static Integration integration(IntegrationType type, String method, String uri, int timeout) {
    return new Integration(
        type,
        Optional.of(method),
        Optional.of(uri),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Map.of(),
        Map.of(),
        Optional.empty(),
        Optional.empty(),
        timeout,
        Optional.empty(),
        List.of(),
        Map.of(),
        Optional.empty());
  }
}
