package io.github.fakeapigw.docs;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.fakeapigw.Backend;
import io.github.fakeapigw.DeployedApi;
import io.github.fakeapigw.FakeApiGateway;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class FixturesDocTest {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void imports_a_fixture_and_runs_its_template_file_against_a_named_backend() throws Exception {
    // tag::import[]
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      Backend backend = gateway.backend("orders.example.com"); // the host the fixture's uri names
      WireMock orderService = new WireMock("127.0.0.1", backend.port());
      orderService.register(post("/v1/lookup").willReturn(okJson("{\"id\":\"7\"}")));

      DeployedApi orders = gateway.importOpenApi("apigateway/orders.openapi.yaml", "test");
      HttpResponse<String> response = http.send(
          HttpRequest.newBuilder(URI.create(orders.invokeUrl("test") + "/orders/7")).build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(response.body()).isEqualTo("{\"id\":\"7\"}");
      orderService.verifyThat(postRequestedFor(urlEqualTo("/v1/lookup"))
          .withHeader("X-Order-Id", equalTo("7"))
          .withRequestBody(equalToJson("{\"orderId\": \"7\", \"stage\": \"test\"}")));
    }
    // end::import[]
  }

  @Test
  void an_unsupported_extension_fails_the_import() {
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      // tag::unsupported[]
      assertThatThrownBy(() -> gateway.importOpenApi("apigateway/with-authorizer.yaml", "test"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Extension \"x-amazon-apigateway-authorizer\" at JSON Pointer"
              + " /components/securitySchemes/lambda/x-amazon-apigateway-authorizer"
              + " is not supported by fake-apigateway");
      // end::unsupported[]
    }
  }
}
