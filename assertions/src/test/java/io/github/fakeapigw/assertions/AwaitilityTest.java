package io.github.fakeapigw.assertions;

import static io.github.fakeapigw.assertions.GatewayAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.TestRecordings;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The assertions re-read the recording on every check, so a retried assertion sees new calls. */
class AwaitilityTest {
  private FakeApiGateway gateway;

  @BeforeEach
  void start() {
    gateway = new FakeApiGateway().start();
  }

  @AfterEach
  void stop() {
    gateway.close();
  }

  @Test
  void an_assert_created_once_sees_invocations_recorded_after_it_failed() {
    // GIVEN an assert created before anything was recorded
    FakeApiGatewayAssert gatewayAssert = assertThat(gateway);
    AtomicInteger attempts = new AtomicInteger();

    // WHEN the request is recorded only after the first attempt failed
    await("order lookup recorded")
        .atMost(Duration.ofSeconds(5))
        .pollInterval(Duration.ofMillis(10))
        .untilAsserted(
            () -> {
              if (attempts.incrementAndGet() == 2) {
                TestRecordings.append(
                    gateway, Recorded.request("GET", "/orders/42", "/orders/{id}")::build);
              }
              // THEN a later attempt passes
              gatewayAssert.hasReceivedExactly(1, "GET", "/orders/{id}");
            });

    org.assertj.core.api.Assertions.assertThat(attempts).hasValueGreaterThanOrEqualTo(2);
  }

  @Test
  void a_stage_assert_created_in_the_lambda_sees_fresh_canary_requests() {
    AtomicInteger attempts = new AtomicInteger();

    await("canary request recorded")
        .atMost(Duration.ofSeconds(5))
        .pollInterval(Duration.ofMillis(10))
        .untilAsserted(
            () -> {
              if (attempts.incrementAndGet() == 2) {
                TestRecordings.append(
                    gateway,
                    Recorded.request("GET", "/pets", "/pets").canary(true, "d2", 50, 1, 0)::build);
              }
              assertThat(gateway).stage("a1b2c3", "test").everyCanaryRequest().ranDeployment("d2");
            });

    org.assertj.core.api.Assertions.assertThat(attempts).hasValueGreaterThanOrEqualTo(2);
  }
}
