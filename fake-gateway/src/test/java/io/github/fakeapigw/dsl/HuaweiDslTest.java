package io.github.fakeapigw.dsl;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.fakeapigw.dsl.GatewayDsl.GET;
import static io.github.fakeapigw.dsl.GatewayDsl.http;
import static io.github.fakeapigw.dsl.GatewayDsl.integrationResponse;
import static io.github.fakeapigw.dsl.GatewayDsl.restApi;
import static io.github.fakeapigw.dsl.HuaweiDsl.apiGroup;
import static io.github.fakeapigw.dsl.HuaweiDsl.get;
import static io.github.fakeapigw.dsl.HuaweiDsl.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.fakeapigw.Backend;
import io.github.fakeapigw.DeployedApi;
import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.HuaweiGroup;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The Huawei DSL, and one gateway serving an AWS API and a Huawei group side by side. */
class HuaweiDslTest {
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private HttpResponse<String> fetch(URI uri, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void one_gateway_serves_an_aws_api_and_a_huawei_group_side_by_side() throws Exception {
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      Backend backend = gateway.backend("orders.example.com");
      WireMock wireMock = new WireMock("127.0.0.1", backend.port());
      wireMock.register(WireMock.get(urlPathEqualTo("/v1/orders/42"))
          .willReturn(okJson("{\"id\":\"42\"}")));
      DeployedApi aws = gateway.deploy(restApi("orders")
          .resource("/orders/{id}", GatewayDsl.get()
              .withRequiredParameter("method.request.path.id")
              .integration(http(GET, "https://orders.example.com/v1/orders/{id}")
                  .withRequestParameter("integration.request.path.id", "method.request.path.id")
                  .respond(integrationResponse(200))))
          .stage("test"));
      HuaweiGroup shop = gateway.deployHuawei(apiGroup("shop")
          .withVariable("orders", "orders.example.com")
          .api(get("/orders/{id}").withPathParameter("id")
              .httpBackend("GET", "https://#orders#/v1/orders/{id}")
              .withBackendParameter("PATH", "id", "REQUEST", "id")
              .withBackendParameter("HEADER", "X-Env", "SYSTEM", "stage")));

      HttpResponse<String> fromAws = fetch(URI.create(aws.invokeUrl("test") + "/orders/42"));
      HttpResponse<String> fromHuawei = fetch(URI.create(shop.invokeUrl() + "/orders/42"));

      assertThat(fromAws.body()).isEqualTo("{\"id\":\"42\"}");
      assertThat(fromHuawei.statusCode()).isEqualTo(200);
      assertThat(fromHuawei.body()).isEqualTo("{\"id\":\"42\"}");
      assertThat(fromHuawei.headers().firstValue("X-Request-Id")).isPresent();
      wireMock.verifyThat(1, getRequestedFor(urlEqualTo("/v1/orders/42"))
          .withHeader("X-Env", equalTo("RELEASE")));
      assertThat(gateway.invocations()).extracting(i -> i.apiId())
          .containsExactly(aws.id(), shop.id());
      assertThat(shop.slDomain()).startsWith(shop.id() + ".apic.");
    }
  }

  @Test
  void a_group_published_to_another_environment_serves_with_x_stage_only() throws Exception {
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      HuaweiGroup g = gateway.deployHuawei(apiGroup("staging_shop").publishedTo("staging")
          .api(post("/carts").mockBackend("{\"cart\":\"new\"}"))
          .api(get("/carts").matchingPrefix().mockBackend("prefix")));

      HttpResponse<String> release = fetch(URI.create(g.invokeUrl() + "/carts"));
      HttpResponse<String> staging =
          fetch(URI.create(g.invokeUrl() + "/carts/7/items"), "X-Stage", "staging");

      assertThat(release.statusCode()).isEqualTo(404);
      assertThat(release.body()).contains("\"error_code\":\"APIG.0101\"");
      assertThat(staging.statusCode()).isEqualTo(200);
      assertThat(staging.body()).isEqualTo("prefix");
    }
  }

  @Test
  void an_invalid_api_is_refused_with_huaweis_code_and_nothing_is_created() {
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      assertThatThrownBy(() -> gateway.deployHuawei(apiGroup("broken")
              .api(get("/orders/{id}").mockBackend("x"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("APIG.2026");
      assertThatThrownBy(() -> gateway.deployHuawei(apiGroup("nobackend").api(get("/x"))))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("has no backend");
      assertThat(gateway.deployHuawei(apiGroup("broken")).name()).isEqualTo("broken");
    }
  }
}
