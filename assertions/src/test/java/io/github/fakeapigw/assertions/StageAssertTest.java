package io.github.fakeapigw.assertions;

import static io.github.fakeapigw.assertions.GatewayAssertions.assertThat;
import static io.github.fakeapigw.assertions.Golden.assertFailure;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.FakeApiGatewayOptions;
import io.github.fakeapigw.TestRecordings;
import io.github.fakeapigw.recording.StageTraffic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StageAssertTest {
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

  /** Ten recorded requests on stage "test" of a1b2c3, one of them served by the canary d2. */
  private void tenRequestsOneCanary() {
    for (int i = 0; i < 10; i++) {
      boolean canary = i == 4;
      record(
          Recorded.request("GET", "/pets", "/pets")
              .canary(canary, canary ? "d2" : "d1", 10, canary ? 3.5 : 50 + i, 42)
              .stageVariable("flavour", canary ? "new" : "old"));
    }
    record(Recorded.request("GET", "/pets", "/pets").stage("prod"));
  }

  @Test
  void a_stage_that_served_nothing_fails_the_canary_share_check() {
    assertFailure(
        () -> assertThat(gateway).stage("a1b2c3", "nostage").hasCanaryShareCloseTo(0.5, 0.05),
        "stage-canary-share-no-requests");
  }

  @Test
  void stage_traffic_values_can_be_asserted_directly() {
    assertThat(new StageTraffic("a1", "test", 10, 1, 42))
        .canaryShare()
        .isCloseTo(0.10, within(0.01));
    assertThat(new StageTraffic("a1", "test", 10, 1, 42)).requests().isEqualTo(10);
    assertThatThrownBy(
            () ->
                assertThat(new StageTraffic("a1", "test", 10, 1, 42))
                    .canaryShare()
                    .isCloseTo(0.5, within(0.1)))
        .hasMessageStartingWith(
            "[canary share of stage \"test\" of api \"a1\" (1 of 10 requests; seed 42)] ");
    assertFailure(
        () ->
            assertThat(new StageTraffic("a1b2c3", "test", 10, 1, 42))
                .hasCanaryShareCloseTo(0.5, 0.05),
        "stage-canary-share");
    assertThat(new StageTraffic("a1", "test", 1000, 98, 7)).hasCanaryShareCloseTo(0.10, 0.03);
    assertFailure(
        () ->
            assertThat(new StageTraffic("a1", "test", 1000, 198, 7))
                .hasCanaryShareCloseTo(0.10, 0.03),
        "stage-traffic-canary-share");
  }

  @Test
  void every_canary_request_passes() {
    tenRequestsOneCanary();

    assertThat(gateway)
        .stage("a1b2c3", "test")
        .everyCanaryRequest()
        .ranDeployment("d2")
        .hasStageVariable("flavour", "new")
        .returnToStage()
        .everyBaseRequest()
        .ranDeployment("d1")
        .hasStageVariable("flavour", "old");
  }

  @Test
  void every_canary_request_fails_listing_the_offenders_with_the_seed() {
    tenRequestsOneCanary();

    assertFailure(
        () ->
            assertThat(gateway)
                .stage("a1b2c3", "test")
                .everyBaseRequest()
                .hasStageVariable("flavour", "new"),
        "stage-every-base-request-variable");
    assertFailure(
        () -> assertThat(gateway).stage("a1b2c3", "test").everyCanaryRequest().ranDeployment("d1"),
        "stage-every-canary-request-deployment");
  }

  @Test
  void every_canary_request_fails_when_the_canary_served_nothing() {
    record(Recorded.request("GET", "/pets", "/pets").canary(false, "d1", 0, 12, 42));

    assertFailure(
        () -> assertThat(gateway).stage("a1b2c3", "test").everyCanaryRequest().ranDeployment("d2"),
        "stage-every-canary-request-none");
  }
}
