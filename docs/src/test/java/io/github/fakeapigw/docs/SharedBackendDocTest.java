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
import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.junit.AllowUnmatchedRequests;
import io.github.fakeapigw.junit.ApiGatewayTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

// tag::shared-backend[]
@ApiGatewayTest
class SharedBackendDocTest {
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startTheBackendOnce(FakeApiGateway gateway) {
    // the first backend of a JVM costs about a second (WireMock's start-up); later ones, and later
    // tests, reuse it: its stubs from here are kept between tests, later ones are removed
    var backend = gateway.backend("orders.example.com");
    new WireMock("127.0.0.1", backend.port())
        .register(WireMock.get(urlPathEqualTo("/v1/orders/42")).willReturn(okJson("{\"id\":\"42\"}")));
    gateway.deploy(restApi("orders")
        .resource("/orders/{id}", get().integration(http(GET, "https://orders.example.com/v1/orders/{id}")
            .withRequestParameter("integration.request.path.id", "method.request.path.id")
            .respond(integrationResponse(200))))
        .stage("test"));
  }

  @Test
  void gets_an_order_from_the_shared_backend(FakeApiGateway gateway) throws Exception {
    int status = send(URI.create(gateway.api("orders").invokeUrl("test") + "/orders/42"));

    assertThat(gateway).invocation(GET, "/orders/{id}").hasStatus(200);
    org.assertj.core.api.Assertions.assertThat(status).isEqualTo(200);
  }
  // end::shared-backend[]

  // tag::allow-unmatched[]
  @Test
  @AllowUnmatchedRequests // this test expects a request no resource serves
  void answers_403_for_a_path_no_resource_serves(FakeApiGateway gateway) throws Exception {
    int status = send(URI.create(gateway.api("orders").invokeUrl("test") + "/order/42"));

    org.assertj.core.api.Assertions.assertThat(status).isEqualTo(403);
    assertThat(gateway).invocation(GET, "/order/42").hasError("MISSING_AUTHENTICATION_TOKEN");
  }
  // end::allow-unmatched[]

  private int send(URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
