package io.github.fakeapigw.lambda;

import static io.github.fakeapigw.dsl.GatewayDsl.awsProxy;
import static io.github.fakeapigw.dsl.GatewayDsl.post;
import static io.github.fakeapigw.dsl.GatewayDsl.restApi;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fakeapigw.DeployedApi;
import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.TestDeployer;
import io.github.fakeapigw.TestDeployer.Deployed;
import io.github.fakeapigw.recording.RecordedFunctionCall;
import io.github.fakeapigw.recording.RecordedInvocation;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.IntegrationType;

/** AWS_PROXY integrations over real HTTP, calling real Lambda handlers in process. */
class LambdaProxyIntegrationTest {
  private static final String ORDERS_ARN = "arn:aws:lambda:us-east-1:123456789012:function:orders";

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

  static String invocations(String functionArn) {
    return "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/" + functionArn
        + "/invocations";
  }

  /** A handler as it would be deployed to Lambda. */
  static final class OrdersHandler
      implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    final AtomicReference<APIGatewayProxyRequestEvent> received = new AtomicReference<>();
    final AtomicReference<String> functionArn = new AtomicReference<>();

    @Override
    public APIGatewayProxyResponseEvent handleRequest(
        APIGatewayProxyRequestEvent event, Context context) {
      received.set(event);
      functionArn.set(context.getInvokedFunctionArn());
      return new APIGatewayProxyResponseEvent()
          .withStatusCode(201)
          .withHeaders(Map.of("X-Order", event.getPathParameters().get("id")))
          .withMultiValueHeaders(Map.of("X-Tags", List.of("a", "b")))
          .withBody("{\"id\":\"" + event.getPathParameters().get("id") + "\"}");
    }
  }

  static final class EchoStreamHandler implements RequestStreamHandler {
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context)
        throws java.io.IOException {
      String event = new String(input.readAllBytes(), StandardCharsets.UTF_8);
      String body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(event).get("body").asText();
      output.write(("{\"statusCode\":200,\"headers\":{\"Content-Type\":\"text/plain\"},\"body\":\""
          + body.toUpperCase(Locale.ROOT) + "\"}").getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void passes_the_v1_proxy_event_to_a_request_handler_and_returns_its_response() throws Exception {
    OrdersHandler handler = new OrdersHandler();
    gateway.registerFunction("orders", LambdaHandlers.of(handler));
    Deployed api = TestDeployer.deploy(gateway,
        TestDeployer.api("shop").method("/orders/{id}", "GET",
            TestDeployer.awsProxy(invocations(ORDERS_ARN))), "dev", Map.of("flavour", "new"));

    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(api.url("/orders/7?a=1&a=2"))
            .header("X-Custom", "one").GET().build(),
        HttpResponse.BodyHandlers.ofString());

    // THEN the caller gets the function's answer
    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.body()).isEqualTo("{\"id\":\"7\"}");
    assertThat(response.headers().firstValue("X-Order")).contains("7");
    assertThat(response.headers().allValues("X-Tags")).containsExactly("a", "b");
    assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
    // AND the handler got the proxy event, field by field
    RecordedInvocation invocation = gateway.invocations().get(0);
    APIGatewayProxyRequestEvent event = handler.received.get();
    assertThat(event.getResource()).isEqualTo("/orders/{id}");
    assertThat(event.getPath()).isEqualTo("/orders/7");
    assertThat(event.getHttpMethod()).isEqualTo("GET");
    assertThat(event.getHeaders()).containsEntry("X-Custom", "one");
    assertThat(event.getMultiValueHeaders()).containsEntry("X-Custom", List.of("one"));
    assertThat(event.getQueryStringParameters()).isEqualTo(Map.of("a", "2"));
    assertThat(event.getMultiValueQueryStringParameters()).isEqualTo(Map.of("a", List.of("1", "2")));
    assertThat(event.getPathParameters()).isEqualTo(Map.of("id", "7"));
    assertThat(event.getStageVariables()).isEqualTo(Map.of("flavour", "new"));
    assertThat(event.getBody()).isNull();
    assertThat(event.getIsBase64Encoded()).isFalse();
    APIGatewayProxyRequestEvent.ProxyRequestContext rc = event.getRequestContext();
    assertThat(rc.getAccountId()).isEqualTo("123456789012");
    assertThat(rc.getApiId()).isEqualTo(api.apiId());
    // (the events library has no getter for deploymentId; read it from the recorded event)
    assertThat(invocation.functionCalls().get(0).event())
        .contains("\"deploymentId\":\"" + api.deploymentId() + "\"");
    assertThat(rc.getStage()).isEqualTo("dev");
    assertThat(rc.getPath()).isEqualTo("/dev/orders/7");
    assertThat(rc.getResourcePath()).isEqualTo("/orders/{id}");
    assertThat(rc.getResourceId()).isEqualTo(api.resourceId("/orders/{id}"));
    assertThat(rc.getHttpMethod()).isEqualTo("GET");
    assertThat(rc.getRequestId()).isEqualTo(invocation.requestId());
    assertThat(rc.getProtocol()).isEqualTo("HTTP/1.1");
    assertThat(rc.getRequestTimeEpoch()).isEqualTo(invocation.receivedAt().toEpochMilli());
    assertThat(rc.getIdentity().getSourceIp()).isEqualTo("127.0.0.1");
    assertThat(rc.getIdentity().getUserAgent()).startsWith("Java-http-client");
    assertThat(rc.getIdentity().getUser()).isNull();
    assertThat(handler.functionArn.get()).isEqualTo(ORDERS_ARN);
    // AND the call is recorded on the invocation and on the gateway
    assertThat(invocation.functionCalls()).singleElement().satisfies(call -> {
      assertThat(call.functionName()).isEqualTo("orders");
      assertThat(call.invocationRequestId()).isEqualTo(invocation.requestId());
      assertThat(call.event()).contains("\"path\":\"/orders/7\"");
      assertThat(call.result()).hasValueSatisfying(r -> assertThat(r).contains("\"statusCode\":201"));
    });
    assertThat(gateway.functionCalls("orders")).isEqualTo(invocation.functionCalls());
    assertThat(invocation.integrationCall().orElseThrow().uri()).isEqualTo(ORDERS_ARN);
  }

  @Test
  void runs_a_stream_handler_with_the_request_body() throws Exception {
    gateway.registerFunction("echo", LambdaHandlers.of(new EchoStreamHandler()));
    Deployed api = TestDeployer.deploy(gateway,
        TestDeployer.api("echo").method("/echo", "POST",
            TestDeployer.awsProxy(invocations("arn:aws:lambda:us-east-1:123456789012:function:echo"))),
        "dev");

    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(api.url("/echo")).header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString("hello")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("HELLO");
    assertThat(response.headers().firstValue("Content-Type")).contains("text/plain");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "not JSON                | hello                                  | the function's output is not JSON: hello",
        "a JSON string           | \"ok\"                                 | the function's output must be a JSON object",
        "an array                | []                                     | the function's output must be a JSON object",
        "an unknown field        | {\"statusCode\":200,\"status\":\"ok\"} | unexpected field \"status\"",
        "a non-numeric status    | {\"statusCode\":\"two hundred\"}       | statusCode must be an integer or a numeric string",
        "an object body          | {\"body\":{\"id\":7}}                  | body must be a string",
        "a numeric header        | {\"headers\":{\"X-N\":7}}              | headers values must be strings or booleans",
        "a scalar multi value    | {\"multiValueHeaders\":{\"X-M\":\"a\"}}| multiValueHeaders values must be lists",
      })
  void answers_502_when_the_function_returns_a_malformed_proxy_response(
      String label, String answer, String reason) throws Exception {
    gateway.registerFunction("bad", (event, context) -> answer);
    Deployed api = TestDeployer.deploy(gateway, TestDeployer.api("bad").method("/bad", "GET",
        TestDeployer.awsProxy(invocations("arn:aws:lambda:us-east-1:123456789012:function:bad"))),
        "dev");

    HttpResponse<String> response = get(api.url("/bad"));

    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(response.body()).isEqualTo("{\"message\": \"Internal server error\"}");
    assertThat(gateway.invocations().get(0).error()).hasValueSatisfying(error ->
        assertThat(error.cause()).startsWith("Malformed Lambda proxy response: " + reason));
  }

  @Test
  void answers_502_when_the_function_throws() throws Exception {
    gateway.registerFunction("broken", (event, context) -> {
      throw new IllegalStateException("database down");
    });
    Deployed api = TestDeployer.deploy(gateway, TestDeployer.api("broken").method("/b", "GET",
        TestDeployer.awsProxy(invocations("arn:aws:lambda:us-east-1:123456789012:function:broken"))),
        "dev");

    HttpResponse<String> response = get(api.url("/b"));

    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(response.body()).isEqualTo("{\"message\": \"Internal server error\"}");
    RecordedInvocation invocation = gateway.invocations().get(0);
    assertThat(invocation.error().orElseThrow().cause()).contains(
        "customer function error: java.lang.IllegalStateException: database down");
    assertThat(invocation.functionCalls()).singleElement().satisfies(call ->
        assertThat(call.error()).contains("java.lang.IllegalStateException: database down"));
  }

  @Test
  void answers_500_naming_the_missing_function_and_the_registered_ones() throws Exception {
    gateway.registerFunction("orders", (event, context) -> "{}");
    Deployed api = TestDeployer.deploy(gateway, TestDeployer.api("missing").method("/m", "GET",
        TestDeployer.awsProxy(invocations(
            "arn:aws:lambda:us-east-1:123456789012:function:prices:live"))), "dev");

    HttpResponse<String> response = get(api.url("/m"));

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).isEqualTo("{\"message\": \"Internal server error\"}");
    assertThat(gateway.invocations().get(0).error().orElseThrow().cause()).isEqualTo(
        "Lambda function \"arn:aws:lambda:us-east-1:123456789012:function:prices:live\" was not"
            + " found (looked for name \"prices\" with qualifier \"live\"); registered functions:"
            + " [\"orders\"]; register it with gateway.registerFunction(\"prices:live\","
            + " function)");
  }

  @Test
  void resolves_versions_and_aliases_through_stage_variables() throws Exception {
    gateway.registerFunction("prices:live", (e, c) -> "{\"body\":\"live " + c.functionVersion() + "\"}");
    gateway.registerFunction("arn:aws:lambda:us-east-1:123456789012:function:prices:3",
        (e, c) -> "{\"body\":\"v3 " + c.functionVersion() + "\"}");
    Deployed live = TestDeployer.deploy(gateway, TestDeployer.api("prices").method("/p", "GET",
        TestDeployer.awsProxy(invocations(
            "arn:aws:lambda:us-east-1:123456789012:function:prices:${stageVariables.alias}"))),
        "live", Map.of("alias", "live"));
    Deployed v3 = TestDeployer.addStage(live, "v3", Map.of("alias", "3"));

    assertThat(get(live.url("/p")).body()).isEqualTo("live $LATEST");
    assertThat(get(v3.url("/p")).body()).isEqualTo("v3 3");
  }

  @Test
  void times_out_with_504_and_interrupts_the_handler() throws Exception {
    CountDownLatch interrupted = new CountDownLatch(1);
    gateway.registerFunction("slow", (event, context) -> {
      try {
        // blocks until the gateway interrupts it; bounded, so a broken timeout cannot hang the build
        new CountDownLatch(1).await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        interrupted.countDown();
        throw e;
      }
      return "{}";
    });
    Deployed api = TestDeployer.deploy(gateway, TestDeployer.api("slow").method("/s", "GET",
        TestDeployer.awsProxy(invocations("arn:aws:lambda:us-east-1:123456789012:function:slow"))
            .timeout(2_000)), "dev");

    // a broken timeout fails here after 30 s instead of hanging (AWS: 504 "Endpoint request timed out",
    // INTEGRATION_TIMEOUT in https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html)
    HttpResponse<String> response = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(30), () -> get(api.url("/s")));

    assertThat(response.statusCode()).isEqualTo(504);
    assertThat(response.body()).isEqualTo("{\"message\": \"Endpoint request timed out\"}");
    assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("handler saw the interrupt").isTrue();
    RecordedInvocation invocation = gateway.invocations().get(0);
    assertThat(invocation.error().orElseThrow().cause()).contains("timeoutInMillis (2000 ms)");
    assertThat(invocation.functionCalls()).singleElement()
        .extracting(RecordedFunctionCall::error).satisfies(e -> assertThat(e).isPresent());
  }

  @Test
  void passes_a_binary_body_base64_encoded_and_decodes_the_answer_for_a_binary_accept()
      throws Exception {
    // GIVEN a function echoing the (base64) body back as a base64 image
    gateway.registerFunction("thumbnail", (eventJson, context) -> {
      JsonNode event = new ObjectMapper().readTree(eventJson);
      return "{\"statusCode\":200,\"headers\":{\"Content-Type\":\"image/png\"},"
          + "\"isBase64Encoded\":" + event.get("isBase64Encoded") + ","
          + "\"body\":" + event.get("body") + "}";
    });
    DeployedApi api = gateway.deploy(restApi("images").withBinaryMediaType("image/png")
        .resource("/thumbnail", post().integration(awsProxy("thumbnail")))
        .stage("dev"));
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff};
    URI url = URI.create(api.invokeUrl("dev") + "/thumbnail");

    HttpResponse<byte[]> binary = http.send(HttpRequest.newBuilder(url)
            .header("Content-Type", "image/png").header("Accept", "image/png")
            .POST(HttpRequest.BodyPublishers.ofByteArray(png)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    HttpResponse<String> text = http.send(HttpRequest.newBuilder(url)
            .header("Content-Type", "image/png").header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(png)).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(gateway.functionCalls("thumbnail").get(0).event())
        .contains("\"body\":\"iVBORwABAv8=\",\"isBase64Encoded\":true");
    assertThat(binary.statusCode()).isEqualTo(200);
    assertThat(binary.body()).isEqualTo(png);
    assertThat(text.body()).isEqualTo("iVBORwABAv8=");
  }

  @Test
  void answers_500_when_the_proxy_integration_verb_is_not_post() throws Exception {
    gateway.registerFunction("orders", (event, context) -> "{}");
    try (ApiGatewayClient client = sdk()) {
      String apiId = client.createRestApi(r -> r.name("get-proxy")).id();
      String rootId = client.getRestApi(r -> r.restApiId(apiId)).rootResourceId();
      client.putMethod(r -> r.restApiId(apiId).resourceId(rootId).httpMethod("GET")
          .authorizationType("NONE"));
      client.putIntegration(r -> r.restApiId(apiId).resourceId(rootId).httpMethod("GET")
          .type(IntegrationType.AWS_PROXY).integrationHttpMethod("GET")
          .uri(invocations(ORDERS_ARN)));
      client.createDeployment(r -> r.restApiId(apiId).stageName("dev"));

      HttpResponse<String> response = get(URI.create(gateway.invokeUrl(apiId, "dev") + "/"));

      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(response.body()).isEqualTo("{\"message\": \"Internal server error\"}");
      assertThat(gateway.invocations().get(0).error().orElseThrow().cause())
          .startsWith("Lambda integrations must call the function with integration httpMethod"
              + " POST; got \"GET\"");
      assertThat(gateway.functionCalls()).isEmpty();
    }
  }

  @Test
  void test_invoke_method_runs_the_function_of_an_undeployed_proxy_integration() {
    gateway.registerFunction("orders", (event, context) ->
        "{\"statusCode\":202,\"body\":\"" + (event.contains("\"stage\":\"test-invoke-stage\"")
            ? "from test invoke" : "elsewhere") + "\"}");
    try (ApiGatewayClient client = sdk()) {
      String apiId = client.createRestApi(r -> r.name("test-invoke")).id();
      String rootId = client.getRestApi(r -> r.restApiId(apiId)).rootResourceId();
      client.putMethod(r -> r.restApiId(apiId).resourceId(rootId).httpMethod("POST")
          .authorizationType("NONE"));
      client.putIntegration(r -> r.restApiId(apiId).resourceId(rootId).httpMethod("POST")
          .type(IntegrationType.AWS_PROXY).integrationHttpMethod("POST")
          .uri(invocations(ORDERS_ARN)));

      var result = client.testInvokeMethod(r -> r.restApiId(apiId).resourceId(rootId)
          .httpMethod("POST").pathWithQueryString("/").body("{}"));

      assertThat(result.status()).isEqualTo(202);
      assertThat(result.body()).isEqualTo("from test invoke");
      assertThat(gateway.functionCalls("orders")).hasSize(1);
    }
  }

  private ApiGatewayClient sdk() {
    return ApiGatewayClient.builder()
        .endpointOverride(gateway.managementUrl())
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  private HttpResponse<String> get(URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
