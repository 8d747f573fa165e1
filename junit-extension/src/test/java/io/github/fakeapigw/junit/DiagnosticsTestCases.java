package io.github.fakeapigw.junit;

import static io.github.fakeapigw.dsl.GatewayDsl.get;
import static io.github.fakeapigw.dsl.GatewayDsl.mock;
import static io.github.fakeapigw.dsl.GatewayDsl.restApi;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.FakeApiGateway;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** Fixture classes run through the EngineTestKit by {@link DiagnosticsTest}. */
final class DiagnosticsTestCases {
  private DiagnosticsTestCases() {}

  @ApiGatewayTest(seed = 7)
  static class WrongStageTestCases {
    @Test
    void calls_a_stage_that_does_not_exist(FakeApiGateway gateway) throws Exception {
      gateway.deploy(restApi("orders").resource("/orders/{id}", get().integration(mock())).stage("test"));

      int status = UnmatchedTestCases.call(URI.create(gateway.api("orders").invokeUrl("prod") + "/orders/42"));

      assertThat(status).as("status of GET /prod/orders/42").isEqualTo(200);
    }
  }

  @ApiGatewayTest
  static class AllowedUnmatchedTestCases {
    @Test
    @AllowUnmatchedRequests
    void expects_a_403_for_an_unknown_path(FakeApiGateway gateway) throws Exception {
      gateway.deploy(restApi("orders").resource("/orders", get().integration(mock())).stage("test"));

      assertThat(UnmatchedTestCases.call(URI.create(gateway.api("orders").invokeUrl("test") + "/nope")))
          .isEqualTo(403);
    }

    @Test
    void calls_an_unknown_path_without_the_annotation(FakeApiGateway gateway) throws Exception {
      gateway.deploy(restApi("orders").resource("/orders", get().integration(mock())).stage("test"));

      assertThat(UnmatchedTestCases.call(URI.create(gateway.api("orders").invokeUrl("test") + "/nope")))
          .isEqualTo(403);
    }
  }

  /** Counts down when the second test has finished, pass or fail. */
  static final class SecondFinished implements AfterEachCallback {
    static final CountDownLatch LATCH = new CountDownLatch(1);

    @Override
    public void afterEach(ExtensionContext context) {
      if (context.getRequiredTestMethod().getName().equals("second")) {
        LATCH.countDown();
      }
    }
  }

  /**
   * Two test methods on one shared gateway, run concurrently: the second starts while the first
   * holds the gateway (the first waits, bounded, until the second has finished).
   */
  @ExtendWith(SecondFinished.class)
  @ApiGatewayTest
  @Execution(ExecutionMode.CONCURRENT)
  static class ConcurrentMethodsTestCases {
    static final CountDownLatch FIRST_INSIDE = new CountDownLatch(1);

    ConcurrentMethodsTestCases(TestInfo info) throws InterruptedException {
      if (info.getTestMethod().orElseThrow().getName().equals("second")) {
        assertThat(FIRST_INSIDE.await(10, TimeUnit.SECONDS)).as("first test started").isTrue();
      }
    }

    @Test
    void first(FakeApiGateway gateway) throws InterruptedException {
      FIRST_INSIDE.countDown();
      assertThat(SecondFinished.LATCH.await(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS))
          .as("second test finished")
          .isTrue();
    }

    @Test
    void second(FakeApiGateway gateway) {}
  }
}
