package io.github.fakeapigw.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LambdaHandlersTest {
  private static final String EVENT =
      "{\"resource\":\"/orders/{id}\",\"path\":\"/orders/7\",\"httpMethod\":\"GET\","
          + "\"headers\":{\"Accept\":\"*/*\"},\"multiValueHeaders\":{\"Accept\":[\"*/*\"]},"
          + "\"queryStringParameters\":{\"a\":\"2\"},"
          + "\"multiValueQueryStringParameters\":{\"a\":[\"1\",\"2\"]},"
          + "\"pathParameters\":{\"id\":\"7\"},\"stageVariables\":null,"
          + "\"requestContext\":{\"accountId\":\"123456789012\",\"apiId\":\"abc123defg\","
          + "\"path\":\"/dev/orders/7\",\"requestTimeEpoch\":1763697782000,\"stage\":\"dev\","
          + "\"identity\":{\"accessKey\":null,\"sourceIp\":\"203.0.113.5\",\"userAgent\":\"curl/8\"}},"
          + "\"body\":null,\"isBase64Encoded\":false}";

  private final LambdaContext context = new TestContext();

  /** A handler as deployed to Lambda: typed with the API Gateway proxy events. */
  static final class OrdersHandler
      implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    final AtomicReference<APIGatewayProxyRequestEvent> received = new AtomicReference<>();
    final AtomicReference<Context> context = new AtomicReference<>();

    @Override
    public APIGatewayProxyResponseEvent handleRequest(
        APIGatewayProxyRequestEvent event, Context context) {
      received.set(event);
      this.context.set(context);
      context.getLogger().log("order " + event.getPathParameters().get("id"));
      return new APIGatewayProxyResponseEvent()
          .withStatusCode(200)
          .withHeaders(Map.of("X-Order", event.getPathParameters().get("id")))
          .withBody("{\"id\":7}");
    }
  }

  /** A plain POJO in and out, as a custom (non-proxy) integration would use. */
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

  /** The answer POJO; its null field is left out, as the Lambda runtime does. */
  public record PriceResponse(String sku, long totalCents, String note) {}

  static final class PriceHandler implements RequestHandler<PriceRequest, PriceResponse> {
    @Override
    public PriceResponse handleRequest(PriceRequest input, Context context) {
      return new PriceResponse(input.getSku(), input.getQuantity() * 250L, null);
    }
  }

  static final class UpperCaseStreamHandler implements RequestStreamHandler {
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context)
        throws java.io.IOException {
      output.write(
          new String(input.readAllBytes(), StandardCharsets.UTF_8)
              .toUpperCase(java.util.Locale.ROOT)
              .getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void reads_the_proxy_event_into_aws_event_type_with_aws_field_names() throws Exception {
    OrdersHandler handler = new OrdersHandler();

    LambdaHandlers.of(handler).handle(EVENT, context);

    APIGatewayProxyRequestEvent event = handler.received.get();
    assertThat(event.getResource()).isEqualTo("/orders/{id}");
    assertThat(event.getPath()).isEqualTo("/orders/7");
    assertThat(event.getHttpMethod()).isEqualTo("GET");
    assertThat(event.getHeaders()).containsExactly(Map.entry("Accept", "*/*"));
    assertThat(event.getMultiValueHeaders()).containsExactly(Map.entry("Accept", List.of("*/*")));
    assertThat(event.getQueryStringParameters()).containsExactly(Map.entry("a", "2"));
    assertThat(event.getMultiValueQueryStringParameters())
        .containsExactly(Map.entry("a", List.of("1", "2")));
    assertThat(event.getPathParameters()).containsExactly(Map.entry("id", "7"));
    assertThat(event.getStageVariables()).isNull();
    assertThat(event.getIsBase64Encoded()).isFalse();
    assertThat(event.getRequestContext().getPath()).isEqualTo("/dev/orders/7");
    assertThat(event.getRequestContext().getStage()).isEqualTo("dev");
    assertThat(event.getRequestContext().getRequestTimeEpoch()).isEqualTo(1763697782000L);
    assertThat(event.getRequestContext().getIdentity().getSourceIp()).isEqualTo("203.0.113.5");
    assertThat(event.getRequestContext().getIdentity().getUserAgent()).isEqualTo("curl/8");
  }

  @Test
  void writes_the_proxy_response_event_with_aws_field_names_and_without_nulls() throws Exception {
    String answer = LambdaHandlers.of(new OrdersHandler()).handle(EVENT, context);

    assertThat(answer)
        .isEqualTo("{\"statusCode\":200,\"headers\":{\"X-Order\":\"7\"},\"body\":\"{\\\"id\\\":7}\"}");
  }

  @Test
  void maps_pojos_in_and_out() throws Exception {
    String answer =
        LambdaHandlers.of(new PriceHandler())
            .handle("{\"sku\":\"a-1\",\"quantity\":3,\"ignored\":true}", context);

    assertThat(answer).isEqualTo("{\"sku\":\"a-1\",\"totalCents\":750}");
  }

  @Test
  void a_lambda_expression_gets_a_map_unless_the_input_type_is_given() throws Exception {
    RequestHandler<Object, String> untyped = (input, ctx) -> input.getClass().getSimpleName();
    RequestHandler<PriceRequest, String> typed = (input, ctx) -> input.getSku();

    assertThat(LambdaHandlers.of(untyped).handle("{\"sku\":\"a\"}", context))
        .isEqualTo("\"LinkedHashMap\"");
    assertThat(LambdaHandlers.of(PriceRequest.class, typed).handle("{\"sku\":\"a\"}", context))
        .isEqualTo("\"a\"");
  }

  @Test
  void a_string_result_is_serialized_as_a_json_string_as_the_runtime_does() throws Exception {
    RequestHandler<Map<String, Object>, String> handler = (input, ctx) -> "plain text";

    assertThat(LambdaHandlers.of(handler).handle("{}", context)).isEqualTo("\"plain text\"");
  }

  @Test
  void an_event_that_does_not_fit_the_input_type_is_a_function_error() {
    RequestHandler<String, String> handler = (input, ctx) -> input;

    assertThatThrownBy(() -> LambdaHandlers.of(String.class, handler).handle("{\"a\":1}", context))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "An error occurred during JSON parsing: cannot read the event as java.lang.String: ");
  }

  @Test
  void a_stream_handler_reads_the_event_bytes_and_its_output_is_the_payload() throws Exception {
    assertThat(LambdaHandlers.of(new UpperCaseStreamHandler()).handle("{\"a\":\"b\"}", context))
        .isEqualTo("{\"A\":\"B\"}");
  }

  @Test
  void the_runtime_context_answers_from_the_lambda_context() throws Exception {
    OrdersHandler handler = new OrdersHandler();

    LambdaHandlers.of(handler).handle(EVENT, context);

    Context runtime = handler.context.get();
    assertThat(runtime.getAwsRequestId()).isEqualTo("0b6a1f3e-0000-4000-8000-000000000002");
    assertThat(runtime.getFunctionName()).isEqualTo("orders");
    assertThat(runtime.getFunctionVersion()).isEqualTo("3");
    assertThat(runtime.getInvokedFunctionArn())
        .isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:orders:3");
    assertThat(runtime.getMemoryLimitInMB()).isEqualTo(128);
    assertThat(runtime.getRemainingTimeInMillis()).isEqualTo(1234);
    assertThat(runtime.getLogGroupName()).isEqualTo("/aws/lambda/orders");
    assertThat(runtime.getLogStreamName()).isEqualTo("2025/11/21/[3]stream");
    assertThat(runtime.getIdentity()).isNull();
    assertThat(runtime.getClientContext()).isNull();
    assertThat(((TestContext) context).logged).containsExactly("order 7");
  }

  private static final class TestContext implements LambdaContext {
    final List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public String awsRequestId() {
      return "0b6a1f3e-0000-4000-8000-000000000002";
    }

    @Override
    public String functionName() {
      return "orders";
    }

    @Override
    public String functionVersion() {
      return "3";
    }

    @Override
    public String invokedFunctionArn() {
      return "arn:aws:lambda:us-east-1:123456789012:function:orders:3";
    }

    @Override
    public int memoryLimitInMb() {
      return 128;
    }

    @Override
    public Duration remainingTime() {
      return Duration.ofMillis(1234);
    }

    @Override
    public String logGroupName() {
      return "/aws/lambda/orders";
    }

    @Override
    public String logStreamName() {
      return "2025/11/21/[3]stream";
    }

    @Override
    public void log(String message) {
      logged.add(message);
    }
  }
}
