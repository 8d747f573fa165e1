package io.github.fakeapigw.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.recording.CanaryDecision;
import io.github.fakeapigw.recording.MatchedRoute;
import io.github.fakeapigw.recording.RecordedError;
import io.github.fakeapigw.recording.RecordedHttpMessage;
import io.github.fakeapigw.recording.RecordedInvocation;
import io.github.fakeapigw.recording.RecordedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GatewayReportTest {

  static RecordedInvocation invocation(
      long sequence, RecordedInvocation.Kind kind, String path, String apiId, Optional<String> stage,
      Optional<MatchedRoute> route, Optional<String> unmatchedReason, Optional<CanaryDecision> canary,
      int status, Optional<RecordedError> error) {
    return new RecordedInvocation(
        sequence, "req-" + sequence, Instant.EPOCH, kind, apiId, stage, Optional.of("dep1"),
        new RecordedRequest("GET", path, Map.of(), Map.of(), ""), route, unmatchedReason, canary,
        Map.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), List.of(),
        new RecordedHttpMessage(status, Map.of(), ""), Duration.ZERO, error);
  }

  static String golden(String name) throws IOException {
    try (InputStream in = GatewayReportTest.class.getResourceAsStream("/messages/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\n", System.lineSeparator());
    }
  }

  @Test
  void lists_each_invocation_with_its_route_stage_status_error_and_cause_then_the_seed() throws IOException {
    MatchedRoute orderById = new MatchedRoute("r1", "/orders/{id}", "GET", Map.of("id", "42"));
    List<RecordedInvocation> recorded =
        List.of(
            invocation(1, RecordedInvocation.Kind.INVOKE, "/orders/42", "abc123", Optional.of("test"),
                Optional.of(orderById), Optional.empty(),
                Optional.of(new CanaryDecision(true, "dep2", 10.0, 3.5, Optional.empty(), 42L)), 200,
                Optional.empty()),
            invocation(2, RecordedInvocation.Kind.INVOKE, "/orders/42", "abc123", Optional.of("test"),
                Optional.of(orderById), Optional.empty(), Optional.empty(), 500,
                Optional.of(new RecordedError("DEFAULT_5XX", 500, "Internal server error",
                    "No integration response of GET /orders/{id} matches status 200 and it has no default"))),
            invocation(3, RecordedInvocation.Kind.INVOKE, "/order/42", "abc123", Optional.of("test"),
                Optional.empty(), Optional.of("No resource matches path \"/order/42\""), Optional.empty(), 403,
                Optional.of(new RecordedError("MISSING_AUTHENTICATION_TOKEN", 403, "Missing Authentication Token",
                    "No resource matches path \"/order/42\""))),
            invocation(4, RecordedInvocation.Kind.INVOKE, "/orders/42", "abc123", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 403,
                Optional.of(new RecordedError("DEFAULT_4XX", 403, "Forbidden",
                    "REST API abc123 has no stage \"prod\" (stage names are case-sensitive); its stages: [test]"))),
            invocation(5, RecordedInvocation.Kind.INVOKE, "/orders", "zzz999", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 403,
                Optional.of(new RecordedError("DEFAULT_4XX", 403, "Forbidden",
                    "No REST API has id \"zzz999\"; APIs on this gateway: [abc123 (\"orders\")]"))),
            invocation(6, RecordedInvocation.Kind.TEST_INVOKE, "/orders/42", "abc123", Optional.empty(),
                Optional.of(orderById), Optional.empty(), Optional.empty(), 200, Optional.empty()));

    String text =
        GatewayReport.describe(
            recorded, 0,
            i -> i.apiId().equals("abc123") ? Optional.of("orders") : Optional.empty(),
            42L, "@ApiGatewayTest(seed = 42)");

    assertThat(text).isEqualTo(golden("gateway-report.txt"));
  }

  @Test
  void says_when_the_test_recorded_nothing_and_when_older_invocations_were_dropped() {
    assertThat(GatewayReport.describe(List.of(), 3, i -> Optional.empty(), 1L, "@ApiGatewayTest(seed = 1)"))
        .isEqualTo(String.format(
            "The fake API Gateway recorded no invocation during this test.%n"
                + "(3 older invocations were dropped: the recording is full)%n"
                + "Gateway seed: 1 (to replay its canary choices, use @ApiGatewayTest(seed = 1))"));
  }
}
