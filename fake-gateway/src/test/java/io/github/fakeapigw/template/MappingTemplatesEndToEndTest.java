package io.github.fakeapigw.template;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.fakeapigw.dsl.GatewayDsl.JSON;
import static io.github.fakeapigw.dsl.GatewayDsl.POST;
import static io.github.fakeapigw.dsl.GatewayDsl.http;
import static io.github.fakeapigw.dsl.GatewayDsl.integrationResponse;
import static io.github.fakeapigw.dsl.GatewayDsl.mock;
import static io.github.fakeapigw.dsl.GatewayDsl.restApi;
import static io.github.fakeapigw.dsl.GatewayDsl.stage;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.BackendTest;
import io.github.fakeapigw.DeployedApi;
import io.github.fakeapigw.recording.RecordedInvocation;
import io.github.fakeapigw.recording.RenderedTemplate;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Request and response templates through real HTTP: MOCK and HTTP integrations. */
class MappingTemplatesEndToEndTest extends BackendTest {
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Test
  void mock_integration_picks_the_status_from_the_request_template_and_renders_the_response()
      throws Exception {
    DeployedApi api =
        gateway.deploy(
            restApi("pets")
                .resource(
                    "/pets/{petId}",
                    io.github.fakeapigw.dsl.GatewayDsl.post()
                        .integration(
                            mock()
                                .withRequestTemplate(
                                    JSON,
                                    "{\"statusCode\": #if($input.path('$.fail') =="
                                        + " true)400#{else}200#end}")
                                .respond(
                                    integrationResponse(200)
                                        .withTemplate(
                                            JSON,
                                            """
                                            #set($root = $input.path('$'))
                                            {"id": "$input.params('petId')",
                                             "q": "$input.params('q')",
                                             "stage": "$context.stage",
                                             "path": "$context.path",
                                             "resource": "$context.resourcePath",
                                             "flavour": "$stageVariables.flavour",
                                             "missing": "$stageVariables.missing",
                                             "agent": "$context.identity.userAgent"}\
                                            """))
                                .respond(
                                    integrationResponse(400)
                                        .withSelectionPattern("400")
                                        .withTemplate(
                                            JSON,
                                            """
                                            #set($context.responseOverride.status = 422)
                                            #set($context.responseOverride.header.X-Reason = "fail flag")
                                            {"message": "rejected"}\
                                            """))))
                .stage("dev", stage().withVariable("flavour", "vanilla")));

    HttpResponse<String> ok =
        send(api.invokeUrl("dev"), "/pets/7?q=x", "{\"fail\": false}", "User-Agent", "e2e/1.0");
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body())
        .isEqualTo(
            """
            {"id": "7",
             "q": "x",
             "stage": "dev",
             "path": "/dev/pets/7",
             "resource": "/pets/{petId}",
             "flavour": "vanilla",
             "missing": "",
             "agent": "e2e/1.0"}\
            """);

