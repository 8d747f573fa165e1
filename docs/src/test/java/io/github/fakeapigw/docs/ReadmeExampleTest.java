package io.github.fakeapigw.docs;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.fakeapigw.assertions.GatewayAssertions.assertThat;
import static io.github.fakeapigw.dsl.GatewayDsl.GET;
import static io.github.fakeapigw.dsl.GatewayDsl.get;
import static io.github.fakeapigw.dsl.GatewayDsl.http;
import static io.github.fakeapigw.dsl.GatewayDsl.integrationResponse;
import static io.github.fakeapigw.dsl.GatewayDsl.restApi;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.fakeapigw.DeployedApi;
import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.junit.ApiGatewayTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The example of the README. */
// tag::readme[]
@ApiGatewayTest
class ReadmeExampleTest {
  @Test
  void maps_the_path_parameter_onto_the_backend_call(FakeApiGateway gateway) throws Exception {
    var backend = gateway.backend("orders.example.com"); // a WireMock server owned by the gateway
    new WireMock("127.0.0.1", backend.port())
        .register(WireMock.get(urlPathEqualTo("/v1/orders/42")).willReturn(okJson("{\"id\":\"42\"}")));
    DeployedApi orders = gateway.deploy(restApi("orders")
        .resource("/orders/{id}", get().integration(http(GET, "https://orders.example.com/v1/orders/{id}")
            .withRequestParameter("integration.request.path.id", "method.request.path.id")
            .withRequestParameter("integration.request.header.X-Order-Id", "method.request.path.id")
            .respond(integrationResponse(200))))
        .stage("test"));

    HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(orders.invokeUrl("test") + "/orders/42")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(gateway).invocation(GET, "/orders/{id}").hasStatus(200)
        .integrationCall().hasPath("/v1/orders/42").hasHeader("X-Order-Id", "42");
  }
}
// end::readme[]
