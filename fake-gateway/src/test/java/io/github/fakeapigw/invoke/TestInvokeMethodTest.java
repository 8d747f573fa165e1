package io.github.fakeapigw.invoke;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.fakeapigw.TestDeployer.api;
import static io.github.fakeapigw.TestDeployer.http;
import static io.github.fakeapigw.TestDeployer.mock;
import static io.github.fakeapigw.TestDeployer.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakeapigw.BackendTest;
import io.github.fakeapigw.TestDeployer;
import io.github.fakeapigw.TestInvoker;
import io.github.fakeapigw.internal.invoke.TestInvokeRequest;
import io.github.fakeapigw.internal.invoke.TestInvokeResult;
import io.github.fakeapigw.recording.RecordedInvocation;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class TestInvokeMethodTest extends BackendTest {
  private static final String LINE = "(?m)^\\w{3} \\w{3} \\d{2} \\d{2}:\\d{2}:\\d{2} UTC \\d{4} : ";


  @Test
  void runs_the_undeployed_definition_and_writes_the_execution_log() {
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("pets").method("/pets", "GET", mock().respond(response("200"))), "dev");
    var current = TestDeployer.redefine(d, api("pets").method("/pets/{petId}", "GET", mock()
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_extended.snapshot.json, test_export_swagger_openapi[TEST_IMPORT_PETSTORE_SWAGGER], "get-export-with-extensions"
        .template("application/json", "{\"statusCode\": 200}")
        .respond(response("200").header("X-Pet", "'yes'").template("application/json",
            "{\"pet\": \"$input.params('petId')\", \"v\": \"$stageVariables.v\"}"))));

    TestInvokeResult result = TestInvoker.testInvoke(gateway, d.apiId(),
        current.resourceByPath("/pets/{petId}").orElseThrow().id(), "GET",
        new TestInvokeRequest("/pets/123?x=1", "", Map.of("Accept", "application/json"), Map.of(),
            Map.of("v", "caller")));

    assertThat(result.status()).isEqualTo(200);
    assertThat(result.body()).isEqualTo("{\"pet\": \"123\", \"v\": \"caller\"}");
    assertThat(result.headers()).containsEntry("X-Pet", "yes")
        .containsEntry("Content-Type", "application/json");
    assertThat(result.multiValueHeaders()).containsEntry("X-Pet", List.of("yes"));
    RecordedInvocation recorded = gateway.invocations().get(0);
    assertThat(recorded.kind()).isEqualTo(RecordedInvocation.Kind.TEST_INVOKE);
    assertThat(recorded.stage()).isEmpty();
    assertThat(recorded.stageVariables()).containsEntry("v", "caller");
    String log = result.log();
    // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_basic.snapshot.json, TestAPIGateway::test_apigw_test_invoke_method_api, "test_invoke_method_response"
    assertThat(log).startsWith("Execution log for request " + recorded.requestId() + "\n");
    assertThat(log.lines().skip(1)).allMatch(l -> l.matches(LINE.substring(4) + ".*"));
    assertThat(log.lines().map(l -> l.replaceFirst(LINE.substring(4), "")).toList())
        .containsSubsequence(
            "Starting execution for request: " + recorded.requestId(),
            // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApigatewayTestInvoke::test_invoke_test_method, "test-invoke-method-get-pets-id"
            "HTTP Method: GET, Resource Path: /pets/123",
            "Method request path: {petId=123}",
            // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_basic.snapshot.json, TestAPIGateway::test_apigw_test_invoke_method_api, "test_invoke_method_response" (log lines)
            "Method request query string: {x=1}",
            "Method request headers: {Accept=application/json}",
            // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_basic.snapshot.json, TestAPIGateway::test_apigw_test_invoke_method_api, "test_invoke_method_response"
            "Method request body before transformations: ",
            "Method response body after transformations: {\"pet\": \"123\", \"v\": \"caller\"}",
            "Successfully completed execution",
            "Method completed with status: 200");
  }

  @Test
  void logs_the_endpoint_request_and_response_of_http_integrations() {
    backend.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{\"a\":1}")));
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("http").method("/x", "GET",
            http("GET", "http://127.0.0.1:${stageVariables.port}/svc").respond(response("200"))),
        "dev");

    TestInvokeResult result = TestInvoker.testInvoke(gateway, d.apiId(), d.resourceId("/x"),
        "GET", new TestInvokeRequest("/x", "", Map.of(), Map.of(),
            Map.of("port", Integer.toString(backend.port()))));

    assertThat(result.status()).isEqualTo(200);
    assertThat(result.body()).isEqualTo("{\"a\":1}");
    backend.verify(getRequestedFor(urlEqualTo("/svc")));
    assertThat(result.log())
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_basic.snapshot.json, TestAPIGateway::test_apigw_test_invoke_method_api, "test_invoke_method_response" (log lines)
        .contains(" : Endpoint request URI: http://127.0.0.1:" + backend.port() + "/svc\n")
        .contains(" : Sending request to http://127.0.0.1:" + backend.port() + "/svc\n")
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_basic.snapshot.json, TestAPIGateway::test_apigw_test_invoke_method_api, "test_invoke_method_response"
        .contains(" : Received response. Status: 200, Integration latency: ")
        .contains(" : Endpoint response body before transformations: {\"a\":1}\n");
  }

  @Test
  void reports_template_errors_in_the_status_and_the_log() {
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("broken").method("/x", "GET", mock()
            .template("application/json", "#foreach($x in) {\"statusCode\": 200}")
            .respond(response("200"))),
        "dev");

    TestInvokeResult result = TestInvoker.testInvoke(gateway, d.apiId(), d.resourceId("/x"),
        "GET", new TestInvokeRequest("", "", Map.of(), Map.of(), Map.of()));

    assertThat(result.status()).isEqualTo(500);
    // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_import.snapshot.json, TestApiGatewayImportRestApi::test_import_with_stage_variables, "get-error-resp-from-http"
    assertThat(result.body()).isEqualTo("{\"message\": \"Internal server error\"}");
    // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_import.snapshot.json, TestApiGatewayImportRestApi::test_import_with_stage_variables, "get-error-resp-from-http"
    assertThat(result.headers()).containsEntry("x-amzn-ErrorType", "InternalServerErrorException");
    assertThat(result.log())
        .contains(" : Execution failed due to configuration error: Unable to transform request:")
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApigatewayTestInvoke::test_failed_invoke_test_method, "test-invoke-failure"
        .contains(" : Method completed with status: 500\n");
  }

  @Test
  void names_the_missing_api_resource_or_method_as_aws_does() {
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("x").method("/x", "GET", mock().respond(response("200"))), "dev");
    TestInvokeRequest empty = new TestInvokeRequest("", "", Map.of(), Map.of(), Map.of());

    assertThatThrownBy(() -> TestInvoker.testInvoke(gateway, "nope", "r", "GET", empty))
        .isInstanceOf(NoSuchElementException.class)
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiRestApi::test_get_api_case_insensitive, "get-api-upper-case"
        .hasMessage("Invalid API identifier specified 123456789012:nope");
    assertThatThrownBy(() -> TestInvoker.testInvoke(gateway, d.apiId(), "nope", "GET", empty))
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiResource::test_update_resource_behaviour, "nonexistent-resource"
        .hasMessage("Invalid Resource identifier specified");
    assertThatThrownBy(
            () -> TestInvoker.testInvoke(gateway, d.apiId(), d.resourceId("/x"), "POST", empty))
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiMethod::test_method_lifecycle, "get-deleted-method-response"
        .hasMessage("Invalid Method identifier specified");
  }

  /** LocalStack's AWS-validated test_apigateway_api.snapshot.json, test_invoke_test_method. */
  @Test
  void answers_the_method_response_headers_alone() {
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("pets").method("/pets", "GET", mock().template("application/json",
            "{\"statusCode\": 200}").respond(response("200")
                .template("application/json", "{\"pets\": \"all the pets\"}"))), "dev");

    TestInvokeResult result = TestInvoker.testInvoke(gateway, d.apiId(), d.resourceId("/pets"),
        "GET", new TestInvokeRequest("", "", Map.of(), Map.of(), Map.of()));

    assertThat(result.status()).isEqualTo(200);
    assertThat(result.headers()).isEqualTo(Map.of("Content-Type", "application/json"));
    assertThat(result.multiValueHeaders())
        .isEqualTo(Map.of("Content-Type", List.of("application/json")));
    assertThat(result.log().lines().map(l -> l.replaceFirst(LINE.substring(4), "")).toList())
        .containsSubsequence(
            "Method response body after transformations: {\"pets\": \"all the pets\"}",
            "Method response headers: {Content-Type=application/json}",
            "Successfully completed execution",
            "Method completed with status: 200");
  }

  /** test_apigateway_api.snapshot.json, test_failed_invoke_test_method. */
  @Test
  void an_invalid_endpoint_address_answers_500_with_aws_log_line() {
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("failing").method("/", "ANY",
            TestDeployer.httpProxy("ANY", "https://${stageVariables.testHost}")), "dev");

    // GET on the ANY method, as the recorded test calls it
    TestInvokeResult result = TestInvoker.testInvoke(gateway, d.apiId(), d.resourceId("/"),
        "GET", new TestInvokeRequest("", "", Map.of(), Map.of(), Map.of()));

    assertThat(result.status()).isEqualTo(500);
    assertThat(result.body()).isEqualTo("{\"message\": \"Internal server error\"}");
    assertThat(result.headers())
        .isEqualTo(Map.of("x-amzn-ErrorType", "InternalServerErrorException"));
    List<String> lines =
        result.log().lines().map(l -> l.replaceFirst(LINE.substring(4), "")).toList();
    assertThat(lines).contains("HTTP Method: GET, Resource Path: /");
    assertThat(lines.subList(lines.size() - 2, lines.size())).containsExactly(
        "Execution failed due to configuration error: Invalid endpoint address",
        "Method completed with status: 500");
    assertThat(gateway.invocations().get(0).error().orElseThrow().cause())
        .startsWith("Invalid endpoint address");
  }
}
