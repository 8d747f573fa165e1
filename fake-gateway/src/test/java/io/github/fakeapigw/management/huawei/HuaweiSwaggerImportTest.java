package io.github.fakeapigw.management.huawei;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakeapigw.BackendTest;
import io.github.fakeapigw.HuaweiGroup;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Swagger 2.0 fixtures in APIG's export format, imported, published and invoked. */
class HuaweiSwaggerImportTest extends BackendTest {
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private HttpResponse<String> call(URI base, String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(10));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void an_exported_group_is_imported_published_and_served() throws Exception {
    backend.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("order")));

    HuaweiGroup shop = gateway.importHuaweiSwagger("huawei/swagger/shop.yaml", "RELEASE",
        Map.of("orders", "127.0.0.1:" + backend.port()));

    assertThat(shop.name()).isEqualTo("shop");
    HttpResponse<String> order = call(shop.invokeUrl(), "/orders/42");
    assertThat(order.statusCode()).as(order.body()).isEqualTo(200);
    backend.verify(getRequestedFor(urlEqualTo("/v1/orders/42?lang=en"))
        .withHeader("X-Lang", equalTo("en"))
        .withHeader("X-Invoke-User", equalTo("apigateway")));
    assertThat(call(shop.invokeUrl(), "/orders/42?lang=fr").statusCode()).isEqualTo(400);
    HttpResponse<String> health = http.send(HttpRequest.newBuilder(
            URI.create(shop.invokeUrl() + "/health")).method("DELETE",
            HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(health.body()).isEqualTo("{\"status\":\"up\"}");
    assertThat(call(shop.invokeUrl(), "/admin").statusCode()).isEqualTo(401);
    assertThat(call(shop.invokeUrl(), "/admin", "X-Auth-Token", "t").body()).isEqualTo("secret");
  }

  @Test
  void an_unsupported_extension_fails_the_import_naming_it_and_where_it_is() {
    assertThatThrownBy(() -> gateway.importHuaweiSwagger("huawei/swagger/rate-limited.yaml",
            "RELEASE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"x-apigateway-ratelimit\"")
        .hasMessageContaining("/paths/~1x/get/x-apigateway-ratelimit")
        .hasMessageContaining("x-apigateway-backend");
  }

  @Test
  void a_backend_variable_without_a_value_is_refused_like_publishing_it_would_be() {
    assertThatThrownBy(() -> gateway.importHuaweiSwagger("huawei/swagger/shop.yaml", "RELEASE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("APIG.3011")
        .hasMessageContaining("variableName:orders");
    assertThat(gateway.importHuaweiSwagger("huawei/swagger/shop.yaml", "RELEASE",
        Map.of("orders", "127.0.0.1:1")).name())
        .as("the refused import created nothing, so the group name is still free")
        .isEqualTo("shop");
  }
}
