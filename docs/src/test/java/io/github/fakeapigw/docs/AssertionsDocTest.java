package io.github.fakeapigw.docs;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.github.fakeapigw.assertions.GatewayAssertions.assertThat;
import static io.github.fakeapigw.dsl.GatewayDsl.GET;
import static io.github.fakeapigw.dsl.GatewayDsl.awsProxy;
import static io.github.fakeapigw.dsl.GatewayDsl.canary;
import static io.github.fakeapigw.dsl.GatewayDsl.http;
import static io.github.fakeapigw.dsl.GatewayDsl.integrationResponse;
import static io.github.fakeapigw.dsl.GatewayDsl.mock;
import static io.github.fakeapigw.dsl.GatewayDsl.post;
import static io.github.fakeapigw.dsl.GatewayDsl.restApi;
import static io.github.fakeapigw.dsl.GatewayDsl.stage;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.fakeapigw.Backend;
import io.github.fakeapigw.DeployedApi;
import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.FakeApiGatewayOptions;
import io.github.fakeapigw.dsl.GatewayDsl;
import io.github.fakeapigw.recording.RecordedInvocation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The examples of docs/assertions.md. */
class AssertionsDocTest {
  private final HttpClient http = HttpClient.newHttpClient();
  private FakeApiGateway gateway;
  private DeployedApi orders;

  @BeforeEach
  void start() {
    gateway = new FakeApiGateway(FakeApiGatewayOptions.defaults().withSeed(42)).start();
    Backend backend = gateway.backend("orders.example.com");
    new WireMock("127.0.0.1", backend.port())
        .register(
            get(urlPathMatching("/v1/orders/\\d+"))
                .willReturn(okJson("{\"id\":\"42\",\"total\":12.5}")));
    orders =
        gateway.deploy(
            restApi("orders")
                .resource(
                    "/orders/{id}",
                    GatewayDsl.get()
                        .withRequiredParameter("method.request.path.id")
                        .integration(
                            http(GET, "https://orders.example.com/v1/orders/{id}")
                                .withRequestParameter(
                                    "integration.request.path.id", "method.request.path.id")
                                .withRequestParameter(
                                    "integration.request.header.X-Order-Id",
                                    "method.request.path.id")
                                .respond(integrationResponse(200).withSelectionPattern("2\\d{2}"))))
                .stage("test"));
  }

  @AfterEach
  void stop() {
    gateway.close();
  }

