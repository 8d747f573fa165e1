package io.github.fakeapigw.docs;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.fakeapigw.dsl.GatewayDsl.GET;
import static io.github.fakeapigw.dsl.GatewayDsl.JSON;
import static io.github.fakeapigw.dsl.GatewayDsl.canary;
import static io.github.fakeapigw.dsl.GatewayDsl.get;
import static io.github.fakeapigw.dsl.GatewayDsl.http;
import static io.github.fakeapigw.dsl.GatewayDsl.integrationResponse;
import static io.github.fakeapigw.dsl.GatewayDsl.mock;
import static io.github.fakeapigw.dsl.GatewayDsl.restApi;
import static io.github.fakeapigw.dsl.GatewayDsl.stage;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.fakeapigw.Backend;
import io.github.fakeapigw.DeployedApi;
import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.junit.ApiGatewayTest;
import io.github.fakeapigw.model.CanarySettings;
import io.github.fakeapigw.model.Stage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

@ApiGatewayTest
class DslDocTest {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void deploys_an_http_integration_against_a_named_backend(FakeApiGateway gateway) throws Exception {
    // tag::deploy[]
    Backend backend = gateway.backend("orders.example.com"); // a WireMock server on 127.0.0.1
    WireMock orderService = new WireMock("127.0.0.1", backend.port());
    orderService.register(WireMock.get("/v1/orders/42").willReturn(okJson("{\"id\":\"42\"}")));

    DeployedApi orders = gateway.deploy(restApi("orders")
        .resource("/orders/{id}", get()
            .withRequiredParameter("method.request.path.id")
            .integration(http(GET, "https://orders.example.com/v1/orders/{id}")
                .withRequestParameter("integration.request.path.id", "method.request.path.id")
                .withRequestParameter("integration.request.header.X-Order-Id", "method.request.path.id")
                .respond(integrationResponse(200).withSelectionPattern("2\\d{2}"))
                .respond(integrationResponse(404).withSelectionPattern("404")
                    .withTemplate(JSON, "{\"message\":\"order not found\"}"))))
        .stage("test"));

    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(URI.create(orders.invokeUrl("test") + "/orders/42")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.body()).isEqualTo("{\"id\":\"42\"}");
    orderService.verifyThat(getRequestedFor(urlEqualTo("/v1/orders/42"))
        .withHeader("X-Order-Id", equalTo("42")));
    // end::deploy[]
  }

  @Test
  void deploys_a_stage_with_a_canary(FakeApiGateway gateway) {
    // tag::canary[]
    DeployedApi prices = gateway.deploy(restApi("prices")
        .resource("/prices", get().integration(mock()
            .respond(integrationResponse(200)
                .withTemplate(JSON, "{\"flavour\":\"$stageVariables.flavour\"}"))))
        .stage("live", stage()
            .withVariable("flavour", "old")
            .withCanary(canary(10.0).withVariable("flavour", "new"))));

    Stage live = prices.stage("live").orElseThrow();
    CanarySettings canary = live.canarySettings().orElseThrow();
    assertThat(canary.percentTraffic()).isEqualTo(10.0);
    assertThat(canary.deploymentId()).isNotEqualTo(live.deploymentId()); // its own deployment
    // end::canary[]
  }
}
