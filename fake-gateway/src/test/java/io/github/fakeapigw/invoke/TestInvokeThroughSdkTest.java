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
          .startsWith("Execution log for request " + recorded.requestId() + "\n")
          .contains(" : HTTP Method: GET, Resource Path: /pets/123\n")
          .contains(" : Method request path: {petId=123}\n")
          .endsWith(" : Method completed with status: 200\n");
    }
  }
}
