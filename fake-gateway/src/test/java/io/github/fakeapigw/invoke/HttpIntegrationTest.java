package io.github.fakeapigw.invoke;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.fakeapigw.TestDeployer.api;
import static io.github.fakeapigw.TestDeployer.http;
import static io.github.fakeapigw.TestDeployer.response;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.BackendTest;
import io.github.fakeapigw.TestDeployer;
import io.github.fakeapigw.recording.MappedParameter;
import io.github.fakeapigw.recording.RecordedIntegrationCall;
import io.github.fakeapigw.recording.RecordedInvocation;
import io.github.fakeapigw.recording.SelectedIntegrationResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HttpIntegrationTest extends BackendTest {
  private final InvokeHttp client = new InvokeHttp();

  private String base() {
    return "http://127.0.0.1:" + backend.port();
  }

  @Test
  void maps_every_request_source_and_forwards_only_mapped_headers_and_query() {
    backend.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("ok")));
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("map").method("/pets/{petId}", "GET", http("GET", base() + "/backend/{id}")
            .param("integration.request.path.id", "method.request.path.petId")
            .param("integration.request.querystring.q", "method.request.multivaluequerystring.q")
            .param("integration.request.querystring.s", "method.request.querystring.s")
            .param("integration.request.header.X-In", "method.request.header.X-Client-Id")
            .param("integration.request.header.X-Multi", "method.request.multivalueheader.X-M")
            .param("integration.request.header.X-Ctx", "context.requestId")
            .param("integration.request.header.X-Stage", "stageVariables.env")
            .param("integration.request.header.X-Lit", "'literal value'")
            .param("integration.request.header.X-Absent", "method.request.header.Nope")
            .respond(response("200"))),
        "dev", Map.of("env", "test-env"));

    HttpResponse<String> r = client.get(d.url("/pets/a%2Bb?q=1&q=2&s=x&s=last&other=1"),
        "X-Client-Id", "c-7", "X-M", "m1", "X-M", "m2", "X-Unmapped", "dropped");

    assertThat(r.statusCode()).isEqualTo(200);
    RecordedInvocation recorded = gateway.invocations().get(0);
    backend.verify(getRequestedFor(urlEqualTo("/backend/a%2Bb?q=1&q=2&s=last"))
        .withHeader("X-In", equalTo("c-7"))
        .withHeader("X-Multi", equalTo("m1,m2"))
        .withHeader("X-Ctx", equalTo(recorded.requestId()))
        .withHeader("X-Stage", equalTo("test-env"))
        .withHeader("X-Lit", equalTo("literal value"))
        .withHeader("X-Absent", absent())
        .withHeader("X-Unmapped", absent())
        .withHeader("X-Client-Id", absent())
        .withHeader("User-Agent", equalTo("AmazonAPIGateway_" + d.apiId()))
        .withHeader("X-Amzn-Apigateway-Api-Id", equalTo(d.apiId()))
        .withHeader("Accept", equalTo("application/json"))
        .withHeader("X-Amzn-Trace-Id", com.github.tomakehurst.wiremock.client.WireMock
            .matching("Root=1-[0-9a-f]{8}-[0-9a-f]{24}")));
    assertThat(recorded.mappedParameters()).contains(
        new MappedParameter("integration.request.header.X-Absent", "method.request.header.Nope",
            Optional.empty()),
        new MappedParameter("integration.request.path.id", "method.request.path.petId",
            Optional.of("a%2Bb")));
    RecordedIntegrationCall call = recorded.integrationCall().orElseThrow();
    assertThat(call.uri()).isEqualTo(base() + "/backend/a%2Bb?q=1&q=2&s=last");
    assertThat(call.httpMethod()).isEqualTo("GET");
    assertThat(call.header("X-Stage")).hasValue("test-env");
    assertThat(call.response().orElseThrow().body()).isEqualTo("ok");
  }

  @Test
  void substitutes_stage_variables_in_the_uri_and_uses_the_integration_verb() {
    backend.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("vars").method("/x", "GET",
            http("POST", "http://127.0.0.1:${stageVariables.port}/v/${stageVariables.version}")
                .respond(response("200"))),
        "dev", Map.of("port", Integer.toString(backend.port()), "version", "2"));

    assertThat(client.get(d.url("/x")).statusCode()).isEqualTo(200);
    backend.verify(postRequestedFor(urlEqualTo("/v/2")));
  }

  @Test
  void passes_the_body_through_when_no_template_matches_and_keeps_its_content_type() {
    backend.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("body").method("/x", "POST", http("ANY", base() + "/x")
            .template("application/json", "{}").passthrough("WHEN_NO_MATCH")
            .respond(response("200"))),
        "dev");

    client.send("POST", d.url("/x"), "<a>1</a>", "Content-Type", "application/xml");

    backend.verify(postRequestedFor(urlEqualTo("/x"))
        .withHeader("Content-Type", equalTo("application/xml"))
        .withRequestBody(equalTo("<a>1</a>")));
  }

  @Test
  void answers_415_when_passthrough_behavior_refuses_the_content_type() {
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("strict")
            .method("/never", "POST", http("POST", base() + "/x")
                .template("application/json", "{}").passthrough("NEVER")
                .respond(response("200")))
            .method("/no-templates", "POST", http("POST", base() + "/x")
                .template("application/json", "{}").passthrough("WHEN_NO_TEMPLATES")
                .respond(response("200"))),
        "dev");

    for (String path : new String[] {"/never", "/no-templates"}) {
      HttpResponse<String> r =
          client.send("POST", d.url(path), "<a/>", "Content-Type", "application/xml");
      assertThat(r.statusCode()).isEqualTo(415);
      // AWS: gateway response type, status and error type in https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html; the message text is not in a public AWS record
      assertThat(r.body()).isEqualTo("{\"message\":\"Unsupported Media Type\"}");
      assertThat(r.headers().firstValue("x-amzn-ErrorType"))
          .hasValue("UnsupportedMediaTypeException");
    }
    assertThat(backend.getAllServeEvents()).isEmpty();
    assertThat(gateway.invocations().get(0).error().orElseThrow().cause())
        // the fake's own diagnostic (recording and log only; the client gets AWS's answer)
        .isEqualTo("no request template for content type \"application/xml\" (templates:"
            + " [application/json]) and passthroughBehavior is NEVER");
  }

  @Test
  void selects_integration_responses_by_pattern_and_falls_back_to_the_default() {
    backend.stubFor(any(urlPathEqualTo("/404")).willReturn(aResponse().withStatus(404)
        .withHeader("X-Reason", "gone").withHeader("X-Other", "dropped").withBody("nope")));
    backend.stubFor(any(urlPathEqualTo("/201")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "text/html").withBody("<p>created</p>")));
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("select").method("/{code}", "GET", http("GET", base() + "/{code}")
            .param("integration.request.path.code", "method.request.path.code")
            .respond(response("200"))
            .respond(response("410").pattern("404")
                .header("X-Why", "integration.response.header.X-Reason")
                .header("X-Static", "'fixed'"))
            .respond(response("502").pattern("5\\d{2}"))),
        "dev");

    HttpResponse<String> notFound = client.get(d.url("/404"));
    HttpResponse<String> created = client.get(d.url("/201"));

    assertThat(notFound.statusCode()).isEqualTo(410);
    assertThat(notFound.body()).isEqualTo("nope");
    assertThat(notFound.headers().firstValue("X-Why")).hasValue("gone");
    assertThat(notFound.headers().firstValue("X-Static")).hasValue("fixed");
    assertThat(notFound.headers().firstValue("X-Other")).isEmpty();
    assertThat(notFound.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(created.statusCode()).isEqualTo(200);
    assertThat(created.body()).isEqualTo("<p>created</p>");
    assertThat(created.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(gateway.invocations().get(0).integrationResponse())
        .hasValue(new SelectedIntegrationResponse("410", Optional.of("404"), "404"));
    assertThat(gateway.invocations().get(1).integrationResponse())
        .hasValue(new SelectedIntegrationResponse("200", Optional.empty(), "201"));
  }

  @Test
  void answers_500_when_no_integration_response_matches_and_there_is_no_default() {
    backend.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("nodefault").method("/x", "GET", http("GET", base() + "/x")
            .respond(response("200").pattern("2\\d{2}"))),
        "dev");

    HttpResponse<String> r = client.get(d.url("/x"));

    assertThat(r.statusCode()).isEqualTo(500);
    // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_import.snapshot.json, TestApiGatewayImportRestApi::test_import_with_stage_variables, "get-error-resp-from-http"
    assertThat(r.body()).isEqualTo("{\"message\": \"Internal server error\"}");
    assertThat(gateway.invocations().get(0).error().orElseThrow().cause()).isEqualTo(
        // the fake's own diagnostic (recording and log only; the client gets AWS's answer)
        "No match for output mapping and no default output mapping configured. Endpoint Response"
            + " Status Code: 500 (selection value \"500\"; integration responses: [200"
            + " (selectionPattern \"2\\d{2}\")])");
  }

  @Test
  void respects_a_mapped_content_type_and_remaps_reserved_response_headers() {
    backend.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html").withHeader("Server", "backend-7")
        .withBody("<p/>")));
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("headers").method("/x", "GET", http("GET", base() + "/x")
            .respond(response("200")
                .header("Content-Type", "integration.response.header.Content-Type")
                .header("Server", "integration.response.header.Server")
                .header("WWW-Authenticate", "'Basic'"))),
        "dev");

    HttpResponse<String> r = client.get(d.url("/x"));

    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html");
    assertThat(r.headers().firstValue("x-amzn-Remapped-Server")).hasValue("backend-7");
    assertThat(r.headers().firstValue("x-amzn-Remapped-WWW-Authenticate")).hasValue("Basic");
    assertThat(r.headers().firstValue("WWW-Authenticate")).isEmpty();
  }

  @Test
  void answers_500_when_a_mapping_targets_a_reserved_header() {
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("reserved").method("/x", "GET", http("GET", base() + "/x")
            .param("integration.request.header.Content-Length", "'5'")
            .respond(response("200"))),
        "dev");

    HttpResponse<String> r = client.get(d.url("/x"));

    assertThat(r.statusCode()).isEqualTo(500);
    // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_import.snapshot.json, TestApiGatewayImportRestApi::test_import_with_stage_variables, "get-error-resp-from-http"
    assertThat(r.body()).isEqualTo("{\"message\": \"Internal server error\"}");
    assertThat(gateway.invocations().get(0).error().orElseThrow().cause()).startsWith(
        "Invalid mapping expression specified: integration.request.header.Content-Length = '5';"
            // the fake's own diagnostic (recording and log only; the client gets AWS's answer)
            + " header \"Content-Length\" is reserved");
    assertThat(backend.getAllServeEvents()).isEmpty();
  }

  @Test
  void answers_504_when_the_backend_is_slower_than_timeout_in_millis() {
    backend.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withFixedDelay(2000)));
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("slow").method("/x", "GET", http("GET", base() + "/slow").timeout(200)
            .respond(response("200"))),
        "dev");

    HttpResponse<String> r = client.get(d.url("/x"));

    assertThat(r.statusCode()).isEqualTo(504);
    assertThat(r.body()).isEqualTo("{\"message\": \"Endpoint request timed out\"}");
    RecordedInvocation recorded = gateway.invocations().get(0);
    assertThat(recorded.error().orElseThrow().responseType()).isEqualTo("INTEGRATION_TIMEOUT");
    assertThat(recorded.error().orElseThrow().cause())
        // the fake's own diagnostic (recording and log only; the client gets AWS's answer)
        .startsWith("Endpoint request timed out: no response from " + base() + "/slow within 200"
            + " ms (timeoutInMillis)");
    assertThat(recorded.integrationCall().orElseThrow().response()).isEmpty();
    assertThat(recorded.integrationCall().orElseThrow().error()).isPresent();
  }

  @Test
  void answers_500_when_the_backend_is_unreachable_and_records_the_cause() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket()) {
      s.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
      closedPort = s.getLocalPort();
    }
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("down").method("/x", "GET", http("GET", "http://127.0.0.1:" + closedPort + "/x")
            .respond(response("200"))),
        "dev");

    HttpResponse<String> r = client.get(d.url("/x"));

    assertThat(r.statusCode()).isEqualTo(500);
    // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_import.snapshot.json, TestApiGatewayImportRestApi::test_import_with_stage_variables, "get-error-resp-from-http"
    assertThat(r.body()).isEqualTo("{\"message\": \"Internal server error\"}");
    assertThat(gateway.invocations().get(0).error().orElseThrow().cause())
        // the fake's own diagnostic (recording and log only; the client gets AWS's answer)
        .startsWith("Network error communicating with endpoint http://127.0.0.1:" + closedPort
            + "/x: ")
        .containsIgnoringCase("refused");
  }

  @Test
  void answers_500_when_a_uri_placeholder_has_no_path_mapping() {
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("placeholder").method("/x", "GET", http("GET", base() + "/items/{id}")
            .respond(response("200"))),
        "dev");

    HttpResponse<String> r = client.get(d.url("/x"));

    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(gateway.invocations().get(0).error().orElseThrow().cause()).isEqualTo(
        // the fake's own diagnostic (recording and log only; the client gets AWS's answer)
        "Invalid endpoint address: integration uri \"" + base() + "/items/{id}\" has placeholder"
            + " {id} but no integration.request.path.id mapping produced a value");
  }

  @Test
  void sends_named_backend_uris_to_their_loopback_url() {
    backend.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("named")));
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("named").method("/x", "GET", http("GET", "https://petstore.example.com/pets/1")
            .respond(response("200"))),
        "dev");
    TestDeployer.registerBackend(gateway, "petstore.example.com", base());

    HttpResponse<String> r = client.get(d.url("/x"));

    assertThat(r.body()).isEqualTo("named");
    backend.verify(getRequestedFor(urlEqualTo("/pets/1")));
  }

  @Test
  void maps_a_json_path_of_the_request_body() {
    backend.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("jsonpath").method("/x", "POST", http("POST", base() + "/x")
            .param("integration.request.header.X-Name", "method.request.body.pet.name")
            .respond(response("200"))),
        "dev");

    client.send("POST", d.url("/x"), "{\"pet\":{\"name\":\"rex\"}}", "Content-Type",
        "application/json");

    backend.verify(postRequestedFor(urlEqualTo("/x")).withHeader("X-Name", equalTo("rex")));
  }

  @Test
  void request_overrides_from_the_template_win_over_parameter_mappings() {
    backend.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("override").method("/items/{id}", "POST", http("POST", base() + "/items/{id}")
            .param("integration.request.path.id", "method.request.path.id")
            .param("integration.request.header.X-Who", "'mapping'")
            .template("application/json",
                "#set($context.requestOverride.header.X-Who = 'template')"
                    + "#set($context.requestOverride.querystring.page = '2')"
                    + "#set($context.requestOverride.path.id = 'legacy-' + $input.params('id'))"
                    + "{\"n\": $input.json('$.n')}")
            .respond(response("200"))),
        "dev");

    client.send("POST", d.url("/items/7"), "{\"n\": \"ten\"}", "Content-Type", "application/json");

    backend.verify(postRequestedFor(urlEqualTo("/items/legacy-7?page=2"))
        .withHeader("X-Who", equalTo("template"))
        .withRequestBody(equalTo("{\"n\": \"ten\"}")));
    assertThat(gateway.invocations().get(0).renderedTemplates().get(0).output())
        .hasValue("{\"n\": \"ten\"}");
  }

  @Test
  void answers_504_when_a_slowly_streamed_response_ends_after_timeout_in_millis() {
    backend.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
        .withBody("x".repeat(2000)).withChunkedDribbleDelay(20, 1000)));
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("dribble").method("/x", "GET", http("GET", base() + "/dribble").timeout(300)
            .respond(response("200"))),
        "dev");

    HttpResponse<String> r = client.get(d.url("/x"));

    assertThat(r.statusCode()).isEqualTo(504);
    assertThat(gateway.invocations().get(0).error().orElseThrow().cause())
        .startsWith("Endpoint request timed out: ");
  }
}
