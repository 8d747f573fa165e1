package io.github.fakeapigw.invoke;

import static io.github.fakeapigw.TestDeployer.api;
import static io.github.fakeapigw.TestDeployer.mock;
import static io.github.fakeapigw.TestDeployer.response;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.TestDeployer;
import io.github.fakeapigw.recording.RecordedInvocation;
import io.github.fakeapigw.recording.RenderedTemplate;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MockIntegrationTest {
  private FakeApiGateway gateway;
  private final InvokeHttp http = new InvokeHttp();

  @BeforeAll
  void start() {
    gateway = new FakeApiGateway().start();
  }

  @AfterAll
  void stop() {
    gateway.close();
  }

  @BeforeEach
  void reset() {
    gateway.reset();
  }

  @Test
  void renders_the_status_code_from_the_request_template_and_the_body_from_the_response_template() {
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("mock").method("/pets/{id}", "GET", mock()
            .template("application/json",
                "#if($input.params('id') == 'missing'){\"statusCode\": 404}"
                    + "#else{statusCode: 200}#end")
            .respond(response("200").template("application/json",
                "{\"id\": \"$input.params('id')\", \"stage\": \"$context.stage\"}"))
            .respond(response("404").pattern("404").template("application/json",
                "{\"message\": \"no pet $input.params('id')\"}"))),
        "dev");

    HttpResponse<String> found = http.get(d.url("/pets/7"));
    HttpResponse<String> missing = http.get(d.url("/pets/missing"));

    assertThat(found.statusCode()).isEqualTo(200);
    assertThat(found.body()).isEqualTo("{\"id\": \"7\", \"stage\": \"dev\"}");
    assertThat(found.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).isEqualTo("{\"message\": \"no pet missing\"}");
    RecordedInvocation recorded = gateway.invocations().get(0);
    assertThat(recorded.renderedTemplates()).extracting(RenderedTemplate::phase, RenderedTemplate::output)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(RenderedTemplate.Phase.REQUEST, Optional.of("{statusCode: 200}")),
            org.assertj.core.groups.Tuple.tuple(RenderedTemplate.Phase.RESPONSE,
                Optional.of("{\"id\": \"7\", \"stage\": \"dev\"}")));
    assertThat(recorded.integrationCall().orElseThrow().integrationType()).isEqualTo("MOCK");
  }

  @Test
  void without_a_request_template_a_bodiless_request_gets_the_default_response() {
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("mock").method("/x", "GET", mock().respond(response("200"))), "dev");

    HttpResponse<String> r = http.get(d.url("/x"));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEmpty();
    assertThat(gateway.invocations().get(0).integrationResponse().orElseThrow().selectionValue())
        .isEqualTo("200");
  }

  @Test
  void a_passed_through_body_drives_the_status_code_and_a_bad_one_answers_500() {
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("mock").method("/x", "POST", mock()
            .respond(response("200"))
            .respond(response("418").pattern("418"))),
        "dev");

    HttpResponse<String> teapot = http.send("POST", d.url("/x"), "{statusCode: 418}");
    HttpResponse<String> bad = http.send("POST", d.url("/x"), "{\"statusCode\": \"abc\"}");

    assertThat(teapot.statusCode()).isEqualTo(418);
    assertThat(bad.statusCode()).isEqualTo(500);
    // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_import.snapshot.json, TestApiGatewayImportRestApi::test_import_with_stage_variables, "get-error-resp-from-http"
    assertThat(bad.body()).isEqualTo("{\"message\": \"Internal server error\"}");
    assertThat(gateway.invocations().get(1).error().orElseThrow().cause()).isEqualTo(
        // the fake's own diagnostic (recording and log only; the client gets AWS's answer)
        "Unable to parse statusCode. It should be an integer that is defined in the request"
            + " template. The MOCK request body has statusCode \"abc\", which is not an integer;"
            + " body: {\"statusCode\": \"abc\"}");
  }

  @Test
  void a_failing_template_answers_500_and_records_the_engine_error() {
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("mock").method("/x", "GET", mock()
            .template("application/json", "#if($x {\"statusCode\": 200}")
            .respond(response("200"))),
        "dev");

    HttpResponse<String> r = http.get(d.url("/x"));

    assertThat(r.statusCode()).isEqualTo(500);
    RecordedInvocation recorded = gateway.invocations().get(0);
    RenderedTemplate failed = recorded.renderedTemplates().get(0);
    assertThat(failed.output()).isEmpty();
    assertThat(failed.error().orElseThrow()).containsIgnoringCase("line 1");
    assertThat(recorded.error().orElseThrow().cause())
        // the fake's own diagnostic (recording and log only; the client gets AWS's answer)
        .startsWith("Unable to transform request: the application/json template failed: ");
  }

  @Test
  void response_overrides_replace_the_status_and_add_headers() {
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("mock").method("/x", "GET", mock()
            // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_extended.snapshot.json, test_export_swagger_openapi[TEST_IMPORT_PETSTORE_SWAGGER], "get-export-with-extensions"
            .template("application/json", "{\"statusCode\": 200}")
            .respond(response("200").template("application/json",
                "#set($context.responseOverride.status = 201)"
                    + "#set($context.responseOverride.header.X-Over = 'yes'){}"))),
        "dev");

    HttpResponse<String> r = http.get(d.url("/x"));

    assertThat(r.statusCode()).isEqualTo(201);
    assertThat(r.headers().firstValue("X-Over")).hasValue("yes");
  }

  /**
   * LocalStack's AWS-validated test_apigateway_integrations.snapshot.json,
   * test_integration_mock_with_response_override_in_request_template[True] and [False].
   */
  @ParameterizedTest(name = "with a response template: {0}")
  @ValueSource(booleans = {true, false})
  void response_overrides_set_in_the_request_template_apply(boolean responseTemplate) {
    TestDeployer.Resp ok = response("200").pattern("2\\d{2}");
    if (responseTemplate) {
      ok.template("application/json", """
          #set($statusOverride = $context.responseOverride.status)
          #set($fooHeader = $context.responseOverride.header.foo)
          {"statusOverride": "$statusOverride", "fooHeader": "$fooHeader"}""");
    }
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("override").method("/", "GET", mock()
            .template("application/json", """
                #set($context.responseOverride.status = 444)
                #set($context.responseOverride.header.foo = "bar")
                {
                  "statusCode": 200
                }""")
            .respond(ok)),
        "dev");

    HttpResponse<String> r = http.get(d.url("/"));

    assertThat(r.statusCode()).isEqualTo(444);
    assertThat(r.headers().firstValue("foo")).hasValue("bar");
    assertThat(r.body()).isEqualTo(responseTemplate
        ? "{\"statusOverride\": \"444\", \"fooHeader\": \"bar\"}" : "");
  }

  @Test
  void an_unquoted_status_code_key_as_cdk_writes_it_selects_the_status() {
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("cdk").method("/x", "GET", mock()
            .template("application/json", "{statusCode: 200}")
            .respond(response("200").pattern("200").template("application/json", "ok"))
            .respond(response("500"))),
        "dev");

    HttpResponse<String> r = http.get(d.url("/x"));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("ok");
  }

  @Test
  void uses_the_api_gateway_responses_for_its_own_errors() {
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("custom")
            .method("/x", "GET", mock().respond(response("200")))
            .gatewayResponse("DEFAULT_4XX", "404",
                Map.of("gatewayresponse.header.X-Error", "'custom'"),
                Map.of("application/json",
                    "{\"error\": $context.error.messageString, \"id\": \"$context.requestId\"}")),
        "dev");

    HttpResponse<String> r = http.get(d.url("/nothing-here"));

    String requestId = gateway.invocations().get(0).requestId();
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("X-Error")).hasValue("custom");
    assertThat(r.body())
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_common.snapshot.json, TestApigatewayRouting::test_routing_not_found, "not-found"
        .isEqualTo("{\"error\": \"Missing Authentication Token\", \"id\": \"" + requestId + "\"}");
  }
}
