package io.github.fakeapigw.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class DiagnosticsTest {

  private static Throwable failure(EngineExecutionResults results) {
    return results.testEvents().failed().stream()
        .map(e -> e.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
        .findFirst()
        .orElseThrow();
  }

  @Test
  void appends_what_the_gateway_saw_to_a_failing_test_without_changing_its_failure() {
    EngineExecutionResults results = ApiGatewayExtensionTest.run(DiagnosticsTestCases.WrongStageTestCases.class);

    Throwable failure = failure(results);
    assertThat(failure.getMessage()).contains("status of GET /prod/orders/42").contains("expected: 200");
    // the unmatched-request failure of afterEach is suppressed onto it too, after the report
    assertThat(failure.getSuppressed()).hasSize(2);
    assertThat(failure.getSuppressed()[0]).isInstanceOf(GatewayReport.class);
    String[] lines = failure.getSuppressed()[0].getMessage().split("\\R");
    assertThat(lines[0])
        .isEqualTo("The fake API Gateway recorded 1 invocation during this test (oldest first):");
    assertThat(lines[1])
        .matches("  1\\. GET /orders/42 \\(api \"orders\" [a-z0-9]{10}, no such stage\\) -> 403 DEFAULT_4XX");
    assertThat(lines[2])
        .matches("     route: none: REST API [a-z0-9]{10} has no stage \"prod\" .*its stages: \\[test\\].*");
    assertThat(lines[3]).isEqualTo("     error: 403 DEFAULT_4XX \"Forbidden\"");
    assertThat(lines[4]).isEqualTo("Gateway seed: 7 (to replay its canary choices, use @ApiGatewayTest(seed = 7))");
    assertThat(lines).hasSize(5);
  }

  @Test
  void explains_an_unknown_stage_in_the_unmatched_request_failure_without_guessing_candidates() {
    EngineExecutionResults results = ApiGatewayExtensionTest.run(DiagnosticsTestCases.WrongStageTestCases.class);

    String unmatched =
        Arrays.stream(failure(results).getSuppressed())
            .map(Throwable::getMessage)
            .filter(m -> m.startsWith("Expecting every request"))
            .findFirst()
            .orElseThrow();
    String[] lines = unmatched.split("\\R");
    assertThat(lines[1]).matches("  1\\. GET /orders/42 \\(api \"orders\" [a-z0-9]{10}, stage not found\\) -> 403");
    assertThat(lines[2]).matches("     reason: REST API [a-z0-9]{10} has no stage \"prod\" .*its stages: \\[test\\].*");
    assertThat(lines[3]).isEqualTo("Gateway seed: 7");
  }

  @Test
  void lets_a_test_method_annotated_to_allow_unmatched_requests_pass() {
    EngineExecutionResults results =
        ApiGatewayExtensionTest.run(DiagnosticsTestCases.AllowedUnmatchedTestCases.class);

    results.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
    results.testEvents().assertThatEvents().haveExactly(1,
        event(test("calls_an_unknown_path_without_the_annotation"),
            finishedWithFailure(instanceOf(AssertionError.class))));
  }

  @Test
  void fails_a_test_method_that_starts_while_another_one_uses_the_shared_gateway() {
    EngineExecutionResults results =
        ApiGatewayExtensionTest.run(true, DiagnosticsTestCases.ConcurrentMethodsTestCases.class);

    results.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
    results.testEvents().assertThatEvents().haveExactly(1,
        event(test("second"),
            finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message(
                    "Test methods sharing one gateway must not run concurrently: \"second(FakeApiGateway)\""
                        + " started while \"first(FakeApiGateway)\" was running, and each test resets the"
                        + " recording and the APIs of the other; use @Execution(ExecutionMode.SAME_THREAD)"
                        + " on the test class (or junit.jupiter.execution.parallel.mode.default=same_thread"
                        + " with junit.jupiter.execution.parallel.mode.classes.default=concurrent, to keep"
                        + " classes parallel), or lifecycle = PER_METHOD for a gateway per test method,"
                        + " instead; offending: @ApiGatewayTest on "
                        + DiagnosticsTestCases.ConcurrentMethodsTestCases.class.getName()))));
  }
}
