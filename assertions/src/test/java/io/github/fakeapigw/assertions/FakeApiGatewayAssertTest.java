package io.github.fakeapigw.assertions;

import static io.github.fakeapigw.assertions.GatewayAssertions.assertThat;
import static io.github.fakeapigw.assertions.Golden.assertFailure;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.FakeApiGatewayOptions;
import io.github.fakeapigw.TestRecordings;
import io.github.fakeapigw.recording.RecordedInvocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeApiGatewayAssertTest {
  private FakeApiGateway gateway;

  @BeforeEach
  void start() {
    gateway = new FakeApiGateway(FakeApiGatewayOptions.defaults().withSeed(42)).start();
  }

  @AfterEach
  void stop() {
    gateway.close();
  }

  private void record(Recorded r) {
    TestRecordings.append(gateway, r::build);
  }

  private void recordThree() {
    record(Recorded.request("GET", "/orders", "/orders"));
    record(Recorded.request("POST", "/orders", "/orders").status(201));
    record(Recorded.unmatched("GET", "/order/42"));
  }

  @Test
  void has_received_exactly_passes_when_the_resource_path_matches_the_count() {
    record(Recorded.request("GET", "/orders/42", "/orders/{id}"));
    record(Recorded.request("GET", "/orders/43", "/orders/{id}"));
    record(Recorded.request("POST", "/orders", "/orders"));

    assertThat(gateway)
        .hasReceivedExactly(2, "GET", "/orders/{id}")
        .hasReceivedExactly(1, "GET", "/orders/43")
        .hasReceivedExactly(1, "POST", "/orders")
        .hasReceivedExactly(2, "ANY", "/orders/{id}")
        .hasReceivedAtLeast(1, "GET", "/orders/{id}")
        .hasReceived("get", "/orders/42")
        .hasNotReceived("DELETE", "/orders/{id}");
  }

  @Test
  void has_received_exactly_fails_listing_recorded_invocations_and_the_closest_candidate() {
    recordThree();

    assertFailure(
        () -> assertThat(gateway).hasReceivedExactly(1, "GET", "/orders/{id}"),
        "gateway-received-exactly-none");
  }

  @Test
  void has_received_exactly_fails_with_no_recording() {
    assertFailure(
        () -> assertThat(gateway).hasReceivedExactly(1, "GET", "/orders/{id}"),
        "gateway-received-exactly-empty-recording");
  }

  @Test
  void has_received_exactly_fails_listing_the_matching_invocations_when_too_many_match() {
    record(Recorded.request("GET", "/orders/1", "/orders/{id}"));
    record(Recorded.request("GET", "/orders/2", "/orders/{id}"));

    assertFailure(
        () -> assertThat(gateway).hasReceivedExactly(1, "GET", "/orders/{id}"),
        "gateway-received-exactly-too-many");
  }

  @Test
  void has_received_at_least_fails_with_the_three_closest_candidates_closest_first() {
    record(Recorded.request("GET", "/customers", "/customers"));
    record(Recorded.request("POST", "/orders/7", "/orders/{id}"));
    record(Recorded.request("GET", "/orders/7", "/orders/{id}").api("zzz999"));
    record(Recorded.request("GET", "/orders", "/orders"));
    record(Recorded.request("GET", "/orders/8", "/orders/{id}").stage("prod").api("a1b2c3"));

    assertFailure(
        () ->
            assertThat(gateway)
                .inApi("a1b2c3")
                .inStage("test")
                .hasReceivedAtLeast(2, "GET", "/orders/{id}"),
        "gateway-received-at-least-candidates");
  }

  @Test
  void has_not_received_fails_listing_the_matching_invocations() {
    recordThree();

    assertFailure(
        () -> assertThat(gateway).hasNotReceived("POST", "/orders"), "gateway-not-received");
  }

  @Test
  void scope_filters_by_status_and_canary_side_and_print_the_seed() {
    record(Recorded.request("GET", "/pets", "/pets").canary(true, "d2", 10, 3.5, 42));
    record(Recorded.request("GET", "/pets", "/pets").canary(false, "d1", 10, 55.25, 42));
    record(Recorded.request("GET", "/pets", "/pets").status(500).canary(false, "d1", 10, 80, 42));

    assertThat(gateway).servedByCanary().hasReceivedExactly(1, "GET", "/pets");
    assertThat(gateway).servedByBase().hasReceivedExactly(2, "GET", "/pets");
    assertThat(gateway).withStatus(500).hasReceivedExactly(1, "GET", "/pets");
    assertFailure(
        () -> assertThat(gateway).servedByCanary().withStatus(500).hasReceived("GET", "/pets"),
        "gateway-received-canary-scope");
  }

  @Test
  void has_no_unmatched_invocations_passes_when_every_request_was_routed() {
    record(Recorded.request("GET", "/orders", "/orders"));

    assertThatCode(() -> assertThat(gateway).hasNoUnmatchedInvocations())
        .doesNotThrowAnyException();
  }

  @Test
  void has_no_unmatched_invocations_fails_with_the_gateway_reason() {
    recordThree();

    assertFailure(() -> assertThat(gateway).hasNoUnmatchedInvocations(), "gateway-no-unmatched");
  }

  @Test
  void has_no_unmatched_invocations_only_looks_at_the_scope() {
    record(Recorded.unmatched("GET", "/order/42").stage("prod"));

    assertThat(gateway).inStage("test").hasNoUnmatchedInvocations();
  }

  @Test
  void invocation_navigates_to_the_one_match() {
    recordThree();
    record(Recorded.request("GET", "/orders/42", "/orders/{id}").status(404));

    assertThat(gateway).invocation("GET", "/orders/{id}").hasStatus(404);
  }

  @Test
  void invocation_fails_when_several_match() {
    record(Recorded.request("GET", "/orders/1", "/orders/{id}"));
    record(Recorded.request("GET", "/orders/2", "/orders/{id}"));

    assertFailure(
        () -> assertThat(gateway).invocation("GET", "/orders/{id}"),
        "gateway-received-exactly-too-many");
  }

  @Test
  void invocations_gives_every_match_as_a_list() {
    record(Recorded.request("GET", "/orders/1", "/orders/{id}"));
    record(Recorded.request("GET", "/orders/2", "/orders/{id}").status(404));

    assertThat(gateway)
        .invocations("GET", "/orders/{id}")
        .extracting(RecordedInvocation::status)
        .containsExactly(200, 404);
  }

  @Test
  void a_negative_count_is_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(gateway).hasReceivedExactly(-1, "GET", "/x"))
        .withMessage("count must not be negative; offending: -1");
  }

  @Test
  void messages_keep_percent_signs_in_user_strings() {
    record(Recorded.request("GET", "/a%20b", "/a b"));

    Throwable t = catchThrowable(() -> assertThat(gateway).hasReceived("GET", "/100%"));

    org.assertj.core.api.Assertions.assertThat(t).hasMessageContaining("GET /100%");
  }

  @Test
  void long_recordings_are_cut_after_fifty_lines() {
    for (int i = 0; i < 52; i++) {
      record(Recorded.request("GET", "/p/" + i, "/p/{n}"));
    }

    Throwable t = catchThrowable(() -> assertThat(gateway).hasReceived("GET", "/q"));

    org.assertj.core.api.Assertions.assertThat(t.getMessage())
        .contains("Recorded invocations (52, oldest first):")
        .contains("  … (2 more)")
        .doesNotContain("/p/50");
  }

  @Test
  void the_recorded_list_counts_invocations_the_cap_dropped() {
    try (FakeApiGateway small =
        new FakeApiGateway(FakeApiGatewayOptions.defaults().withMaxRecordedInvocations(2))
            .start()) {
      TestRecordings.append(small, Recorded.request("GET", "/a", "/a")::build);
      TestRecordings.append(small, Recorded.request("GET", "/b", "/b")::build);
      TestRecordings.append(small, Recorded.request("GET", "/c", "/c")::build);

      assertFailure(() -> assertThat(small).hasReceived("GET", "/a"), "gateway-received-dropped");
      small.clearInvocations();
    }
  }

  @Test
  void the_seed_is_printed_when_recorded_invocations_went_through_a_canary_split() {
    record(Recorded.request("GET", "/pets", "/pets").status(500).canary(true, "d2", 10, 3.5, 42));

    assertFailure(
        () -> assertThat(gateway).withStatus(200).hasReceived("GET", "/pets"),
        "gateway-received-canary-recorded");
  }
}
