package io.github.fakeapigw.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

@Isolated("counts the JVM's live threads")
class GatewayThreadLeakTest {

  private static Set<Thread> gatewayThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("fake-apigw-"))
        .collect(Collectors.toSet());
  }

  @Test
  void leaves_no_gateway_or_backend_thread_behind_after_passing_failing_nested_and_per_method_classes() {
    Set<Thread> before = gatewayThreads();

    ApiGatewayExtensionTest.run(
            LifecycleTestCases.InjectionTestCases.class,
            LifecycleTestCases.FailingTestCases.class,
            LifecycleTestCases.NestedTestCases.class,
            LifecycleTestCases.PerMethodTestCases.class,
            LifecycleTestCases.BackendTestCases.class)
        .testEvents()
        .assertStatistics(s -> s.started(9).succeeded(8).failed(1));

    await("gateway threads stopped")
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () -> assertThat(gatewayThreads()).allMatch(before::contains));
  }
}
