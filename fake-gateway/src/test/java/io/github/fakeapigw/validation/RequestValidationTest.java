package io.github.fakeapigw.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.recording.RecordedError;
import io.github.fakeapigw.recording.RecordedInvocation;
import io.github.fakeapigw.recording.RecordedValidation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.IntegrationType;

/**
 * Request validators end to end: configured through the AWS SDK, invoked over plain HTTP, with
 * AWS's statuses, messages and error types.
 */
class RequestValidationTest {
  private static final String ORDER_SCHEMA = """
      {"$schema": "http://json-schema.org/draft-04/schema#", "title": "Order", "type": "object",
       "required": ["item", "quantity"],
       "properties": {
         "item": {"type": "string"},
         "quantity": {"type": "integer", "minimum": 1},
         "address": {"$ref": "https://apigateway.amazonaws.com/restapis/%s/models/Address"}}}""";
  private static final String ADDRESS_SCHEMA = """
      {"$schema": "http://json-schema.org/draft-04/schema#", "type": "object",
       "required": ["city"], "properties": {"city": {"type": "string"}}}""";

  private static FakeApiGateway gateway;
  private static ApiGatewayClient aws;
  private static String apiId;
  private static URI stage;
  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void deployApi() {
    gateway = new FakeApiGateway().start();
    aws = ApiGatewayClient.builder()
        .endpointOverride(gateway.managementUrl())
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .httpClient(ApacheHttpClient.builder().useIdleConnectionReaper(false).build())
        .overrideConfiguration(o -> o.retryStrategy(r -> r.maxAttempts(1)))
        .build();
    apiId = aws.createRestApi(r -> r.name("orders")).id();
    String root = aws.getRestApi(r -> r.restApiId(apiId)).rootResourceId();
    aws.createModel(r -> r.restApiId(apiId).name("Address").contentType("application/json")
        .schema(ADDRESS_SCHEMA));
    aws.createModel(r -> r.restApiId(apiId).name("Order").contentType("application/json")
        .schema(ORDER_SCHEMA.formatted(apiId)));
    String all = aws.createRequestValidator(r -> r.restApiId(apiId).name("all")
        .validateRequestBody(true).validateRequestParameters(true)).id();
    String params = aws.createRequestValidator(r -> r.restApiId(apiId).name("params-only")
        .validateRequestParameters(true)).id();
    String body = aws.createRequestValidator(r -> r.restApiId(apiId).name("body-only")
        .validateRequestBody(true)).id();

    String orders = aws.createResource(r -> r.restApiId(apiId).parentId(root).pathPart("orders"))
        .id();
    mockMethod(orders, "POST", all, Map.of(
        "method.request.querystring.tenant", true,
        "method.request.header.X-Trace", true,
        "method.request.querystring.optional", false), Map.of("application/json", "Order"));
    mockMethod(orders, "GET", params, Map.of(
        "method.request.querystring.page", true,
        "method.request.querystring.size", true,
        "method.request.header.X-Client", true), Map.of());
    String plain = aws.createResource(r -> r.restApiId(apiId).parentId(root).pathPart("plain"))
        .id();
    mockMethod(plain, "POST", body, Map.of("method.request.querystring.ignored", true), Map.of());
    String open = aws.createResource(r -> r.restApiId(apiId).parentId(root).pathPart("open"))
        .id();
    mockMethod(open, "POST", null, Map.of("method.request.querystring.q", true),
        Map.of("application/json", "Order"));
    aws.createDeployment(r -> r.restApiId(apiId).stageName("test"));
    stage = gateway.invokeUrl(apiId, "test");
  }

