package io.github.fakeapigw.internal.integration.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.integration.lambda.LambdaResult.EndpointResponse;
import io.github.fakeapigw.internal.integration.lambda.LambdaResult.Failure;
import io.github.fakeapigw.internal.integration.lambda.LambdaResult.ProxyResponse;
import io.github.fakeapigw.model.IntegrationType;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LambdaIntegrationTest {
  private static final String PRICES = "arn:aws:lambda:us-east-1:123456789012:function:prices";

  private final LambdaFunctions functions = new LambdaFunctions("fake-apigw-test-", 100);
  private final LambdaIntegration lambda =
      new LambdaIntegration(functions, Clock.systemUTC(), "us-east-1", "123456789012");

  @AfterEach
  void close() {
    functions.close();
  }

  @Test
  void proxy_passes_the_event_and_returns_the_validated_answer() {
    functions.register(
        FunctionRef.parse("prices"),
        (event, context) -> "{\"statusCode\":201,\"body\":\"" + context.functionName() + "\"}");

    LambdaResult outcome = proxy(PRICES, 1_000);

    assertThat(outcome).isInstanceOf(ProxyResponse.class);
    ProxyResponse response = (ProxyResponse) outcome;
    assertThat(response.response().status()).isEqualTo(201);
    assertThat(response.response().bodyAsString()).isEqualTo("prices");
    assertThat(response.integrationCall().uri()).isEqualTo(PRICES);
    assertThat(response.integrationCall().body()).startsWith("{\"resource\":\"/{proxy+}\"");
    assertThat(response.functionCalls()).singleElement()
        .satisfies(call -> {
          assertThat(call.invocationRequestId()).isEqualTo("c0ffee00-0000-4000-8000-000000000001");
          assertThat(call.invocationType()).isEqualTo("RequestResponse");
          assertThat(call.result()).contains("{\"statusCode\":201,\"body\":\"prices\"}");
        });
    assertThat(functions.calls()).isEqualTo(response.functionCalls());
  }

  @Test
  void proxy_answers_502_when_the_function_throws() {
    functions.register(FunctionRef.parse("prices"), (event, context) -> {
      throw new IllegalStateException("boom");
    });

    Failure failure = (Failure) proxy(PRICES, 1_000);

    assertThat(failure.status()).isEqualTo(502);
    assertThat(failure.message()).isEqualTo("Internal server error");
    assertThat(failure.cause())
        .startsWith("Lambda execution failed with status 200 due to customer function error:"
            + " java.lang.IllegalStateException: boom (function " + PRICES + ", Lambda request id ");
    assertThat(failure.functionCalls()).singleElement()
        .satisfies(call -> assertThat(call.error()).contains("java.lang.IllegalStateException: boom"));
  }

  @Test
  void proxy_answers_502_with_the_reason_when_the_answer_is_malformed() {
    functions.register(FunctionRef.parse("prices"), (event, context) -> "{\"status\":200}");

    Failure failure = (Failure) proxy(PRICES, 1_000);

    assertThat(failure.status()).isEqualTo(502);
    assertThat(failure.cause())
        .isEqualTo("Malformed Lambda proxy response: unexpected field \"status\"; only statusCode,"
            + " headers, multiValueHeaders, body, isBase64Encoded are allowed (function " + PRICES
            + ")");
  }

  @Test
  void answers_500_naming_the_function_looked_for_and_those_registered() {
    functions.register(FunctionRef.parse("orders"), (e, c) -> "{}");
    functions.register(FunctionRef.parse("prices:live"), (e, c) -> "{}");

    Failure failure = (Failure) proxy(PRICES + ":3", 1_000);

    assertThat(failure.status()).isEqualTo(500);
    assertThat(failure.message()).isEqualTo("Internal server error");
    assertThat(failure.responseType()).isEqualTo("API_CONFIGURATION_ERROR");
    assertThat(failure.cause())
        .isEqualTo("Lambda function \"" + PRICES + ":3\" was not found (looked for name"
            + " \"prices\" with qualifier \"3\"); registered functions: [\"orders\","
            + " \"prices:live\"]; register it with gateway.registerFunction(\"prices:3\","
            + " function)");
    assertThat(failure.functionCalls()).isEmpty();
  }

  @Test
  void answers_500_when_the_integration_verb_is_not_post() {
    functions.register(FunctionRef.parse("prices"), (e, c) -> "{}");
    String uri =
        "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/" + PRICES + "/invocations";

    Failure failure =
        (Failure)
            lambda.invokeProxy(
                Fixtures.integration(IntegrationType.AWS_PROXY, "GET", uri, 1_000),
                Fixtures.get("/orders/7", HttpHeaders.empty()),
                Fixtures.context(Map.of()),
                List.of());

    assertThat(failure.status()).isEqualTo(500);
    assertThat(failure.cause())
        .isEqualTo("Lambda integrations must call the function with integration httpMethod POST;"
            + " got \"GET\" (uri " + uri + ")");
  }

  @Test
  void resolves_the_function_through_stage_variables_in_the_uri() {
    functions.register(FunctionRef.parse("prices:live"), (e, c) -> "{\"body\":\"live\"}");

    ProxyResponse response =
        (ProxyResponse)
            lambda.invokeProxy(
                Fixtures.lambda(IntegrationType.AWS_PROXY,
                    "arn:aws:lambda:us-east-1:123456789012:function:${stageVariables.fn}", 1_000),
                Fixtures.get("/orders/7", HttpHeaders.empty()),
                Fixtures.context(Map.of("fn", "prices:live")),
                List.of());

    assertThat(response.response().bodyAsString()).isEqualTo("live");
    assertThat(response.integrationCall().uri()).isEqualTo(PRICES + ":live");
  }

  @Test
  void times_out_with_504_and_interrupts_the_handler() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    functions.register(FunctionRef.parse("prices"), (event, context) -> {
      started.countDown();
      try {
        // blocks until interrupted; bounded, so a broken timeout fails the test instead of hanging the build
        new CountDownLatch(1).await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        interrupted.countDown();
      }
      return "{}";
    });

    // 2 s: long enough for the handler thread to start on a loaded machine, short enough to wait for
    Failure failure = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(30), () -> (Failure) proxy(PRICES, 2_000));

    assertThat(started.getCount()).isZero();
    assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("handler interrupted").isTrue();
    assertThat(failure.status()).isEqualTo(504);
    assertThat(failure.message()).isEqualTo("Endpoint request timed out");
    assertThat(failure.responseType()).isEqualTo("INTEGRATION_TIMEOUT");
    assertThat(failure.cause())
        .isEqualTo("Lambda function " + PRICES + " did not answer within the integration's"
            + " timeoutInMillis (2000 ms); its handler thread was interrupted");
    assertThat(failure.functionCalls()).singleElement()
        .satisfies(call -> assertThat(call.error().orElseThrow()).startsWith("Timeout:"));
  }

  @Test
  void the_context_reports_the_remaining_time_of_the_integration_timeout() {
    functions.register(FunctionRef.parse("prices"), (event, context) ->
        "{\"body\":\"" + context.remainingTime().toMillis() + "\"}");

    ProxyResponse response = (ProxyResponse) proxy(PRICES, 5_000);

    assertThat(Long.parseLong(response.response().bodyAsString())).isBetween(1L, 5_000L);
  }

  @Test
  void custom_returns_the_payload_with_an_empty_selection_value_on_success() {
    functions.register(FunctionRef.parse("prices"), (event, context) -> "{\"echo\":" + event + "}");

    EndpointResponse response =
        (EndpointResponse) custom(PRICES, HttpHeaders.empty(), "{\"sku\":\"a\"}");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"echo\":{\"sku\":\"a\"}}");
    assertThat(response.selectionValue()).isEmpty();
    assertThat(response.headers().contains("X-Amz-Function-Error")).isFalse();
  }

  @Test
  void custom_turns_a_function_error_into_lambdas_error_object_selected_by_its_message() {
    functions.register(FunctionRef.parse("prices"), (event, context) -> {
      throw new IllegalArgumentException("Invalid sku: a");
    });

    EndpointResponse response = (EndpointResponse) custom(PRICES, HttpHeaders.empty(), "{}");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.selectionValue()).isEqualTo("Invalid sku: a");
    assertThat(response.headers().last("X-Amz-Function-Error")).contains("Unhandled");
    String requestId = response.functionCalls().get(0).requestId();
    assertThat(response.body())
        .startsWith("{\"errorMessage\":\"Invalid sku: a\",\"errorType\":"
            + "\"java.lang.IllegalArgumentException\",\"requestId\":\"" + requestId
            + "\",\"stackTrace\":[\"");
  }

  @Test
  void custom_rejects_a_payload_that_is_not_json_with_500() {
    functions.register(FunctionRef.parse("prices"), (event, context) -> "{}");

    Failure failure = (Failure) custom(PRICES, HttpHeaders.empty(), "sku=a");

    assertThat(failure.status()).isEqualTo(500);
    assertThat(failure.cause()).startsWith("Lambda rejected the request payload");
    assertThat(functions.calls()).isEmpty();
  }

  @Test
  void an_event_invocation_answers_202_at_once_and_runs_the_function_later() {
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean ran = new AtomicBoolean();
    functions.register(FunctionRef.parse("prices"), (event, context) -> {
      release.await();
      ran.set(true);
      return "\"done\"";
    });

    EndpointResponse response =
        (EndpointResponse)
            custom(PRICES, HttpHeaders.builder().add("X-Amz-Invocation-Type", "Event").build(),
                "{\"n\":1}");

    assertThat(response.status()).isEqualTo(202);
    assertThat(response.body()).isEmpty();
    assertThat(response.selectionValue()).isEmpty();
    assertThat(response.functionCalls()).isEmpty();
    assertThat(ran).isFalse();
    release.countDown();
    await("event invocation recorded").atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThat(functions.calls()).singleElement()
            .satisfies(call -> {
              assertThat(call.invocationType()).isEqualTo("Event");
              assertThat(call.event()).isEqualTo("{\"n\":1}");
              assertThat(call.result()).contains("\"done\"");
            }));
  }

  @Test
  void a_dry_run_answers_204_without_calling_the_function() {
    functions.register(FunctionRef.parse("prices"), (event, context) -> {
      throw new AssertionError("must not run");
    });

    EndpointResponse response =
        (EndpointResponse)
            custom(PRICES, HttpHeaders.builder().add("X-Amz-Invocation-Type", "DryRun").build(),
                "{}");

    assertThat(response.status()).isEqualTo(204);
    assertThat(functions.calls()).isEmpty();
  }

  @Test
  void an_unknown_invocation_type_is_rejected_with_500() {
    functions.register(FunctionRef.parse("prices"), (event, context) -> "{}");

    Failure failure =
        (Failure)
            custom(PRICES, HttpHeaders.builder().add("X-Amz-Invocation-Type", "Later").build(),
                "{}");

    assertThat(failure.status()).isEqualTo(500);
    assertThat(failure.cause())
        .isEqualTo("Lambda rejected X-Amz-Invocation-Type \"Later\""
            + " (InvalidParameterValueException); use Event, RequestResponse or DryRun");
  }

  private LambdaResult proxy(String functionArn, int timeoutMillis) {
    return lambda.invokeProxy(
        Fixtures.lambda(IntegrationType.AWS_PROXY, functionArn, timeoutMillis),
        Fixtures.get("/orders/7", HttpHeaders.empty()),
        Fixtures.context(Map.of()),
        List.of());
  }

  private LambdaResult custom(String functionArn, HttpHeaders headers, String payload) {
    return lambda.invokeCustom(
        Fixtures.lambda(IntegrationType.AWS, functionArn, 1_000),
        Fixtures.context(Map.of()),
        headers,
        payload);
  }
}
