package io.github.fakeapigw.assertions;

import static io.github.fakeapigw.assertions.GatewayAssertions.assertThat;
import static io.github.fakeapigw.assertions.Golden.assertFailure;

import io.github.fakeapigw.recording.RecordedFunctionCall;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionCallsAssertTest {
  private static final RecordedFunctionCall OK =
      Recorded.functionCall(
          "prices",
          "l-1",
          "{\"path\":\"/prices\",\"httpMethod\":\"POST\"}",
          "{\"statusCode\":200,\"body\":\"9.99\"}",
          null);
  private static final RecordedFunctionCall FAILED =
      Recorded.functionCall(
          "prices",
          "l-2",
          "{\"path\":\"/prices\"}",
          null,
          "IllegalStateException: no price for \"x\"");

  private static FunctionCallsAssert calls(RecordedFunctionCall... calls) {
    return new FunctionCallsAssert("prices", List.of(calls), null);
  }

  @Test
  void function_calls_are_counted() {
    calls(OK).hasBeenInvoked().hasBeenInvokedExactly(1);
    calls().hasNotBeenInvoked();
    calls(FAILED, OK)
        .lastCall()
        .hasNoError()
        .hasEventJson("{\"httpMethod\":\"POST\",\"path\":\"/prices\"}")
        .hasEventJsonContaining("{\"httpMethod\":\"POST\"}")
        .hasResultJson("{\"body\":\"9.99\",\"statusCode\":200}");
  }

  @Test
  void function_counts_fail_listing_the_calls() {
    assertFailure(() -> calls(OK, FAILED).hasBeenInvokedExactly(1), "function-invoked-exactly");
    assertFailure(() -> calls(OK, FAILED).hasNotBeenInvoked(), "function-not-invoked");
    assertFailure(
        () -> new FunctionCallsAssert("stock", List.of(), null).hasBeenInvoked(),
        "function-invoked");
  }

  @Test
  void function_call_assertions_fail() {
    assertThat(FAILED).hasErrorContaining("no price");
    assertFailure(() -> assertThat(FAILED).hasNoError(), "function-call-no-error");
    assertFailure(() -> assertThat(OK).hasErrorContaining("Timeout"), "function-call-error-none");
    assertFailure(
        () -> assertThat(OK).hasEventJson("{\"path\":\"/stock\"}"), "function-call-event");
    assertFailure(
        () -> assertThat(OK).hasEventJsonContaining("{\"httpMethod\":\"GET\",\"body\":null}"),
        "function-call-event-containing");
    assertFailure(
        () -> assertThat(FAILED).hasResultJson("{\"statusCode\":200}"),
        "function-call-result-failed");
  }
}
