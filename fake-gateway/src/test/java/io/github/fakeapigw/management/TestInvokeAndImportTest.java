package io.github.fakeapigw.management;

import static io.github.fakeapigw.management.Aws.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.apigateway.model.BadRequestException;
import software.amazon.awssdk.services.apigateway.model.IntegrationType;
import software.amazon.awssdk.services.apigateway.model.NotFoundException;
import software.amazon.awssdk.services.apigateway.model.PutMode;
import software.amazon.awssdk.services.apigateway.model.Resource;

/** TestInvokeMethod, ImportRestApi and PutRestApi routing, storing and rendering. */
class TestInvokeAndImportTest extends ManagementTest {
  private static final String PETSTORE = """
      {"openapi": "3.0.1", "info": {"title": "imported", "version": "1.0"},
       "paths": {"/pets": {"get": {
         "responses": {"200": {"description": "ok"}},
         "x-amazon-apigateway-integration": {"type": "mock",
           "requestTemplates": {"application/json": "{\\"statusCode\\": 200}"},
           "responses": {"default": {"statusCode": "200"}}}}}}}
      """;
  private static final String ORDERS = """
      {"openapi": "3.0.1", "info": {"title": "orders", "version": "1.0"},
       "paths": {"/orders": {"get": {
         "responses": {"200": {"description": "ok"}},
         "x-amazon-apigateway-integration": {"type": "mock",
           "requestTemplates": {"application/json": "{\\"statusCode\\": 200}"},
           "responses": {"default": {"statusCode": "200"}}}}}}}
      """;

  @Test
  void test_invokes_a_mock_method_and_answers_200_with_the_invocations_status() {
    String api = Aws.newApi(client, "test-invoke");
    String root = Aws.rootId(client, api);
    client.putMethod(r -> r.restApiId(api).resourceId(root).httpMethod("GET").authorizationType("NONE"));
    client.putMethodResponse(r -> r.restApiId(api).resourceId(root).httpMethod("GET").statusCode("200"));
    client.putIntegration(r -> r.restApiId(api).resourceId(root).httpMethod("GET").type(IntegrationType.MOCK)
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_extended.snapshot.json, test_export_swagger_openapi[TEST_IMPORT_PETSTORE_SWAGGER], "get-export-with-extensions"
        .requestTemplates(Map.of("application/json", "{\"statusCode\": 200}")));
    client.putIntegrationResponse(r -> r.restApiId(api).resourceId(root).httpMethod("GET").statusCode("200")
        .responseTemplates(Map.of("application/json", "{\"ok\": true}")));

    var result = client.testInvokeMethod(r -> r.restApiId(api).resourceId(root).httpMethod("GET")
        .pathWithQueryString("/?a=1").headers(Map.of("Accept", "application/json")));

    assertThat(result.sdkHttpResponse().statusCode()).isEqualTo(200);
    assertThat(result.status()).isEqualTo(200);
    assertThat(result.body()).isEqualTo("{\"ok\": true}");
    // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_basic.snapshot.json, TestAPIGateway::test_apigw_test_invoke_method_api, "test_invoke_method_response"
    assertThat(result.log()).contains("Execution log for request");
    assertThat(result.latency()).isNotNegative();
  }

  @Test
  void test_invoke_answers_404_for_unknown_api_resource_and_method() {
    String api = Aws.newApi(client, "test-invoke-404");
    String root = Aws.rootId(client, api);

    assertAwsError(() -> client.testInvokeMethod(r -> r.restApiId("nosuchapi0").resourceId(root).httpMethod("GET")),
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiResource::test_update_resource_behaviour, "nonexistent-resource"
        NotFoundException.class, 404, "NotFoundException", "Invalid Resource identifier specified");
    assertAwsError(() -> client.testInvokeMethod(r -> r.restApiId(api).resourceId("nosuchres").httpMethod("GET")),
        NotFoundException.class, 404, "NotFoundException", "Invalid Resource identifier specified");
    assertAwsError(() -> client.testInvokeMethod(r -> r.restApiId(api).resourceId(root).httpMethod("GET")),
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiMethod::test_method_lifecycle, "get-deleted-method-response"
        NotFoundException.class, 404, "NotFoundException", "Invalid Method identifier specified");
  }

  @Test
  void imports_an_openapi_document_as_a_new_api() {
    var imported = client.importRestApi(r -> r.body(SdkBytes.fromUtf8String(PETSTORE)));

    assertThat(imported.sdkHttpResponse().statusCode()).isEqualTo(201);
    assertThat(imported.id()).isNotBlank();
    assertThat(imported.name()).isEqualTo("imported");
    assertThat(client.getResources(r -> r.restApiId(imported.id())).items()).extracting(Resource::path)
        .contains("/", "/pets");
    assertThat(client.getMethod(r -> r.restApiId(imported.id())
            .resourceId(resourceId(imported.id(), "/pets")).httpMethod("GET")).methodIntegration().typeAsString())
        .isEqualTo("MOCK");
  }

  @Test
  void refuses_an_unparsable_import() {
    assertAwsError(() -> client.importRestApi(r -> r.body(SdkBytes.fromUtf8String("{not json"))),
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_import.snapshot.json, TestApiGatewayImportRestApi::test_import_api_bad_file, "import-api-bad-yaml-file"
        BadRequestException.class, 400, "BadRequestException", "Invalid OpenAPI input.");
  }

  @Test
  void put_rest_api_merges_or_overwrites_and_keeps_the_id() {
    var api = client.importRestApi(r -> r.body(SdkBytes.fromUtf8String(PETSTORE)));

    var merged = client.putRestApi(r -> r.restApiId(api.id()).mode(PutMode.MERGE).body(SdkBytes.fromUtf8String(ORDERS)));
    assertThat(merged.sdkHttpResponse().statusCode()).isEqualTo(200);
    assertThat(merged.id()).isEqualTo(api.id());
    assertThat(client.getResources(r -> r.restApiId(api.id())).items()).extracting(Resource::path)
        .contains("/pets", "/orders");

    var overwritten = client.putRestApi(r -> r.restApiId(api.id()).mode(PutMode.OVERWRITE)
        .body(SdkBytes.fromUtf8String(ORDERS)));
    assertThat(overwritten.id()).isEqualTo(api.id());
    assertThat(client.getResources(r -> r.restApiId(api.id())).items()).extracting(Resource::path)
        .contains("/orders").doesNotContain("/pets");

    assertAwsError(() -> client.putRestApi(r -> r.restApiId("nosuchapi0").body(SdkBytes.fromUtf8String(ORDERS))),
        NotFoundException.class, 404, "NotFoundException",
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiRestApi::test_get_api_case_insensitive, "get-api-upper-case"
        "Invalid API identifier specified " + gateway.options().accountId() + ":nosuchapi0");
  }

  private String resourceId(String api, String path) {
    return client.getResources(r -> r.restApiId(api)).items().stream().filter(x -> x.path().equals(path))
        .findFirst().orElseThrow().id();
  }
}