  private static void mockMethod(String resource, String verb, String validatorId,
      Map<String, Boolean> parameters, Map<String, String> models) {
    aws.putMethod(r -> r.restApiId(apiId).resourceId(resource).httpMethod(verb)
        .authorizationType("NONE").requestValidatorId(validatorId)
        .requestParameters(parameters).requestModels(models));
    aws.putIntegration(r -> r.restApiId(apiId).resourceId(resource).httpMethod(verb)
        .type(IntegrationType.MOCK)
        .requestTemplates(Map.of("application/json", "{\"statusCode\": 200}")));
    aws.putMethodResponse(r -> r.restApiId(apiId).resourceId(resource).httpMethod(verb)
        .statusCode("200"));
    aws.putIntegrationResponse(r -> r.restApiId(apiId).resourceId(resource).httpMethod(verb)
        .statusCode("200").selectionPattern("")
        .responseTemplates(Map.of("application/json", "{\"ok\": true}")));
  }

  @AfterAll
  static void close() {
    aws.close();
    gateway.close();
  }

  @BeforeEach
  void clearRecording() {
    gateway.clearInvocations();
  }

  @Test
  void missing_required_parameters_answer_400_with_their_names_sorted_by_location_and_name()
      throws Exception {
    HttpResponse<String> r = send("GET", "/orders", null);

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body())
        .isEqualTo("{\"message\":\"Missing required request parameters: [X-Client, page, size]\"}");
    assertThat(r.headers().firstValue("x-amzn-ErrorType")).hasValue("BadRequestException");
    RecordedInvocation recorded = gateway.invocations().get(0);
    assertThat(recorded.error()).map(RecordedError::responseType)
        .hasValue("BAD_REQUEST_PARAMETERS");
    assertThat(recorded.validation()).map(RecordedValidation::missingParameters)
        .hasValue(List.of("X-Client", "page", "size"));
    assertThat(recorded.integrationCall()).isEmpty();
  }

  @Test
  void present_parameters_pass_header_names_case_insensitively_and_empty_query_values_count()
      throws Exception {
    HttpResponse<String> r = send("GET", "/orders?page=&size=10", null, "x-client", "cli");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("{\"ok\": true}");
    assertThat(gateway.invocations().get(0).validation()).map(RecordedValidation::passed)
        .hasValue(true);
  }

  @Test
  void parameters_are_checked_before_the_body() throws Exception {
    HttpResponse<String> r = send("POST", "/orders", "not json", "Content-Type",
        "application/json");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body())
        .isEqualTo("{\"message\":\"Missing required request parameters: [X-Trace, tenant]\"}");
  }

  @Test
  void a_body_that_breaks_its_model_answers_400_invalid_request_body_and_records_why()
      throws Exception {
    HttpResponse<String> r = send("POST", "/orders?tenant=t1",
        "{\"item\": 7, \"quantity\": 0}", "Content-Type", "application/json", "X-Trace", "1");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).isEqualTo("{\"message\":\"Invalid request body\"}");
    assertThat(r.headers().firstValue("x-amzn-ErrorType")).hasValue("BadRequestException");
    RecordedInvocation recorded = gateway.invocations().get(0);
    assertThat(recorded.error()).map(RecordedError::responseType).hasValue("BAD_REQUEST_BODY");
    RecordedValidation v = recorded.validation().orElseThrow();
    assertThat(v.model()).hasValue("Order");
    assertThat(v.bodyErrors()).hasSize(2)
        .anySatisfy(e -> assertThat(e).startsWith("/item: ").contains("string expected"))
        .anySatisfy(e -> assertThat(e).startsWith("/quantity: ").contains("minimum value of 1"));
    assertThat(recorded.error().orElseThrow().cause()).contains("model Order", "/item: ");
  }

  @Test
  void a_valid_body_passes_with_refs_to_other_models_of_the_api() throws Exception {
    HttpResponse<String> ok = send("POST", "/orders?tenant=t1",
        "{\"item\": \"book\", \"quantity\": 2, \"address\": {\"city\": \"Oslo\"}}",
        "Content-Type", "application/json; charset=utf-8", "X-Trace", "1");
    HttpResponse<String> badRef = send("POST", "/orders?tenant=t1",
        "{\"item\": \"book\", \"quantity\": 2, \"address\": {}}",
        "Content-Type", "application/json", "X-Trace", "1");

    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(badRef.statusCode()).isEqualTo(400);
    assertThat(gateway.invocations().get(1).validation().orElseThrow().bodyErrors())
        .anySatisfy(e -> assertThat(e).contains("city"));
  }

  @Test
  void a_body_that_is_not_json_is_invalid_and_an_empty_body_is_validated_as_an_empty_object()
      throws Exception {
    HttpResponse<String> notJson = send("POST", "/orders?tenant=t1", "{\"item\": ",
        "Content-Type", "application/json", "X-Trace", "1");
    HttpResponse<String> empty = send("POST", "/orders?tenant=t1", "",
        "Content-Type", "application/json", "X-Trace", "1");

    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(notJson.body()).isEqualTo("{\"message\":\"Invalid request body\"}");
    assertThat(gateway.invocations().get(0).validation().orElseThrow().bodyErrors())
        .singleElement().asString().startsWith("The request body is not JSON");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(gateway.invocations().get(1).validation().orElseThrow().bodyErrors())
        .anySatisfy(e -> assertThat(e).contains("item"))
        .anySatisfy(e -> assertThat(e).contains("quantity"));
  }

  @Test
  void without_a_model_for_the_content_type_the_empty_model_requires_an_object_body()
      throws Exception {
    HttpResponse<String> object = send("POST", "/plain", "{\"any\": 1}",
        "Content-Type", "application/json");
    HttpResponse<String> array = send("POST", "/plain", "[1, 2]",
        "Content-Type", "application/json");

    assertThat(object.statusCode()).isEqualTo(200);
    assertThat(array.statusCode()).isEqualTo(400);
    assertThat(array.body()).isEqualTo("{\"message\":\"Invalid request body\"}");
    assertThat(gateway.invocations().get(1).validation().orElseThrow().model()).hasValue("Empty");
  }

  @Test
  void a_body_only_validator_ignores_required_parameters_and_no_validator_checks_nothing()
      throws Exception {
    HttpResponse<String> bodyOnly = send("POST", "/plain", "{}", "Content-Type",
        "application/json");
    HttpResponse<String> none = send("POST", "/open", "[\"breaks the model\"]",
        "Content-Type", "application/json");

    assertThat(bodyOnly.statusCode()).isEqualTo(200);
    assertThat(none.statusCode()).isEqualTo(200);
    assertThat(gateway.invocations().get(1).validation()).isEmpty();
  }

  @Test
  void the_api_gateway_response_for_bad_request_body_overrides_status_headers_and_template()
      throws Exception {
    String api = aws.createRestApi(r -> r.name("custom")).id();
    String root = aws.getRestApi(r -> r.restApiId(api)).rootResourceId();
    String validator = aws.createRequestValidator(r -> r.restApiId(api).name("body")
        .validateRequestBody(true)).id();
    aws.putMethod(r -> r.restApiId(api).resourceId(root).httpMethod("POST")
        .authorizationType("NONE").requestValidatorId(validator));
    aws.putIntegration(r -> r.restApiId(api).resourceId(root).httpMethod("POST")
        .type(IntegrationType.MOCK)
        .requestTemplates(Map.of("application/json", "{\"statusCode\": 200}")));
    aws.putGatewayResponse(r -> r.restApiId(api).responseType("BAD_REQUEST_BODY")
        .statusCode("422")
        .responseParameters(Map.of("gatewayresponse.header.X-Why", "'schema'"))
        .responseTemplates(Map.of("application/json",
            "{\"error\": $context.error.messageString, \"type\": \"$context.error.responseType\"}")));
    aws.createDeployment(r -> r.restApiId(api).stageName("v1"));

    HttpResponse<String> r = http.send(HttpRequest.newBuilder(gateway.invokeUrl(api, "v1"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("\"a string\"")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.headers().firstValue("X-Why")).hasValue("schema");
    assertThat(r.body())
        .isEqualTo("{\"error\": \"Invalid request body\", \"type\": \"BAD_REQUEST_BODY\"}");
  }

  private HttpResponse<String> send(String method, String pathAndQuery, String body,
      String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(
            URI.create(stage.toString().replaceAll("/$", "") + pathAndQuery))
        .timeout(Duration.ofSeconds(20))
        .method(method, body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
