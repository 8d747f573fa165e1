package io.github.fakeapigw.dsl;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
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
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.fakeapigw.Backend;
import io.github.fakeapigw.DeployedApi;
import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.FakeApiGatewayOptions;
import io.github.fakeapigw.recording.RecordedInvocation;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;


class BackendRoundTripTest {
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> fetch(URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void a_dsl_api_calls_the_named_backend_with_mapped_parameters() throws Exception {
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      // GIVEN a backend standing in for orders.example.com
      Backend backend = gateway.backend("orders.example.com");
      WireMock wireMock = new WireMock("127.0.0.1", backend.port());
      wireMock.register(WireMock.get(urlPathEqualTo("/v1/orders/42"))
          .willReturn(okJson("{\"id\":\"42\"}")));
      DeployedApi orders = gateway.deploy(restApi("orders")
          .resource("/orders/{id}", get()
              .withRequiredParameter("method.request.path.id")
              .integration(http(GET, "https://orders.example.com/v1/orders/{id}")
                  .withRequestParameter("integration.request.path.id", "method.request.path.id")
                  .withRequestParameter("integration.request.header.X-Order-Id", "method.request.path.id")
                  .respond(integrationResponse(200).withSelectionPattern("2\\d{2}"))))
          .stage("test"));

      // WHEN
      HttpResponse<String> response = fetch(URI.create(orders.invokeUrl("test") + "/orders/42"));

      // THEN
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("{\"id\":\"42\"}");
      wireMock.verifyThat(1, getRequestedFor(urlEqualTo("/v1/orders/42"))
          .withHeader("X-Order-Id", equalTo("42")));
      assertThat(gateway.invocations()).singleElement()
          .satisfies(i -> assertThat(i.isMatched()).isTrue());
      assertThat(gateway.backend("orders.example.com").port()).isEqualTo(backend.port());
    }
  }

  @Test
  void a_fixture_runs_its_template_file_against_the_backend_and_its_mock() throws Exception {
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      Backend backend = gateway.backend("orders.example.com");
      WireMock wireMock = new WireMock("127.0.0.1", backend.port());
      wireMock.register(WireMock.get(urlPathEqualTo("/v1/orders/7")).willReturn(okJson("{\"id\":\"7\"}")));
      DeployedApi orders = gateway.importOpenApi("apigateway/orders.openapi.yaml", "test");

      HttpResponse<String> order = fetch(URI.create(orders.invokeUrl("test") + "/orders/7"));
      HttpResponse<String> health = fetch(URI.create(orders.invokeUrl("test") + "/health"));

      assertThat(order.statusCode()).isEqualTo(200);
      wireMock.verifyThat(1, getRequestedFor(urlEqualTo("/v1/orders/7"))
          .withHeader("X-Order-Id", equalTo("7"))
          .withRequestBody(equalToJson("{\"orderId\": \"7\", \"stage\": \"test\"}")));
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).isEqualTo("{\"status\": \"up\"}");
    }
  }

  @Test
  void an_unknown_path_is_recorded_as_unmatched() throws Exception {
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      DeployedApi api = gateway.deploy(restApi("a").resource("/health", get().integration(mock())).stage("test"));

      HttpResponse<String> response = fetch(URI.create(api.invokeUrl("test") + "/healthz"));

      assertThat(response.statusCode()).isEqualTo(403);
      assertThat(gateway.invocations()).singleElement().satisfies(i -> {
        assertThat(i.kind()).isEqualTo(RecordedInvocation.Kind.INVOKE);
        assertThat(i.isMatched()).isFalse();
      });
    }
  }

  @Test
  void a_dsl_canary_serves_its_share_with_the_overridden_stage_variable() throws Exception {
    try (FakeApiGateway gateway = new FakeApiGateway(FakeApiGatewayOptions.defaults().withSeed(11)).start()) {
      DeployedApi api = gateway.deploy(restApi("flavours")
          .resource("/flavour", get().integration(mock()
              .respond(integrationResponse(200).withTemplate(JSON, "{\"flavour\":\"$stageVariables.flavour\"}"))))
          .stage("live", stage().withVariable("flavour", "old")
              .withCanary(canary(100.0).withVariable("flavour", "new"))));

      HttpResponse<String> response = fetch(URI.create(api.invokeUrl("live") + "/flavour"));

      assertThat(response.body()).isEqualTo("{\"flavour\":\"new\"}");
    }
  }

  @Test
  void the_backend_stops_when_the_gateway_closes() {
    FakeApiGateway gateway = new FakeApiGateway().start();
    int port = gateway.backend("petstore.example.com").port();
    gateway.close();

    await("backend port released").atMost(Duration.ofSeconds(5)).until(() -> {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return false;
      } catch (IOException e) {
        return true;
      }
    });
  }
}
