package io.github.fakeapigw.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.junit.ApiGatewayTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

// tag::annotation[]
@ApiGatewayTest(
    openApi = "apigateway/orders.openapi.yaml", // imported and deployed before the first test
    stage = "test",                             // the stage the fixtures are deployed to
    stageVariables = "flavour=old")             // variables of that stage
class JunitExtensionDocTest {
  private final HttpClient http = HttpClient.newHttpClient();
  private URI health;

  @BeforeEach
  void findTheStage(FakeApiGateway gateway) {
    health = URI.create(gateway.api("orders").invokeUrl("test") + "/health");
  }

  @Test
  void answers_from_the_mock_integration_of_the_fixture(FakeApiGateway gateway) throws Exception {
    HttpResponse<String> response =
        http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"status\": \"up\", \"flavour\": \"old\"}");
    assertThat(gateway.invocations()).hasSize(1); // cleared before every test
  }
}
// end::annotation[]