  private int send(URI base, String path) throws IOException, InterruptedException {
    return http.send(
            HttpRequest.newBuilder(URI.create(base + path)).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Test
  void counts_and_navigates() throws Exception {
    send(orders.invokeUrl("test"), "/orders/42");

    // tag::counting[]
    assertThat(gateway)
        .hasNoUnmatchedInvocations()
        .hasReceivedExactly(1, "GET", "/orders/{id}") // a resource path matches the route
        .hasReceived("GET", "/orders/42") // any other path matches the request path
        .hasNotReceived("DELETE", "/orders/{id}");
    // end::counting[]

    // tag::scoping[]
    assertThat(gateway)
        .inApi("orders") // an API name or id
        .inStage("test")
        .withStatus(200)
        .hasReceivedExactly(1, "GET", "/orders/{id}");
    // end::scoping[]

    // tag::navigation[]
    assertThat(gateway)
        .invocation("GET", "/orders/{id}") // exactly one match, else fails listing candidates
        .hasStatus(200)
        .hasMappedParameter("integration.request.header.X-Order-Id", "42")
        .integrationCall()
        .hasPath("/v1/orders/42")
        .hasHeader("X-Order-Id", "42")
        .returnToInvocation()
        .integrationResponse()
        .hasStatusCode(200)
        .wasSelectedByPattern("2\\d{2}")
        .returnToInvocation()
        .response()
        .hasJsonBody("{\"total\": 12.5, \"id\": \"42\"}") // structural: order and spacing ignored
        .hasJsonBodyContaining("{\"id\": \"42\"}");
    // end::navigation[]

    // tag::one-invocation[]
    RecordedInvocation first = gateway.invocations().get(0);
    assertThat(first).hasNoError().methodRequest().hasPath("/orders/42");
    // end::one-invocation[]
  }

  @Test
  void explains_a_miss() throws Exception {
    send(orders.invokeUrl("test"), "/orders");
    send(orders.invokeUrl("test"), "/order/42");

    Throwable failure =
        catchThrowable(
            () -> {
              // tag::failure[]
              assertThat(gateway).hasReceivedExactly(1, "GET", "/orders/{id}");
              // end::failure[]
            });

    Assertions.assertThat(failure)
        .hasMessage(
            String.join(
                System.lineSeparator(),
                "Expecting gateway to have received exactly 1 invocation matching:",
                "  GET /orders/{id}",
                "but received 0.",
                "Recorded invocations (2, oldest first):",
                "  1. GET /orders     -> 403 MISSING_AUTHENTICATION_TOKEN",
                "  2. GET /order/42   -> 403 MISSING_AUTHENTICATION_TOKEN",
                "Closest candidates:",
                "  1. GET /orders: path \"/orders\" does not match resource \"/orders/{id}\"",
                "  2. GET /order/42: path \"/order/42\" does not match resource \"/orders/{id}\""));
  }

  @Test
  void checks_a_canary_split() throws Exception {
    DeployedApi pets =
        gateway.deploy(
            restApi("pets")
                .resource("/pets", GatewayDsl.get().integration(mock()))
                .stage(
                    "test",
                    stage()
                        .withVariable("flavour", "old")
                        .withCanary(canary(10.0).withVariable("flavour", "new"))));
    for (int i = 0; i < 400; i++) {
      send(pets.invokeUrl("test"), "/pets");
    }

    // tag::canary[]
    assertThat(gateway).stage("pets", "test").canaryShare().isCloseTo(0.10, within(0.03));
    assertThat(gateway)
        .stage("pets", "test")
        .hasCanaryShareCloseTo(0.10, 0.03) // fails printing the counts and the seed
        .everyCanaryRequest()
        .hasStageVariable("flavour", "new")
        .returnToStage()
        .everyBaseRequest()
        .hasStageVariable("flavour", "old");
    // end::canary[]
  }

  @Test
  void checks_the_calls_of_a_lambda_function() throws Exception {
    gateway.registerFunction(
        "prices", (event, context) -> "{\"statusCode\":200,\"body\":\"9.99\"}");
    DeployedApi shop =
        gateway.deploy(
            restApi("shop")
                .resource("/prices", post().integration(awsProxy("prices")))
                .stage("test"));
    http.send(
        HttpRequest.newBuilder(URI.create(shop.invokeUrl("test") + "/prices"))
            .POST(HttpRequest.BodyPublishers.ofString("{\"sku\":\"A1\"}"))
            .build(),
        HttpResponse.BodyHandlers.discarding());

    // tag::function[]
    assertThat(gateway)
        .function("prices")
        .hasBeenInvokedExactly(1)
        .lastCall()
        .hasNoError()
        .hasEventJsonContaining("{\"httpMethod\": \"POST\", \"path\": \"/prices\"}")
        .hasResultJson("{\"statusCode\": 200, \"body\": \"9.99\"}");
    // end::function[]
  }

  @Test
  void waits_for_an_asynchronous_call() {
    CompletableFuture<HttpResponse<Void>> call =
        http.sendAsync(
            HttpRequest.newBuilder(URI.create(orders.invokeUrl("test") + "/orders/7")).build(),
            HttpResponse.BodyHandlers.discarding());

    // tag::awaitility[]
    await("order lookup recorded")
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThat(gateway).hasReceived("GET", "/orders/7"));
    // end::awaitility[]
    call.join();
  }
}
