package io.github.fakeapigw.assertions;

import static io.github.fakeapigw.assertions.GatewayAssertions.assertThat;
import static io.github.fakeapigw.dsl.HuaweiDsl.apiGroup;
import static io.github.fakeapigw.dsl.HuaweiDsl.get;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.fakeapigw.Backend;
import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.HuaweiGroup;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The assertions, unchanged, on invocations of a Huawei APIG group. */
class HuaweiEndToEndTest {
  private FakeApiGateway gateway;

  @BeforeEach
  void start() {
    gateway = new FakeApiGateway().start();
  }

  @AfterEach
  void stop() {
    gateway.close();
  }

  @Test
  void asserts_on_a_huawei_invocation_and_its_backend_call() throws Exception {
    // GIVEN
    Backend backend = gateway.backend("orders.example.com");
    new WireMock("127.0.0.1", backend.port()).register(
        WireMock.get(WireMock.urlPathEqualTo("/v1/orders/42"))
            .willReturn(WireMock.okJson("{\"id\":\"42\"}")));
    HuaweiGroup shop = gateway.deployHuawei(apiGroup("shop")
        .api(get("/orders/{id}").withPathParameter("id")
            .httpBackend("GET", "https://orders.example.com/v1/orders/{id}")
            .withBackendParameter("PATH", "id", "REQUEST", "id")
            .withBackendParameter("HEADER", "X-Order-Id", "REQUEST", "id")));

    // WHEN
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(shop.invokeUrl() + "/orders/42"))
            .timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());

    // THEN
    org.assertj.core.api.Assertions.assertThat(response.statusCode()).isEqualTo(200);
    assertThat(gateway).hasNoUnmatchedInvocations().hasReceivedExactly(1, "GET", "/orders/{id}");
    assertThat(gateway).invocation("GET", "/orders/{id}")
        .hasStatus(200)
        .hasMappedParameter("integration.request.header.X-Order-Id", "42")
        .integrationCall().hasPath("/v1/orders/42").hasHeader("X-Order-Id", "42");
    assertThatThrownBy(() -> assertThat(gateway).invocation("GET", "/orders/{id}")
            .integrationCall().hasHeader("X-Order-Id", "43"))
        .isInstanceOf(AssertionError.class);
  }
}
