package io.github.fakeapigw.assertions;

import static io.github.fakeapigw.assertions.GatewayAssertions.assertThat;
import static io.github.fakeapigw.assertions.Golden.assertFailure;

import io.github.fakeapigw.recording.RecordedHttpMessage;
import io.github.fakeapigw.recording.RecordedInvocation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordedInvocationAssertTest {

  static RecordedInvocation order() {
    return Recorded.request("GET", "/orders/42", "/orders/{id}")
        .requestHeader("Accept", "application/json")
        .query("expand", "items")
        .mapped("integration.request.path.id", "method.request.path.id", "42")
        .mapped("integration.request.header.X-Order-Id", "method.request.path.id", "42")
        .mapped("integration.request.header.X-Trace", "method.request.header.X-Trace", null)
        .stageVariable("flavour", "old")
        .integrationCall(
            "HTTP",
            "GET",
            "http://127.0.0.1:8089/v1/orders/42?expand=items&tag=a%26b",
            Map.of("X-Order-Id", List.of("42"), "Content-Type", List.of("application/json")),
            "{\"id\":\"42\",\"items\":[1,2]}",
            new RecordedHttpMessage(
                200, Map.of("Content-Type", List.of("application/json")), "{\"id\":\"42\"}"))
        .integrationResponse("200", "2\\d{2}", "200")
        .responseHeader("Content-Type", "application/json")
        .responseBody("{\"id\":\"42\",\"status\":\"open\"}")
        .build(7);
  }

  static RecordedInvocation failed() {
    return Recorded.request("GET", "/orders/42", "/orders/{id}")
        .failedIntegrationCall(
            "HTTP", "GET", "http://127.0.0.1:1/v1/orders/42", "Connection refused")
        .error(
            "INTEGRATION_FAILURE",
            500,
            "Internal server error",
            "HTTP integration GET http://127.0.0.1:1/v1/orders/42 failed: Connection refused")
        .responseBody("{\"message\": \"Internal server error\"}")
        .build(3);
  }

  @Test
  void passing_assertions_chain() {
    assertThat(order())
        .hasStatus(200)
        .hasNoError()
        .ranDeployment("d1")
        .hasStageVariable("flavour", "old")
        .hasMappedParameter("integration.request.header.X-Order-Id", "42")
        .hasMappedParameter("integration.request.path.id", "method.request.path.id", "42");
  }

  @Test
  void has_status_fails_with_the_gateway_error_and_its_cause() {
    assertFailure(() -> assertThat(failed()).hasStatus(200), "invocation-has-status");
  }

  @Test
  void has_mapped_parameter_fails_on_another_value() {
    assertFailure(
        () -> assertThat(order()).hasMappedParameter("integration.request.header.X-Order-Id", "43"),
        "invocation-mapped-parameter-value");
  }

  @Test
  void has_mapped_parameter_fails_when_the_source_was_absent() {
    assertFailure(
        () -> assertThat(order()).hasMappedParameter("integration.request.header.X-Trace", "t1"),
        "invocation-mapped-parameter-absent-source");
  }

  @Test
  void has_mapped_parameter_fails_listing_the_mapped_parameters_when_it_was_not_mapped() {
    assertFailure(
        () -> assertThat(order()).hasMappedParameter("integration.request.header.X-Order", "42"),
        "invocation-mapped-parameter-missing");
  }

  @Test
  void has_mapped_parameter_fails_on_another_source() {
    assertFailure(
        () ->
            assertThat(order())
                .hasMappedParameter(
                    "integration.request.header.X-Order-Id", "method.request.querystring.id", "42"),
        "invocation-mapped-parameter-source");
  }

  @Test
  void has_error_passes_and_fails() {
    assertThat(failed()).hasError("INTEGRATION_FAILURE");
    assertFailure(
        () -> assertThat(failed()).hasError("INTEGRATION_TIMEOUT"), "invocation-has-error-other");
    assertFailure(
        () -> assertThat(order()).hasError("INTEGRATION_TIMEOUT"), "invocation-has-error-none");
  }

  @Test
  void has_no_error_fails_with_the_cause() {
    assertFailure(() -> assertThat(failed()).hasNoError(), "invocation-has-no-error");
  }

  @Test
  void served_by_canary_or_base() {
    RecordedInvocation canary =
        Recorded.request("GET", "/pets", "/pets").canary(true, "d2", 10, 3.5, 42).build(1);
    RecordedInvocation base =
        Recorded.request("GET", "/pets", "/pets").canary(false, "d1", 10, 55.25, 42).build(2);

    assertThat(canary).wasServedByCanary().ranDeployment("d2");
    assertThat(base).wasServedByBase();
    assertFailure(() -> assertThat(base).wasServedByCanary(), "invocation-served-by-canary");
    assertFailure(() -> assertThat(canary).wasServedByBase(), "invocation-served-by-base");
    assertFailure(
        () -> assertThat(order()).wasServedByCanary(), "invocation-served-by-canary-no-canary");
  }

  @Test
  void ran_deployment_and_stage_variable_fail_with_the_canary_decision() {
    RecordedInvocation canary =
        Recorded.request("GET", "/pets", "/pets")
            .canary(true, "d2", 10, 3.5, 42)
            .stageVariable("flavour", "new")
            .build(1);

    assertFailure(() -> assertThat(canary).ranDeployment("d1"), "invocation-ran-deployment");
    assertFailure(
        () -> assertThat(canary).hasStageVariable("flavour", "old"), "invocation-stage-variable");
    assertFailure(
        () -> assertThat(canary).hasStageVariable("colour", "red"),
        "invocation-stage-variable-unset");
  }

  @Test
  void integration_call_fails_when_the_integration_was_not_called() {
    RecordedInvocation unmatched = Recorded.unmatched("GET", "/order/42").build(3);

    assertFailure(() -> assertThat(unmatched).integrationCall(), "invocation-no-integration-call");
  }

  @Test
  void endpoint_response_fails_when_the_call_failed() {
    assertFailure(() -> assertThat(failed()).endpointResponse(), "invocation-no-endpoint-response");
  }

  @Test
  void integration_response_fails_when_none_was_selected() {
    RecordedInvocation proxy =
        Recorded.request("POST", "/prices", "/prices")
            .integrationCall(
                "AWS_PROXY",
                "POST",
                "arn:aws:lambda:us-east-1:123456789012:function:prices",
                Map.of(),
                "{}",
                new RecordedHttpMessage(200, Map.of(), "{}"))
            .build(4);

    assertFailure(
        () -> assertThat(proxy).integrationResponse(), "invocation-no-integration-response");
  }

  @Test
  void description_prefixes_the_message() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> assertThat(order()).as("order lookup").hasStatus(201))
        .hasMessageStartingWith("[order lookup] Expecting invocation:");
  }

  @Test
  void function_call_navigates_to_the_one_lambda_call() {
    RecordedInvocation lambda =
        Recorded.request("POST", "/prices", "/prices")
            .functionCall(
                Recorded.functionCall(
                    "prices", "l-1", "{\"path\":\"/prices\"}", "{\"statusCode\":200}", null))
            .build(5);

    assertThat(lambda)
        .functionCall()
        .hasNoError()
        .hasEventJsonContaining("{\"path\": \"/prices\"}");
    assertFailure(() -> assertThat(order()).functionCall(), "invocation-function-call-none");
    RecordedInvocation two =
        Recorded.request("POST", "/prices", "/prices")
            .functionCall(
                Recorded.functionCall("auth", "l-1", "{}", "{\"principalId\":\"u1\"}", null))
            .functionCall(Recorded.functionCall("prices", "l-2", "{}", null, "Timeout: 3 s"))
            .build(6);
    assertFailure(() -> assertThat(two).functionCall(), "invocation-function-call-several");
  }
}