    HttpResponse<String> rejected = send(api.invokeUrl("dev"), "/pets/7", "{\"fail\": true}");
    assertThat(rejected.statusCode()).isEqualTo(422);
    assertThat(rejected.headers().firstValue("X-Reason")).contains("fail flag");
    assertThat(rejected.body()).isEqualTo("{\"message\": \"rejected\"}");
  }

  @Test
  void http_integration_receives_the_transformed_body_and_overridden_parameters() throws Exception {
    backend.stubFor(
        post(urlPathEqualTo("/orders"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"orderId\": \"o-9\", \"lines\": [{\"sku\": \"A\"}, {\"sku\":"
                            + " \"B\"}]}")));
    DeployedApi api =
        gateway.deploy(
            restApi("orders")
                .resource(
                    "/orders",
                    io.github.fakeapigw.dsl.GatewayDsl.post()
                        .integration(
                            http(POST, "http://127.0.0.1:" + backend.port() + "/orders")
                                // the template's override wins over this mapping
                                .withRequestParameter(
                                    "integration.request.header.X-Customer", "'from-mapping'")
                                .withRequestTemplate(
                                    JSON,
                                    """
                                    #set($context.requestOverride.header.X-Customer = $input.path('$.customer.id'))
                                    #set($context.requestOverride.querystring.source = "gateway")
                                    {"customer": $input.json('$.customer'),
                                     "note": "$util.escapeJavaScript($input.path('$.note')).replaceAll("\\\\'", "'")"}\
                                    """)
                                .respond(
                                    integrationResponse(201)
                                        .withSelectionPattern("201")
                                        .withTemplate(
                                            JSON,
                                            """
                                            #set($context.responseOverride.header.X-Customer = $context.requestOverride.header.X-Customer)
                                            {"id": "$input.path('$.orderId')", "skus": [#foreach($l in $input.path('$.lines'))"$l.sku"#if($foreach.hasNext), #end#end]}\
                                            """))))
                .stage("live"));

    HttpResponse<String> response =
        send(
            api.invokeUrl("live"),
            "/orders",
            "{\"customer\": {\"id\": \"c-1\", \"name\": \"Ada\"}, \"note\": \"it's"
                + " \\\"fragile\\\"\"}");

    backend.verify(
        postRequestedFor(urlPathEqualTo("/orders"))
            .withQueryParam("source", equalTo("gateway"))
            .withHeader("X-Customer", equalTo("c-1"))
            .withRequestBody(
                equalToJson(
                    "{\"customer\": {\"id\": \"c-1\", \"name\": \"Ada\"},"
                        + " \"note\": \"it's \\\"fragile\\\"\"}")));
    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.body()).isEqualTo("{\"id\": \"o-9\", \"skus\": [\"A\", \"B\"]}");
    assertThat(response.headers().firstValue("X-Customer")).contains("c-1");
  }

  @Test
  void a_broken_template_answers_500_and_records_the_velocity_error_with_its_position()
      throws Exception {
    DeployedApi api =
        gateway.deploy(
            restApi("broken")
                .resource(
                    "/things",
                    io.github.fakeapigw.dsl.GatewayDsl.post()
                        .integration(
                            mock()
                                .withRequestTemplate(
                                    JSON, "{\n  #if($input.body)\n  \"statusCode\": 200\n}")
                                .respond(integrationResponse(200))))
                .stage("dev"));

    HttpResponse<String> response = send(api.invokeUrl("dev"), "/things", "{}");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).isEqualTo("{\"message\": \"Internal server error\"}");
    List<RecordedInvocation> invocations = gateway.invocations();
    assertThat(invocations).hasSize(1);
    List<RenderedTemplate> rendered = invocations.get(0).renderedTemplates();
    assertThat(rendered).hasSize(1);
    assertThat(rendered.get(0).error())
        .hasValueSatisfying(
            error ->
                assertThat(error)
                    .isEqualTo(
                        "Mapping template parse error: Encountered \"<EOF>\" at mapping"
                            + " template[line 4, column 2]"));
  }

  @Test
  void mock_request_template_may_write_the_status_code_with_an_unquoted_key() throws Exception {
    DeployedApi api =
        gateway.deploy(
            restApi("loose")
                .resource(
                    "/things",
                    io.github.fakeapigw.dsl.GatewayDsl.post()
                        .integration(
                            mock()
                                .withRequestTemplate(JSON, "{statusCode: 201}")
                                .respond(integrationResponse(200))
                                .respond(
                                    integrationResponse(201)
                                        .withSelectionPattern("201")
                                        .withTemplate(JSON, "created $input.body"))))
                .stage("dev"));

    HttpResponse<String> response = send(api.invokeUrl("dev"), "/things", "");

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.body()).isEqualTo("created {}");
  }

  private HttpResponse<String> send(URI stageUrl, String path, String body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(stageUrl.toString().replaceAll("/$", "") + path))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
