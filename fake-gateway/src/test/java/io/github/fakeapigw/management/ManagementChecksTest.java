package io.github.fakeapigw.management;

import static io.github.fakeapigw.management.Aws.assertAwsError;
import static io.github.fakeapigw.management.Aws.op;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.model.ApiGatewayException;
import software.amazon.awssdk.services.apigateway.model.BadRequestException;
import software.amazon.awssdk.services.apigateway.model.GetRestApisResponse;
import software.amazon.awssdk.services.apigateway.model.IntegrationType;
import software.amazon.awssdk.services.apigateway.model.Op;

/**
 * Values the management API used to store although they could never work: an unknown endpoint
 * type, a schema or template that does not parse, a body with garbage after its JSON, and a paging
 * position that overflowed. Each is refused (or answered) when it is sent.
 */
class ManagementChecksTest extends ManagementTest {
  private static final String SIG_V4 = "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/apigateway/aws4_request,"
      + " SignedHeaders=host;x-amz-date, Signature=0123abcd";

  @Test
  void refuses_an_unknown_endpoint_type_with_awss_validation_message() {
    // expected text: LocalStack's AWS-recorded tests/aws/services/apigateway/test_apigateway_api.snapshot.json,
    // TestApiGatewayApiRestApi::test_create_rest_api_with_endpoint_configuration, "create-with-invalid-types"
    assertAwsError(() -> client.createRestApi(r -> r.name("typed").endpointConfiguration(e -> e.typesWithStrings("FOO"))),
        ApiGatewayException.class, 400, "ValidationException",
        "1 validation error detected: Value '[FOO]' at 'createRestApiInput.endpointConfiguration.types' failed to"
            + " satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set:"
            + " [PRIVATE, EDGE, REGIONAL]]");
    assertThat(client.getRestApis(r -> r.limit(500)).items()).noneMatch(a -> a.name().equals("typed"));
  }

  @Test
  void refuses_a_model_schema_that_is_not_json_on_create_and_update() {
    String api = Aws.newApi(client, "schemas");
    // AWS's family "Invalid model specified: Validation Result: ..." (a BadRequestException; AWS's own
    // inner text for unparseable JSON is not recorded anywhere we know, so the parser's reason is ours)
    BadRequestException created = assertThatRefused(() -> client.createModel(r -> r.restApiId(api).name("Pet")
        .contentType("application/json").schema("{\"type\": \"object\"")));
    assertThat(created.awsErrorDetails().errorMessage())
        .startsWith("Invalid model specified: Validation Result: warnings : [], errors : [Invalid model schema"
            + " specified: ");
    assertThatRefused(() -> client.createModel(r -> r.restApiId(api).name("Pet")
        .contentType("application/json").schema("{\"type\": \"object\"} trailing")));

    client.createModel(r -> r.restApiId(api).name("Pet").contentType("application/json").schema("{\"type\": \"object\"}"));
    assertThatRefused(() -> client.updateModel(r -> r.restApiId(api).modelName("Pet")
        .patchOperations(op(Op.REPLACE, "/schema", "not json"))));
    assertThat(client.getModel(r -> r.restApiId(api).modelName("Pet")).schema()).isEqualTo("{\"type\": \"object\"}");
  }

  @Test
  void refuses_templates_that_do_not_parse_naming_the_content_type_and_position() {
    String api = Aws.newApi(client, "templates");
    String root = Aws.rootId(client, api);
    client.putMethod(r -> r.restApiId(api).resourceId(root).httpMethod("GET").authorizationType("NONE"));

    // our wording (AWS documents none for a template that does not parse): content type, then Velocity's position
    BadRequestException request = assertThatRefused(() -> client.putIntegration(r -> r.restApiId(api).resourceId(root)
        .httpMethod("GET").type(IntegrationType.MOCK).requestTemplates(Map.of("application/json", "#if("))));
    assertThat(request.awsErrorDetails().errorMessage())
        .startsWith("Invalid mapping template specified for content type 'application/json': Mapping template"
            + " parse error: ")
        .contains("line 1");

    client.putIntegration(r -> r.restApiId(api).resourceId(root).httpMethod("GET").type(IntegrationType.MOCK)
        .requestTemplates(Map.of("application/json", "{\"statusCode\": 200}")));
    assertThatRefused(() -> client.updateIntegration(r -> r.restApiId(api).resourceId(root).httpMethod("GET")
        .patchOperations(op(Op.ADD, "/requestTemplates/text~1plain", "#foreach($x in"))));
    assertThatRefused(() -> client.putIntegrationResponse(r -> r.restApiId(api).resourceId(root).httpMethod("GET")
        .statusCode("200").responseTemplates(Map.of("application/json", "#end"))));

    assertThat(client.getIntegration(r -> r.restApiId(api).resourceId(root).httpMethod("GET")).requestTemplates())
        .containsOnlyKeys("application/json");
    assertThat(client.getIntegration(r -> r.restApiId(api).resourceId(root).httpMethod("GET"))
        .integrationResponses()).isNullOrEmpty();
  }

  @Test
  void refuses_a_body_with_garbage_after_its_json() throws Exception {
    HttpResponse<String> answer = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(gateway.managementUrl().resolve("/restapis")).header("Authorization", SIG_V4)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"garbage\"} {\"name\":\"second\"}")).build(),
        HttpResponse.BodyHandlers.ofString());

    // AWS's error type and prefix for a body that is not JSON (management-api.md, "Errors"); Jackson's reason after it
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.headers().firstValue("x-amzn-ErrorType")).hasValue("SerializationException");
    assertThat(answer.body()).startsWith("{\"message\":\"Could not parse request body into json: Trailing token");
    assertThat(client.getRestApis(r -> r.limit(500)).items()).noneMatch(a -> a.name().equals("garbage"));
  }

  @Test
  void a_position_past_the_end_answers_an_empty_last_page_even_at_int_max() throws Exception {
    Aws.newApi(client, "paged");
    GetRestApisResponse page = client.getRestApis(r -> r.position("2147483647").limit(500));
    assertThat(page.items()).isEmpty();
    assertThat(page.position()).as("no next page, and never a negative position").isNull();

    URI uri = gateway.managementUrl().resolve("/restapis?position=2147483647&limit=25");
    HttpResponse<String> raw = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(uri).header("Authorization", SIG_V4).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.body()).doesNotContain("position").doesNotContain("-");
  }

  private static BadRequestException assertThatRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    BadRequestException e = org.assertj.core.api.Assertions.catchThrowableOfType(BadRequestException.class, call);
    assertThat(e).as("a BadRequestException").isNotNull();
    assertThat(e.statusCode()).isEqualTo(400);
    return e;
  }
}
