package io.github.fakeapigw.assertions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.github.fakeapigw.assertions.GatewayAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.fakeapigw.CanarySide;
import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.FakeApiGatewayOptions;
import io.github.fakeapigw.recording.RecordedInvocation;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The assertions against what a real gateway recorded, configured through its management API. */
class EndToEndTest {
  private FakeApiGateway gateway;
  private WireMockServer backend;
  private Management aws;

  @BeforeEach
  void start() {
    gateway = new FakeApiGateway(FakeApiGatewayOptions.defaults().withSeed(7)).start();
    backend = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    backend.start();
    aws = new Management(gateway);
  }

  @AfterEach
  void stop() {
    backend.stop();
    gateway.close();
  }

  /** GET /orders/{id} calls the backend's /v1/orders/{id} with X-Order-Id; 2xx and 404 mapped. */
  private String ordersApi() {
    String api = aws.createApi("orders");
    String orders = aws.createResource(api, aws.rootResource(api), "orders");
    String order = aws.createResource(api, orders, "{id}");
    ObjectNode params = Management.json();
    params.putObject("requestParameters").put("method.request.path.id", true);
    aws.putMethod(api, order, "GET", params);
    ObjectNode integration =
        Management.json()
            .put("type", "HTTP")
            .put("httpMethod", "GET")
            .put("uri", backend.baseUrl() + "/v1/orders/{id}");
    integration
        .putObject("requestParameters")
        .put("integration.request.path.id", "method.request.path.id")
        .put("integration.request.header.X-Order-Id", "method.request.path.id");
    aws.putIntegration(api, order, "GET", integration);
    aws.putIntegrationResponse(
        api, order, "GET", 200, Management.json().put("selectionPattern", "2\\d{2}"));
    ObjectNode notFound = Management.json().put("selectionPattern", "404");
    notFound
        .putObject("responseTemplates")
        .put("application/json", "{\"message\":\"order not found\"}");
    aws.putIntegrationResponse(api, order, "GET", 404, notFound);
    aws.deploy(api, Management.json().put("stageName", "test"));
    return api;
  }

  @Test
  void navigates_from_the_gateway_to_the_integration_call_of_a_real_invocation() {
    // GIVEN
    backend.stubFor(
        get(urlPathEqualTo("/v1/orders/42"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"id\":\"42\",\"total\":12.5}")));
    backend.stubFor(get(urlPathEqualTo("/v1/orders/7")).willReturn(aResponse().withStatus(404)));
    String api = ordersApi();

    // WHEN
    aws.invoke(api, "test", "GET", "/orders/42");
    aws.invoke(api, "test", "GET", "/orders/7");

    // THEN
    assertThat(gateway)
        .hasNoUnmatchedInvocations()
        .hasReceivedExactly(2, "GET", "/orders/{id}")
        .inApi("orders")
        .inStage("test")
        .hasReceivedExactly(1, "GET", "/orders/42")
        .withStatus(404)
        .hasReceivedExactly(1, "GET", "/orders/{id}");
    assertThat(gateway)
        .invocation("GET", "/orders/42")
        .hasStatus(200)
        .hasNoError()
        .hasMappedParameter("integration.request.header.X-Order-Id", "method.request.path.id", "42")
        .integrationCall()
        .hasType("HTTP")
        .hasMethod("GET")
        .hasPath("/v1/orders/42")
        .hasHeader("X-Order-Id", "42")
        .returnToInvocation()
        .endpointResponse()
        .hasStatus(200)
        .hasJsonBody("{\"total\": 12.50, \"id\": \"42\"}")
        .returnToInvocation()
        .integrationResponse()
        .hasStatusCode(200)
        .wasSelectedByPattern("2\\d{2}")
        .returnToInvocation()
        .response()
        .hasJsonBody("{\"id\":\"42\",\"total\":12.5}");
    assertThat(gateway)
        .invocation("GET", "/orders/7")
        .hasStatus(404)
        .integrationResponse()
        .wasSelectedByPattern("404")
        .returnToInvocation()
        .response()
        .hasJsonBody("{\"message\": \"order not found\"}");
  }

