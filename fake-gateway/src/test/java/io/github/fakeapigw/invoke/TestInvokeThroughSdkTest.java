package io.github.fakeapigw.invoke;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.recording.RecordedInvocation;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.IntegrationType;
import software.amazon.awssdk.services.apigateway.model.TestInvokeMethodResponse;

/** TestInvokeMethod over the wire: the AWS SDK calls the management API, which runs the pipeline. */
class TestInvokeThroughSdkTest {

  @Test
  void test_invoke_method_runs_the_undeployed_method_and_returns_status_body_headers_and_log() {
    try (FakeApiGateway gateway = new FakeApiGateway().start();
        ApiGatewayClient aws = ApiGatewayClient.builder()
            .endpointOverride(gateway.managementUrl())
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      String apiId = aws.createRestApi(r -> r.name("pets")).id();
      String rootId = aws.getRestApi(r -> r.restApiId(apiId)).rootResourceId();
      String pets = aws.createResource(r -> r.restApiId(apiId).parentId(rootId).pathPart("pets")).id();
      String petId = aws.createResource(r -> r.restApiId(apiId).parentId(pets).pathPart("{petId}")).id();
      aws.putMethod(r -> r.restApiId(apiId).resourceId(petId).httpMethod("GET")
          .authorizationType("NONE"));
      aws.putIntegration(r -> r.restApiId(apiId).resourceId(petId).httpMethod("GET")
          .type(IntegrationType.MOCK)
          // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_extended.snapshot.json, test_export_swagger_openapi[TEST_IMPORT_PETSTORE_SWAGGER], "get-export-with-extensions"
          .requestTemplates(Map.of("application/json", "{\"statusCode\": 200}")));
      aws.putMethodResponse(r -> r.restApiId(apiId).resourceId(petId).httpMethod("GET")
          .statusCode("200"));
      aws.putIntegrationResponse(r -> r.restApiId(apiId).resourceId(petId).httpMethod("GET")
          .statusCode("200").selectionPattern("")
          .responseTemplates(Map.of("application/json",
              "{\"id\": \"$input.params('petId')\", \"v\": \"$stageVariables.v\"}")));

      TestInvokeMethodResponse r = aws.testInvokeMethod(t -> t.restApiId(apiId).resourceId(petId)
          .httpMethod("GET").pathWithQueryString("/pets/123").stageVariables(Map.of("v", "x")));

      assertThat(r.status()).isEqualTo(200);
      assertThat(r.body()).isEqualTo("{\"id\": \"123\", \"v\": \"x\"}");
      assertThat(r.headers()).containsEntry("Content-Type", "application/json");
      RecordedInvocation recorded = gateway.invocations().get(0);
      assertThat(recorded.kind()).isEqualTo(RecordedInvocation.Kind.TEST_INVOKE);
      assertThat(r.log())
          // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_basic.snapshot.json, TestAPIGateway::test_apigw_test_invoke_method_api, "test_invoke_method_response"
          .startsWith("Execution log for request " + recorded.requestId() + "\n")
          // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApigatewayTestInvoke::test_invoke_test_method, "test-invoke-method-get-pets-id"
          .contains(" : HTTP Method: GET, Resource Path: /pets/123\n")
          .contains(" : Method request path: {petId=123}\n")
          // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_basic.snapshot.json, TestAPIGateway::test_apigw_test_invoke_method_api, "test_invoke_method_response"
          .endsWith(" : Method completed with status: 200\n");
    }
  }
}
