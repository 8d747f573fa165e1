package io.github.fakeapigw.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.TestDeployer;
import io.github.fakeapigw.TestDeployer.Deployed;
import io.github.fakeapigw.recording.RecordedInvocation;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** AWS (Lambda custom) integrations: templates in and out, selection on errorMessage, Event. */
class LambdaCustomIntegrationTest {
  private static final String PRICES = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/"
      + "functions/arn:aws:lambda:us-east-1:123456789012:function:prices/invocations";

  private static FakeApiGateway gateway;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    gateway = new FakeApiGateway().start();
  }

  @AfterAll
  static void stop() {
    gateway.close();
  }

  @BeforeEach
  void reset() {
    gateway.reset();
  }

  /** The request the template builds. */
  public static final class PriceRequest {
    private String sku;
    private int quantity;

    public String getSku() {
      return sku;
    }

    public void setSku(String sku) {
      this.sku = sku;
    }

    public int getQuantity() {
      return quantity;
    }

    public void setQuantity(int quantity) {
      this.quantity = quantity;
    }
  }

  /** The function's answer. */
  public record Price(String sku, long totalCents) {}

  static final class PriceHandler implements RequestHandler<PriceRequest, Price> {
    @Override
    public Price handleRequest(PriceRequest request, Context context) {
      if (request.getQuantity() < 1) {
        throw new IllegalArgumentException("Invalid quantity: " + request.getQuantity());
      }
      return new Price(request.getSku(), request.getQuantity() * 250L);
    }
  }

  private Deployed deployPrices(TestDeployer.Integ integration) {
    return TestDeployer.deploy(gateway, TestDeployer.api("prices").method(
        "/prices/{sku}", "POST", integration), "dev");
  }

  private TestDeployer.Integ pricesIntegration() {
    return TestDeployer.aws(PRICES)
        .template("application/json",
            "{\"sku\":\"$input.params('sku')\",\"quantity\":$input.json('$.qty')}")
        .respond(TestDeployer.response("200")
            .template("application/json", "{\"price\":$input.json('$.totalCents')}"))
        .respond(TestDeployer.response("400").pattern("Invalid.*")
            .template("application/json", "{\"error\":\"$input.path('$.errorMessage')\"}"));
  }

  @Test
  void the_rendered_template_is_the_event_and_the_response_template_maps_the_result()
      throws Exception {
    gateway.registerFunction("prices", LambdaHandlers.of(new PriceHandler()));
    Deployed api = deployPrices(pricesIntegration());

    HttpResponse<String> response = post(api, "/prices/a-1", "{\"qty\":3}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"price\":750}");
    RecordedInvocation invocation = gateway.invocations().get(0);
    assertThat(invocation.functionCalls()).singleElement().satisfies(call -> {
      assertThat(call.event()).isEqualTo("{\"sku\":\"a-1\",\"quantity\":3}");
      assertThat(call.result()).contains("{\"sku\":\"a-1\",\"totalCents\":750}");
    });
    assertThat(invocation.integrationResponse().orElseThrow().selectionValue()).isEmpty();
  }

  @Test
  void a_function_error_is_selected_by_matching_the_pattern_against_its_error_message()
      throws Exception {
    gateway.registerFunction("prices", LambdaHandlers.of(new PriceHandler()));
    Deployed api = deployPrices(pricesIntegration());

    HttpResponse<String> response = post(api, "/prices/a-1", "{\"qty\":0}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"error\":\"Invalid quantity: 0\"}");
    RecordedInvocation invocation = gateway.invocations().get(0);
    assertThat(invocation.integrationResponse().orElseThrow().selectionValue())
        .isEqualTo("Invalid quantity: 0");
    assertThat(invocation.integrationResponse().orElseThrow().selectionPattern())
        .contains("Invalid.*");
    assertThat(invocation.integrationCall().orElseThrow().response().orElseThrow().body())
        .startsWith("{\"errorMessage\":\"Invalid quantity: 0\","
            + "\"errorType\":\"java.lang.IllegalArgumentException\",\"requestId\":\"");
  }

  @Test
  void a_function_error_no_pattern_matches_falls_back_to_the_default_response() throws Exception {
    gateway.registerFunction("prices", (event, context) -> {
      throw new IllegalStateException("stock service down");
    });
    Deployed api = deployPrices(pricesIntegration());

    HttpResponse<String> response = post(api, "/prices/a-1", "{\"qty\":1}");

    // The default (200) response applies its template to Lambda's error object.
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"price\":}");
  }

  @Test
  void an_event_invocation_answers_at_once_and_runs_the_function_on_the_gateway() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    gateway.registerFunction("prices", (event, context) -> {
      release.await(5, TimeUnit.SECONDS);
      return "{\"queued\":" + event + "}";
    });
    Deployed api = deployPrices(TestDeployer.aws(PRICES)
        .param("integration.request.header.X-Amz-Invocation-Type", "'Event'")
        .respond(TestDeployer.response("200")));

    HttpResponse<String> response = post(api, "/prices/a-1", "{\"qty\":2}");

    // THEN the caller is answered before the function has finished
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
    RecordedInvocation invocation = gateway.invocations().get(0);
    assertThat(invocation.functionCalls()).isEmpty();
    assertThat(invocation.integrationCall().orElseThrow().response().orElseThrow().status())
        .isEqualTo(202);
    assertThat(gateway.functionCalls("prices")).isEmpty();
    // AND the function runs on the gateway's executor
    release.countDown();
    await("event invocation recorded").atMost(Duration.ofSeconds(5)).untilAsserted(() ->
        assertThat(gateway.functionCalls("prices")).singleElement().satisfies(call -> {
          assertThat(call.invocationType()).isEqualTo("Event");
          assertThat(call.invocationRequestId()).isEqualTo(invocation.requestId());
          assertThat(call.result()).contains("{\"queued\":{\"qty\":2}}");
        }));
  }

  @Test
  void closing_the_gateway_interrupts_and_ends_its_lambda_threads() throws Exception {
    FakeApiGateway own = new FakeApiGateway().start();
    CountDownLatch running = new CountDownLatch(1);
    AtomicReference<Thread> handlerThread = new AtomicReference<>();
    own.registerFunction("blocker", (event, context) -> {
      handlerThread.set(Thread.currentThread());
      running.countDown();
      new CountDownLatch(1).await(); // ends only when interrupted by close
      return "{}";
    });
    Deployed api = TestDeployer.deploy(own, TestDeployer.api("b").method("/b", "POST",
        TestDeployer.aws(PRICES.replace("prices", "blocker"))
            .param("integration.request.header.X-Amz-Invocation-Type", "'Event'")
            .respond(TestDeployer.response("200"))), "dev");
    try {
      assertThat(post(api, "/b", "{}").statusCode()).isEqualTo(200);
      assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
    } finally {
      own.close();
    }

    Thread thread = handlerThread.get();
    assertThat(thread.getName()).matches("fake-apigw-\\d+-lambda-\\d+");
    assertThat(thread.isDaemon()).isTrue();
    await("lambda thread ended").atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(thread.isAlive()).isFalse());
  }

  private HttpResponse<String> post(Deployed api, String path, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(api.url(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
