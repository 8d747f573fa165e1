package io.github.fakeapigw.assertions;

import static io.github.fakeapigw.assertions.Golden.assertFailure;
import static io.github.fakeapigw.assertions.GatewayAssertions.assertThat;

import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.FakeApiGatewayOptions;
import io.github.fakeapigw.TestRecordings;
import io.github.fakeapigw.recording.RecordedFunctionCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FunctionCallsAssertTest {
  private FakeApiGateway gateway;

  @BeforeEach
  void start() {
    gateway = new FakeApiGateway(FakeApiGatewayOptions.defaults()).start();
  }

  @AfterEach
  void stop() {
    gateway.close();
  }

  private static final RecordedFunctionCall OK =
      Recorded.functionCall(
          "prices", "l-1", "{\"path\":\"/prices\",\"httpMethod\":\"POST\"}", "{\"statusCode\":200,\"body\":\"9.99\"}", null);
  private static final RecordedFunctionCall FAILED =
      Recorded.functionCall(
          "prices", "l-2", "{\"path\":\"/prices\"}", null, "IllegalStateException: no price for \"x\"");

  @Test
  void function_calls_are_counted() {
    TestRecordings.append(gateway, Recorded.request("POST", "/prices", "/prices").functionCall(OK)::build);

    assertThat(gateway).function("prices").hasBeenInvoked().hasBeenInvokedExactly(1);
    assertThat(gateway).function("stock").hasNotBeenInvoked();
    assertThat(gateway)
        .function("prices")
        .lastCall()
        .hasNoError()
        .hasEventJson("{\"httpMethod\":\"POST\",\"path\":\"/prices\"}")
        .hasResultJson("{\"body\":\"9.99\",\"statusCode\":200}");
  }

  @Test
  void function_counts_fail_listing_the_calls() {
    TestRecordings.append(gateway, Recorded.request("POST", "/prices", "/prices").functionCall(OK)::build);
    TestRecordings.append(gateway, Recorded.request("POST", "/prices", "/prices").functionCall(FAILED)::build);

    assertFailure(
        () -> assertThat(gateway).function("prices").hasBeenInvokedExactly(1),
        "function-invoked-exactly");
    assertFailure(
        () -> assertThat(gateway).function("prices").hasNotBeenInvoked(), "function-not-invoked");
    assertFailure(() -> assertThat(gateway).function("stock").hasBeenInvoked(), "function-invoked");
  }

  @Test
  void function_call_assertions_fail() {
    assertThat(FAILED).hasErrorContaining("no price");
    assertFailure(() -> assertThat(FAILED).hasNoError(), "function-call-no-error");
    assertFailure(() -> assertThat(OK).hasErrorContaining("Timeout"), "function-call-error-none");
    assertFailure(() -> assertThat(OK).hasEventJson("{\"path\":\"/stock\"}"), "function-call-event");
    assertFailure(() -> assertThat(FAILED).hasResultJson("{\"statusCode\":200}"), "function-call-result-failed");
  }
}
