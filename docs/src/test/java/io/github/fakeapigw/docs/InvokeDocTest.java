package io.github.fakeapigw.docs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.github.fakeapigw.dsl.GatewayDsl.ANY;
import static io.github.fakeapigw.dsl.GatewayDsl.GET;
import static io.github.fakeapigw.dsl.GatewayDsl.JSON;
import static io.github.fakeapigw.dsl.GatewayDsl.OPTIONS;
import static io.github.fakeapigw.dsl.GatewayDsl.POST;
import static io.github.fakeapigw.dsl.GatewayDsl.canary;
import static io.github.fakeapigw.dsl.GatewayDsl.get;
import static io.github.fakeapigw.dsl.GatewayDsl.http;
import static io.github.fakeapigw.dsl.GatewayDsl.httpProxy;
import static io.github.fakeapigw.dsl.GatewayDsl.integrationResponse;
import static io.github.fakeapigw.dsl.GatewayDsl.method;
import static io.github.fakeapigw.dsl.GatewayDsl.mock;
import static io.github.fakeapigw.dsl.GatewayDsl.restApi;
import static io.github.fakeapigw.dsl.GatewayDsl.stage;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.fakeapigw.CanarySide;
import io.github.fakeapigw.DeployedApi;
import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.FakeApiGatewayOptions;
import io.github.fakeapigw.recording.RecordedIntegrationCall;
import io.github.fakeapigw.recording.RecordedInvocation;
import io.github.fakeapigw.recording.StageTraffic;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvokeDocTest {
  private FakeApiGateway gateway;
  private WireMockServer backend;
  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeAll
  void start() {
    backend = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    backend.start();
    gateway = new FakeApiGateway(FakeApiGatewayOptions.defaults().withSeed(7)).start();
  }

  @AfterAll
  void stop() {
    gateway.close();
    backend.stop();
  }

  @BeforeEach
  void reset() {
    gateway.reset();
    backend.resetAll();
  }

  private HttpResponse<String> send(String method, URI uri) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void invokes_a_mock_integration() throws Exception {
    // tag::mock[]
    DeployedApi pets = gateway.deploy(restApi("pets")
        .resource("/pets/{petId}", get().integration(mock()
            .withRequestTemplate(JSON, "{\"statusCode\": 200}")
            .respond(integrationResponse(200)
                .withTemplate(JSON, "{\"id\": \"$input.params('petId')\"}"))))
        .stage("dev"));

    URI url = URI.create(pets.invokeUrl("dev") + "/pets/42");
    // http://127.0.0.1:<port>/restapis/<apiId>/dev/_user_request_/pets/42
    HttpResponse<String> response =
        client.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"id\": \"42\"}");
    // end::mock[]
  }

  @Test
  void maps_parameters_onto_an_http_backend_and_records_the_call() throws Exception {
    backend.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)));
    // tag::http[]
    DeployedApi orders = gateway.deploy(restApi("orders")
        .resource("/orders/{id}", get().integration(
            http(GET, "http://127.0.0.1:" + backend.port() + "/v1/orders/{id}")
                .withRequestParameter("integration.request.path.id", "method.request.path.id")
                .withRequestParameter("integration.request.header.X-Order-Id",
                    "method.request.path.id")
                .respond(integrationResponse(200))
                .respond(integrationResponse(404).withSelectionPattern("404")
                    .withTemplate(JSON, "{\"message\": \"order not found\"}"))))
        .stage("test"));

    HttpResponse<String> response =
        send("GET", URI.create(orders.invokeUrl("test") + "/orders/42"));

    assertThat(response.statusCode()).isEqualTo(404);
    RecordedInvocation invocation = gateway.invocations().get(0);
    RecordedIntegrationCall call = invocation.integrationCall().orElseThrow();
    assertThat(call.path()).isEqualTo("/v1/orders/42");
    assertThat(call.header("X-Order-Id")).hasValue("42");
    assertThat(invocation.mappedParameter("integration.request.header.X-Order-Id"))
        .hasValue("42");
    assertThat(invocation.integrationResponse().orElseThrow().selectionPattern())
        .hasValue("404");
    // end::http[]
  }

  @Test
  void explains_a_403_in_the_recording() throws Exception {
    DeployedApi pets = gateway.deploy(restApi("pets")
        .resource("/pets", get().integration(mock().respond(integrationResponse(200))))
        .stage("dev"));
    // tag::unmatched[]
    HttpResponse<String> response = send("POST", URI.create(pets.invokeUrl("dev") + "/pets"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).isEqualTo("{\"message\":\"Missing Authentication Token\"}");
    assertThat(gateway.invocations().get(0).unmatchedReason()).hasValue(
        "Resource /pets matches path \"/pets\" but has no POST method; its methods: [GET]."
            + " API Gateway answers a missing method like an unknown path");
    // end::unmatched[]
  }

  @Test
  void serves_a_verb_from_the_greedy_sibling_that_has_it() throws Exception {
    // tag::fallback[]
    DeployedApi api = gateway.deploy(restApi("cors")
        .resource("/test", method(POST).integration(mock().respond(integrationResponse(200))))
        .resource("/{proxy+}", method(OPTIONS).integration(mock()
            .respond(integrationResponse(200)
                .withTemplate(JSON, "{\"served by\": \"$context.resourcePath\"}"))))
        .stage("dev"));

    HttpResponse<String> response = send("OPTIONS", URI.create(api.invokeUrl("dev") + "/test"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"served by\": \"/{proxy+}\"}");
    // end::fallback[]
  }

  @Test
  void reports_integration_failures_as_aws_does_and_keeps_the_cause() throws Exception {
    backend.stubFor(any(anyUrl()).willReturn(aResponse().withFixedDelay(1000)));
    // tag::timeout[]
    DeployedApi slow = gateway.deploy(restApi("slow")
        .resource("/{proxy+}", method(ANY).integration(
            httpProxy(ANY, "http://127.0.0.1:" + backend.port() + "/{proxy}")
                .withRequestParameter("integration.request.path.proxy",
                    "method.request.path.proxy")
                .withTimeoutInMillis(100)))
        .stage("dev"));

    HttpResponse<String> response = send("GET", URI.create(slow.invokeUrl("dev") + "/a/b"));

    assertThat(response.statusCode()).isEqualTo(504);
    assertThat(response.body()).isEqualTo("{\"message\": \"Endpoint request timed out\"}");
    assertThat(gateway.invocations().get(0).error().orElseThrow().cause())
        .startsWith("Endpoint request timed out: no response from http://127.0.0.1:");
    // end::timeout[]
  }

  @Test
  void forces_canary_routing_and_counts_stage_traffic() throws Exception {
    // tag::canary[]
    DeployedApi api = gateway.deploy(restApi("flags")
        .resource("/flag", get().integration(mock()
            .withRequestTemplate(JSON, "{\"statusCode\": 200}")
            .respond(integrationResponse(200)
                .withTemplate(JSON, "$stageVariables.flavour"))))
        .stage("live", stage().withVariable("flavour", "old")
            .withCanary(canary(10.0).withVariable("flavour", "new"))));
    URI flag = URI.create(api.invokeUrl("live") + "/flag");

    gateway.canary().forceNext(2, CanarySide.CANARY);
    assertThat(send("GET", flag).body()).isEqualTo("new");
    assertThat(send("GET", flag).body()).isEqualTo("new");
    gateway.canary().forceAll(CanarySide.BASE);
    assertThat(send("GET", flag).body()).isEqualTo("old");
    gateway.canary().release(); // back to the seeded 10% draw

    StageTraffic traffic = gateway.stageTraffic(api.id(), "live");
    assertThat(traffic.requests()).isEqualTo(3);
    assertThat(traffic.canaryRequests()).isEqualTo(2);
    assertThat(gateway.invocations().get(0).canary().orElseThrow().forced())
        .hasValue("forceNext(2, CANARY): request 1 of 2");
    // end::canary[]
  }
}
