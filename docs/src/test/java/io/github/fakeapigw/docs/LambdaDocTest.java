package io.github.fakeapigw.docs;

import static io.github.fakeapigw.dsl.GatewayDsl.JSON;
import static io.github.fakeapigw.dsl.GatewayDsl.POST;
import static io.github.fakeapigw.dsl.GatewayDsl.aws;
import static io.github.fakeapigw.dsl.GatewayDsl.awsProxy;
import static io.github.fakeapigw.dsl.GatewayDsl.get;
import static io.github.fakeapigw.dsl.GatewayDsl.integrationResponse;
import static io.github.fakeapigw.dsl.GatewayDsl.post;
import static io.github.fakeapigw.dsl.GatewayDsl.restApi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.github.fakeapigw.DeployedApi;
import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.lambda.LambdaHandlers;
import io.github.fakeapigw.recording.RecordedFunctionCall;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The examples of docs/lambda.md. */
class LambdaDocTest {
  private FakeApiGateway gateway;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    gateway = new FakeApiGateway().start();
  }

  @AfterEach
  void stop() {
    gateway.close();
  }

  // tag::handler[]
  /** A handler exactly as it is deployed to Lambda. */
  static class OrdersHandler
      implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    @Override
    public APIGatewayProxyResponseEvent handleRequest(
        APIGatewayProxyRequestEvent event, Context context) {
      String id = event.getPathParameters().get("id");
      String stage = event.getRequestContext().getStage();
      return new APIGatewayProxyResponseEvent()
          .withStatusCode(200)
          .withHeaders(Map.of("Content-Type", "application/json"))
          .withBody("{\"id\":\"" + id + "\",\"stage\":\"" + stage + "\"}");
    }
  }
  // end::handler[]

  @Test
  void a_proxy_integration_runs_a_request_handler() throws Exception {
    // tag::register-handler[]
    gateway.registerFunction("orders", LambdaHandlers.of(new OrdersHandler()));
    // end::register-handler[]
    // tag::proxy-integration[]
    DeployedApi orders = gateway.deploy(restApi("orders")
        .resource("/orders/{id}", get().integration(awsProxy("orders")))
        .stage("dev"));
    // end::proxy-integration[]

    HttpResponse<String> response = send(URI.create(orders.invokeUrl("dev") + "/orders/7"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"id\":\"7\",\"stage\":\"dev\"}");
    // tag::function-calls[]
    RecordedFunctionCall call = gateway.functionCalls("orders").get(0);
    assertThat(call.event()).contains("\"path\":\"/orders/7\""); // the proxy event, as JSON
    assertThat(call.result()).hasValueSatisfying(r -> assertThat(r).contains("\"statusCode\":200"));
    assertThat(gateway.invocations().get(0).functionCalls()).containsExactly(call);
    // end::function-calls[]
  }

  @Test
  void a_custom_integration_selects_the_response_by_the_error_message() throws Exception {
    // tag::register-function[]
    gateway.registerFunction("prices", (event, context) -> {
      if (event.contains("\"qty\":0")) {
        throw new IllegalArgumentException("Invalid quantity: 0"); // a function error
      }
      return "{\"total\":750}";
    });
    // end::register-function[]
    // tag::custom-integration[]
    DeployedApi prices = gateway.deploy(restApi("prices")
        .resource("/prices", post().integration(
            aws(POST, "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
                    + "arn:aws:lambda:us-east-1:123456789012:function:prices/invocations")
                .withRequestTemplate(JSON, "{\"qty\":$input.json('$.qty')}")
                // success: the errorMessage is empty, so the default response applies
                .respond(integrationResponse(200)
                    .withTemplate(JSON, "{\"price\":$input.json('$.total')}"))
                // a function error: the pattern is matched against its errorMessage
                .respond(integrationResponse(400).withSelectionPattern("Invalid.*")
                    .withTemplate(JSON, "{\"error\":\"$input.path('$.errorMessage')\"}"))))
        .stage("dev"));
    // end::custom-integration[]
    URI url = URI.create(prices.invokeUrl("dev") + "/prices");

    HttpResponse<String> ok = send(url, "{\"qty\":3}");
    HttpResponse<String> invalid = send(url, "{\"qty\":0}");

    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).isEqualTo("{\"price\":750}");
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.body()).isEqualTo("{\"error\":\"Invalid quantity: 0\"}");
  }

  @Test
  void an_event_invocation_returns_at_once() throws Exception {
    gateway.registerFunction("audit", (event, context) -> "null");
    // tag::async[]
    DeployedApi audit = gateway.deploy(restApi("audit")
        .resource("/events", post().integration(
            aws(POST, "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
                    + "arn:aws:lambda:us-east-1:123456789012:function:audit/invocations")
                .withRequestParameter("integration.request.header.X-Amz-Invocation-Type", "'Event'")
                .respond(integrationResponse(200))))
        .stage("dev"));
    // end::async[]

    HttpResponse<String> response =
        send(URI.create(audit.invokeUrl("dev") + "/events"), "{\"action\":\"login\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    // tag::await-async[]
    await("audit function called").atMost(Duration.ofSeconds(5)).untilAsserted(() ->
        assertThat(gateway.functionCalls("audit"))
            .extracting(RecordedFunctionCall::invocationType, RecordedFunctionCall::event)
            .containsExactly(tuple("Event", "{\"action\":\"login\"}")));
    // end::await-async[]
  }

  private HttpResponse<String> send(URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> send(URI uri, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