  @Test
  void reports_an_unmatched_request_with_the_gateways_reason_and_near_misses() {
    backend.stubFor(get(urlPathEqualTo("/v1/orders/42")).willReturn(aResponse().withStatus(200)));
    String api = ordersApi();

    aws.invoke(api, "test", "GET", "/orders/42");
    aws.invoke(api, "test", "GET", "/order/42");

    assertThatThrownBy(() -> assertThat(gateway).hasNoUnmatchedInvocations())
        .hasMessageStartingWith(
            String.join(
                System.lineSeparator(),
                "Expecting gateway to have no unmatched invocations",
                "but 1 of 2 matched no resource:",
                "  2. GET /order/42 -> 403 MISSING_AUTHENTICATION_TOKEN: "));
    assertThatThrownBy(() -> assertThat(gateway).hasReceivedExactly(2, "GET", "/orders/{id}"))
        .hasMessage(
            String.join(
                System.lineSeparator(),
                "Expecting gateway to have received exactly 2 invocations matching:",
                "  GET /orders/{id}",
                "but received 1.",
                "Recorded invocations (2, oldest first):",
                "  1. GET /orders/42   -> 200",
                "  2. GET /order/42    -> 403 MISSING_AUTHENTICATION_TOKEN",
                "Closest candidates:",
                "  2. GET /order/42: path \"/order/42\" does not match resource \"/orders/{id}\""));
    assertThat(gateway).invocation("GET", "/order/42").hasError("MISSING_AUTHENTICATION_TOKEN");
  }

  @Test
  void names_a_missing_stage_as_the_reason_a_request_matched_nothing() {
    String api = ordersApi();

    aws.invoke(api, "prod", "GET", "/orders/42");

    Throwable failure =
        catchThrowable(() -> assertThat(gateway).invocation("GET", "/orders/{id}").hasStatus(200));
    org.assertj.core.api.Assertions.assertThat(failure).isInstanceOf(AssertionError.class);
    org.assertj.core.api.Assertions.assertThat(failure.getMessage().replace(api, "<api>"))
        .isEqualTo(Golden.message("invocation-stage-not-found"));
  }

  @Test
  void checks_the_canary_split_and_every_canary_request() {
    // GIVEN a MOCK API whose stage sends 30 percent to a canary with an overridden variable
    String api = aws.createApi("pets");
    String pets = aws.createResource(api, aws.rootResource(api), "pets");
    aws.putMethod(api, pets, "GET", Management.json());
    ObjectNode mock = Management.json().put("type", "MOCK");
    mock.putObject("requestTemplates").put("application/json", "{\"statusCode\": 200}");
    aws.putIntegration(api, pets, "GET", mock);
    aws.putIntegrationResponse(api, pets, "GET", 200, Management.json());
    ObjectNode base = Management.json().put("stageName", "test");
    base.putObject("variables").put("flavour", "old");
    String baseDeployment = aws.deploy(api, base);
    ObjectNode canary = Management.json().put("stageName", "test");
    canary
        .putObject("canarySettings")
        .put("percentTraffic", 30.0)
        .putObject("stageVariableOverrides")
        .put("flavour", "new");
    String canaryDeployment = aws.deploy(api, canary);

    // WHEN
    for (int i = 0; i < 200; i++) {
      aws.invoke(api, "test", "GET", "/pets");
    }
    gateway.canary().forceNext(1, CanarySide.CANARY);
    aws.invoke(api, "test", "GET", "/pets?forced=1");

    // THEN
    assertThat(gateway).stage("pets", "test").canaryShare().isCloseTo(0.30, within(0.08));
    assertThat(gateway)
        .stage(api, "test")
        .hasCanaryShareCloseTo(0.30, 0.08)
        .everyCanaryRequest()
        .ranDeployment(canaryDeployment)
        .hasStageVariable("flavour", "new")
        .returnToStage()
        .everyBaseRequest()
        .ranDeployment(baseDeployment)
        .hasStageVariable("flavour", "old");
    assertThat(gateway)
        .servedByCanary()
        .hasReceivedAtLeast(30, "GET", "/pets")
        .servedByBase()
        .hasReceivedAtLeast(100, "GET", "/pets");
    assertThatThrownBy(
            () ->
                assertThat(gateway)
                    .stage(api, "test")
                    .everyCanaryRequest()
                    .ranDeployment(baseDeployment))
        .hasMessageContaining("Canary seed: 7");
    assertThatThrownBy(
            () -> assertThat(gateway).stage(api, "test").hasCanaryShareCloseTo(0.9, 0.01))
        .hasMessageEndingWith("Canary seed: 7");
    List<RecordedInvocation> all = gateway.invocations();
    assertThat(all.get(all.size() - 1))
        .wasServedByCanary()
        .ranDeployment(canaryDeployment)
        .hasStageVariable("flavour", "new")
        .methodRequest()
        .hasQueryParameter("forced", "1");
  }
}
