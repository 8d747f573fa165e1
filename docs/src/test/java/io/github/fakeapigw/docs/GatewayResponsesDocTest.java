package io.github.fakeapigw.docs;

import static io.github.fakeapigw.dsl.GatewayDsl.JSON;
import static io.github.fakeapigw.dsl.GatewayDsl.gatewayResponse;
import static io.github.fakeapigw.dsl.GatewayDsl.get;
import static io.github.fakeapigw.dsl.GatewayDsl.integrationResponse;
import static io.github.fakeapigw.dsl.GatewayDsl.mock;
import static io.github.fakeapigw.dsl.GatewayDsl.restApi;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.DeployedApi;
import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.recording.RecordedError;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The examples of docs/gateway-responses.md. */
class GatewayResponsesDocTest {
  private final HttpClient client = HttpClient.newHttpClient();
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
  void default_4xx_override_applies_to_every_client_error_without_its_own() throws Exception {
    // tag::default4xx[]
    DeployedApi pets = gateway.deploy(restApi("pets")
        .withGatewayResponse(gatewayResponse("DEFAULT_4XX")
            .withHeader("Access-Control-Allow-Origin", "'*'")
            .withHeader("X-Request-Id", "context.requestId")
            .withTemplate(JSON, "{\"error\": $context.error.messageString,"
                + " \"type\": \"$context.error.responseType\"}"))
        .resource("/pets", get().integration(mock()
            .withRequestTemplate(JSON, "{\"statusCode\": 200}")
            .respond(integrationResponse(200))))
        .stage("dev"));

    HttpResponse<String> r = client.send(
        HttpRequest.newBuilder(URI.create(pets.invokeUrl("dev") + "/cats")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(r.statusCode()).isEqualTo(403); // MISSING_AUTHENTICATION_TOKEN's own status
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(r.headers().firstValue("X-Request-Id"))
        .isEqualTo(r.headers().firstValue("x-amzn-RequestId"));
    assertThat(r.body()).isEqualTo(
        "{\"error\": \"Missing Authentication Token\", \"type\": \"MISSING_AUTHENTICATION_TOKEN\"}");
    assertThat(gateway.invocations().get(0).error()).map(RecordedError::responseType)
        .hasValue("MISSING_AUTHENTICATION_TOKEN");
    // end::default4xx[]
  }
}
