package io.github.fakeapigw.assertions;

import static io.github.fakeapigw.assertions.GatewayAssertions.assertThat;
import static io.github.fakeapigw.assertions.Golden.assertFailure;
import static io.github.fakeapigw.assertions.RecordedInvocationAssertTest.order;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.fakeapigw.recording.RecordedHttpMessage;
import io.github.fakeapigw.recording.RecordedInvocation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvocationPartAssertTest {

  @Test
  void method_request_assertions_pass() {
    assertThat(order())
        .methodRequest()
        .hasPath("/orders/42")
        .hasHeader("accept", "application/json")
        .hasQueryParameter("expand", "items")
        .hasBody("")
        .returnToInvocation()
        .hasStatus(200);
  }

  @Test
  void method_request_header_fails_listing_the_headers_received() {
    assertFailure(
        () -> assertThat(order()).methodRequest().hasHeader("Authorization", "Bearer t"),
        "part-method-request-header-missing");
  }

  @Test
  void method_request_query_parameter_fails() {
    assertFailure(
        () -> assertThat(order()).methodRequest().hasQueryParameter("expand", "all"),
        "part-method-request-query-value");
    assertFailure(
        () -> assertThat(order()).methodRequest().hasQueryParameter("page", "2"),
        "part-method-request-query-missing");
  }

  @Test
  void method_request_path_fails() {
    assertFailure(
        () -> assertThat(order()).methodRequest().hasPath("/orders/43"),
        "part-method-request-path");
  }

  @Test
  void integration_call_assertions_pass() {
    assertThat(order())
        .integrationCall()
        .hasType("HTTP")
        .hasMethod("GET")
        .hasUri("http://127.0.0.1:8089/v1/orders/42?expand=items&tag=a%26b")
        .hasPath("/v1/orders/42")
        .hasQueryParameter("expand", "items")
        .hasQueryParameter("tag", "a&b")
        .hasHeader("x-order-id", "42")
        .hasBody("{\"id\":\"42\",\"items\":[1,2]}")
        .hasJsonBody("{ \"items\": [1.0, 2], \"id\": \"42\" }")
        .hasJsonBodyContaining("{\"items\": [1, 2]}");
  }

  @Test
  void integration_call_header_fails_on_another_value() {
    assertFailure(
        () -> assertThat(order()).integrationCall().hasHeader("X-Order-Id", "43"),
        "part-integration-call-header-value");
  }

  @Test
  void integration_call_simple_properties_fail() {
    assertFailure(
        () -> assertThat(order()).integrationCall().hasType("MOCK"), "part-integration-call-type");
    assertFailure(
        () -> assertThat(order()).integrationCall().hasMethod("POST"),
        "part-integration-call-method");
    assertFailure(
        () -> assertThat(order()).integrationCall().hasUri("http://127.0.0.1:8089/v1/orders"),
        "part-integration-call-uri");
    assertFailure(
        () -> assertThat(order()).integrationCall().hasPath("/v1/orders/43"),
        "part-integration-call-path");
    assertFailure(
        () -> assertThat(order()).integrationCall().hasQueryParameter("page", "1"),
        "part-integration-call-query-missing");
  }

  @Test
  void integration_call_json_body_fails_with_a_pretty_printed_diff() {
    assertFailure(
        () ->
            assertThat(order())
                .integrationCall()
                .hasJsonBody("{\"id\": 42, \"items\": [1, 2, 3], \"note\": \"x\"}"),
        "part-integration-call-json-body");
  }

  @Test
  void json_body_containing_fails_naming_missing_and_different_members() {
    assertThat(order()).response().hasJsonBodyContaining("{\"status\": \"open\"}");
    assertFailure(
        () ->
            assertThat(order())
                .response()
                .hasJsonBodyContaining("{\"status\": \"closed\", \"total\": 3}"),
        "part-response-json-body-containing");
  }

  @Test
  void json_body_fails_when_the_body_is_not_json() {
    assertFailure(
        () -> assertThat(order()).methodRequest().hasJsonBody("{\"id\": 42}"),
        "part-method-request-json-not-json");
  }

  @Test
  void json_body_rejects_an_invalid_expected_json() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(order()).integrationCall().hasJsonBody("{id: 42"))
        .withMessageStartingWith("the expected JSON must be valid JSON; ")
        .withMessageEndingWith("; offending: {id: 42");
  }

  @Test
  void body_fails_and_truncates_long_bodies() {
    String longBody = "x".repeat(620);
    RecordedInvocation inv =
        Recorded.request("POST", "/upload", "/upload").requestBody(longBody).build(1);

    assertFailure(
        () -> assertThat(inv).methodRequest().hasBody("short"),
        "part-method-request-body-truncated");
  }

  @Test
  void responses_pass_and_fail() {
    assertThat(order())
        .endpointResponse()
        .hasStatus(200)
        .hasHeader("Content-Type", "application/json")
        .hasJsonBody("{\"id\":\"42\"}")
        .returnToInvocation()
        .response()
        .hasStatus(200)
        .hasBody("{\"id\":\"42\",\"status\":\"open\"}")
        .hasJsonBody("{\"status\":\"open\",\"id\":\"42\"}");

    assertFailure(
        () -> assertThat(order()).endpointResponse().hasStatus(404),
        "part-endpoint-response-status");
    assertFailure(
        () -> assertThat(order()).response().hasBody("{\"id\":\"42\"}"), "part-response-body");
    assertFailure(
        () -> assertThat(order()).response().hasHeader("Cache-Control", "no-cache"),
        "part-response-header-missing");
  }

  @Test
  void integration_response_passes_and_fails() {
    RecordedInvocation defaulted =
        Recorded.request("GET", "/orders/9", "/orders/{id}")
            .integrationCall(
                "HTTP",
                "GET",
                "http://127.0.0.1:8089/v1/orders/9",
                Map.of(),
                "",
                new RecordedHttpMessage(404, Map.of("Content-Type", List.of("text/plain")), "gone"))
            .integrationResponse("200", null, "404")
            .build(2);

    assertThat(order()).integrationResponse().hasStatusCode(200).wasSelectedByPattern("2\\d{2}");
    assertThat(defaulted).integrationResponse().hasStatusCode("200").usedDefaultResponse();

    assertFailure(
        () -> assertThat(order()).integrationResponse().hasStatusCode(404),
        "part-integration-response-status");
    assertFailure(
        () -> assertThat(order()).integrationResponse().wasSelectedByPattern("4\\d{2}"),
        "part-integration-response-other-pattern");
    assertFailure(
        () -> assertThat(defaulted).integrationResponse().wasSelectedByPattern("4\\d{2}"),
        "part-integration-response-default-used");
    assertFailure(
        () -> assertThat(order()).integrationResponse().usedDefaultResponse(),
        "part-integration-response-not-default");
  }

  @Test
  void percent_signs_in_recorded_and_expected_values_are_printed_verbatim() {
    RecordedInvocation inv =
        Recorded.request("GET", "/q", "/q").requestHeader("X-Ratio", "100%s").build(1);

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> assertThat(inv).methodRequest().hasHeader("X-Ratio", "50%d"))
        .hasMessageContaining("  \"50%d\"")
        .hasMessageContaining("  \"100%s\"");
  }
}
