package io.github.fakeapigw.invoke;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.fakeapigw.Backend;
import io.github.fakeapigw.FakeApiGateway;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;

/**
 * An imported HTTP_PROXY uri made of stage variables, as in LocalStack's AWS-validated
 * test_apigateway_import.py::test_import_with_stage_variables (its document is
 * tests/aws/files/openapi.spec.stage-variables.json; answers in
 * test_apigateway_import.snapshot.json).
 */
class StageVariableUriTest {
  private static final String SPEC = """
      {
        "openapi": "3.0.1",
        "info": {"title": "example", "version": "1.0"},
        "paths": {
          "/path1": {
            "get": {
              "x-amazon-apigateway-integration": {
                "httpMethod": "POST",
                "payloadFormatVersion": "1.0",
                "type": "HTTP_PROXY",
                "uri": "https://${stageVariables.TestHost}/${stageVariables.testPath}?${stageVariables.querystring}"
              },
              "responses": {"200": {"description": "OK"}}
            }
          }
        }
      }
      """;

  @Test
  void each_stage_resolves_host_path_and_query_and_a_stage_without_them_answers_500() {
    try (FakeApiGateway gateway = new FakeApiGateway().start();
        ApiGatewayClient client = ApiGatewayClient.builder()
            .endpointOverride(gateway.managementUrl())
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(
                AwsBasicCredentials.create("test", "test")))
            .httpClient(UrlConnectionHttpClient.create())
            .overrideConfiguration(o -> o.retryStrategy(r -> r.maxAttempts(1)))
            .build()) {
      Backend echo = gateway.backend("echo.example.com");
      WireMock backend = new WireMock("127.0.0.1", echo.port());
      backend.register(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("echo")));
      String apiId = client.importRestApi(r -> r.failOnWarnings(true)
          .body(SdkBytes.fromUtf8String(SPEC))).id();
      String deploymentId = client.createDeployment(r -> r.restApiId(apiId)).id();
      client.createStage(r -> r.restApiId(apiId).stageName("v1").deploymentId(deploymentId)
          .variables(Map.of("TestHost", "echo.example.com", "testPath", "test-path",
              "querystring", "qs_key=qs_value")));
      client.createStage(r -> r.restApiId(apiId).stageName("other").deploymentId(deploymentId)
          .variables(Map.of("TestHost", "echo.example.com", "testPath", "elsewhere",
              "querystring", "k=2")));
      client.createStage(r -> r.restApiId(apiId).stageName("v2").deploymentId(deploymentId));
      InvokeHttp http = new InvokeHttp();

      HttpResponse<String> v1 =
          http.get(URI.create(gateway.invokeUrl(apiId, "v1") + "/path1"));
      HttpResponse<String> other =
          http.get(URI.create(gateway.invokeUrl(apiId, "other") + "/path1"));
      HttpResponse<String> v2 =
          http.get(URI.create(gateway.invokeUrl(apiId, "v2") + "/path1"));

      // "get-resp-from-http": POST /test-path with qs_key=qs_value
      assertThat(v1.statusCode()).isEqualTo(200);
      backend.verifyThat(1, postRequestedFor(urlEqualTo("/test-path?qs_key=qs_value")));
      assertThat(other.statusCode()).isEqualTo(200);
      backend.verifyThat(1, postRequestedFor(urlEqualTo("/elsewhere?k=2")));
      // "get-error-resp-from-http": 500 InternalServerErrorException
      assertThat(v2.statusCode()).isEqualTo(500);
      assertThat(v2.body()).isEqualTo("{\"message\": \"Internal server error\"}");
      assertThat(v2.headers().firstValue("x-amzn-ErrorType"))
          .hasValue("InternalServerErrorException");
      assertThat(gateway.invocations().get(2).error().orElseThrow().cause())
          .startsWith("Invalid endpoint address");
    }
  }
}
