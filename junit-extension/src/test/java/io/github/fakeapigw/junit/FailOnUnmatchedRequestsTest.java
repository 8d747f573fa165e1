package io.github.fakeapigw.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class FailOnUnmatchedRequestsTest {

  @Test
  void fails_the_test_listing_the_unmatched_request_and_the_closest_resources() {
    EngineExecutionResults results = ApiGatewayExtensionTest.run(UnmatchedTestCases.StrictTestCases.class);

    results.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
    results.testEvents().assertThatEvents().haveExactly(1,
        event(test("calls_a_path_no_resource_serves"), finishedWithFailure(instanceOf(AssertionError.class))));
    String message = results.testEvents().failed().stream()
        .map(e -> e.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow().getMessage())
        .findFirst().orElseThrow();
    String[] lines = message.split("\\R");
    assertThat(lines[0]).isEqualTo(
        "Expecting every request to match a resource of its API, but 1 of 1 recorded invocation matched none:");
    assertThat(lines[1]).matches("  \\d+\\. GET /order/42 \\(api \"orders\" [a-z0-9]{10}, stage \"test\"\\) -> 403");
    assertThat(lines[2]).startsWith("     reason: ");
    assertThat(lines).containsSequence(
        "     closest candidates:", "       GET /orders/{id}", "       GET /orders",
        "Gateway seed: 5",
        "To allow unmatched requests, use @ApiGatewayTest(failOnUnmatchedRequests = false), or"
            + " @AllowUnmatchedRequests on the test method.");
  }

  @Test
  void lets_unmatched_requests_pass_when_disabled() {
    ApiGatewayExtensionTest.run(UnmatchedTestCases.LenientTestCases.class)
        .testEvents()
        .assertStatistics(s -> s.started(1).succeeded(1).failed(0));
  }
}
