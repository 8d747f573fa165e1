package io.github.fakeapigw.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.junit.UnmatchedRequests.ApiView;
import io.github.fakeapigw.junit.UnmatchedRequests.Route;
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

class UnmatchedRequestsTest {
  private static final List<Route> ORDERS_ROUTES =
      List.of(
          new Route("GET", "/orders"),
          new Route("POST", "/orders"),
          new Route("GET", "/orders/{id}"),
          new Route("DELETE", "/orders/{id}"),
          new Route("GET", "/health"));

  private static RecordedInvocation invocation(
      long sequence, String verb, String path, String apiId, boolean matched, int status) {
    return new RecordedInvocation(
        sequence, "req-" + sequence, Instant.EPOCH, RecordedInvocation.Kind.INVOKE, apiId,
        Optional.of("test"), Optional.of("dep1"),
        new RecordedRequest(verb, path, Map.of(), Map.of(), ""),
        matched ? Optional.of(new MatchedRoute("r1", "/orders", verb, Map.of())) : Optional.empty(),
        matched ? Optional.empty() : Optional.of("No resource matches path \"" + path + "\""),
        Optional.empty(), Map.of(), List.of(), List.of(), Optional.empty(), Optional.empty(),
        List.of(), new RecordedHttpMessage(status, Map.of(), ""), Duration.ZERO, Optional.empty());
  }

  /** A request for stage "prod" of an API that has only "test": no stage, the cause in the error. */
  private static RecordedInvocation noStage(long sequence, String verb, String path, String apiId) {
    return new RecordedInvocation(
        sequence, "req-" + sequence, Instant.EPOCH, RecordedInvocation.Kind.INVOKE, apiId,
        Optional.empty(), Optional.empty(), new RecordedRequest(verb, path, Map.of(), Map.of(), ""),
        Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), List.of(), List.of(),
        Optional.empty(), Optional.empty(), List.of(), new RecordedHttpMessage(403, Map.of(), ""),
        Duration.ZERO,
        Optional.of(new RecordedError("DEFAULT_4XX", 403, "Forbidden",
            "REST API " + apiId + " has no stage \"prod\" (stage names are case-sensitive); its stages: [test]")));
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = UnmatchedRequestsTest.class.getResourceAsStream("/messages/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\n", System.lineSeparator());
    }
  }

  @Test
  void describes_unmatched_requests_with_the_three_closest_resources_of_their_api() throws IOException {
    List<RecordedInvocation> recorded =
        List.of(
            invocation(1, "GET", "/orders", "abc123", true, 200),
            invocation(2, "GET", "/order/42", "abc123", false, 403),
            invocation(3, "PUT", "/healthz", "zzz999", false, 403),
            noStage(4, "GET", "/orders/42", "abc123"));

    Optional<String> text =
        UnmatchedRequests.describe(
            recorded,
            i -> i.apiId().equals("abc123") ? Optional.of(new ApiView("orders", ORDERS_ROUTES)) : Optional.empty(),
            42L,
            "To allow unmatched requests, use @ApiGatewayTest(failOnUnmatchedRequests = false), or"
                + " @AllowUnmatchedRequests on the test method.");

    assertThat(text).hasValue(golden("unmatched-requests.txt"));
  }

  @Test
  void says_nothing_when_every_request_matched() {
    assertThat(UnmatchedRequests.describe(
            List.of(invocation(1, "GET", "/orders", "abc123", true, 200)),
            i -> Optional.empty(), 1L, ""))
        .isEmpty();
  }

  @Test
  void ranks_template_matches_and_same_verbs_first() {
    assertThat(UnmatchedRequests.closest("DELETE", "/orders/42/x", ORDERS_ROUTES))
        .containsExactly(
            new Route("DELETE", "/orders/{id}"), new Route("GET", "/orders/{id}"), new Route("GET", "/orders"));
  }
}
