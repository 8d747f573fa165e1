package io.github.fakeapigw.docs;

import static io.github.fakeapigw.assertions.GatewayAssertions.assertThat;
import static io.github.fakeapigw.dsl.GatewayDsl.GET;
import static io.github.fakeapigw.dsl.GatewayDsl.JSON;
import static io.github.fakeapigw.dsl.GatewayDsl.POST;
import static io.github.fakeapigw.dsl.GatewayDsl.gatewayResponse;
import static io.github.fakeapigw.dsl.GatewayDsl.get;
import static io.github.fakeapigw.dsl.GatewayDsl.integrationResponse;
import static io.github.fakeapigw.dsl.GatewayDsl.mock;
import static io.github.fakeapigw.dsl.GatewayDsl.post;
import static io.github.fakeapigw.dsl.GatewayDsl.restApi;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.DeployedApi;
import io.github.fakeapigw.FakeApiGateway;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The examples of docs/validation.md. */
class ValidationDocTest {
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
  void rejects_missing_parameters_and_bodies_that_break_their_model() throws Exception {
    // tag::validate[]
    DeployedApi orders = gateway.deploy(restApi("orders")
        .withModel("Order", """
            {"$schema": "http://json-schema.org/draft-04/schema#", "type": "object",
             "required": ["item", "quantity"],
             "properties": {"item": {"type": "string"},
                            "quantity": {"type": "integer", "minimum": 1}}}""")
        .withRequestValidator("all", true, true)
        .resource("/orders",
            post().withRequestValidator("all")
                .withRequiredParameter("method.request.querystring.tenant")
                .withRequestModel(JSON, "Order")
                .integration(mock()
                    .withRequestTemplate(JSON, "{\"statusCode\": 200}")
                    .respond(integrationResponse(200).withTemplate(JSON, "{\"ok\": true}"))),
            get().withRequestValidator("all")
                .withRequiredParameter("method.request.header.X-Client")
                .withRequiredParameter("method.request.querystring.page")
                .integration(mock().withRequestTemplate(JSON, "{\"statusCode\": 200}")
                    .respond(integrationResponse(200))))
        .stage("dev"));
    String base = orders.invokeUrl("dev") + "/orders";

    HttpResponse<String> missing = client.send(
        HttpRequest.newBuilder(URI.create(base)).build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> invalid = client.send(
        HttpRequest.newBuilder(URI.create(base + "?tenant=acme"))
            .header("Content-Type", JSON)
            .POST(HttpRequest.BodyPublishers.ofString("{\"item\": \"book\", \"quantity\": 0}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body())
        .isEqualTo("{\"message\":\"Missing required request parameters: [X-Client, page]\"}");
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.body())
        .isEqualTo("{\"message\":\"Invalid request body\"}");

    assertThat(gateway).invocation(GET, "/orders").wasRejectedByValidation()
        .withMissingParameters("X-Client", "page");
    assertThat(gateway).invocation(POST, "/orders").wasRejectedByValidation()
        .withReason("/quantity: must have a minimum value of 1");
    // end::validate[]
  }

  @Test
  void a_gateway_response_reshapes_the_refusal() throws Exception {
    // tag::gateway-response[]
    DeployedApi orders = gateway.deploy(restApi("orders")
        .withRequestValidator("body", true, false)
        .withGatewayResponse(gatewayResponse("BAD_REQUEST_BODY")
            .withStatusCode(422)
            .withHeader("X-Error", "'validation'")
            .withTemplate(JSON, "{\"error\": $context.error.messageString}"))
        .resource("/orders", post().withRequestValidator("body")
            .integration(mock().withRequestTemplate(JSON, "{\"statusCode\": 200}")
                .respond(integrationResponse(200))))
        .stage("dev"));

    HttpResponse<String> r = client.send(
        HttpRequest.newBuilder(URI.create(orders.invokeUrl("dev") + "/orders"))
            .header("Content-Type", JSON)
            .POST(HttpRequest.BodyPublishers.ofString("[1, 2]")) // the Empty model wants an object
            .build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.headers().firstValue("X-Error"))
        .hasValue("validation");
    assertThat(r.body())
        .isEqualTo("{\"error\": \"Invalid request body\"}");
    // end::gateway-response[]
  }
}
