package io.github.fakeapigw.internal.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.fakeapigw.FakeApiGateway;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.BadRequestException;
import software.amazon.awssdk.services.apigateway.model.ImportRestApiResponse;
import software.amazon.awssdk.services.apigateway.model.PutMode;
import software.amazon.awssdk.services.apigateway.model.Resource;

class ImportThroughManagementApiTest {

  private static ApiGatewayClient client(FakeApiGateway gateway) {
    return ApiGatewayClient.builder()
        .endpointOverride(gateway.managementUrl())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(o -> o.retryStrategy(r -> r.maxAttempts(1)))
        .build();
  }

  private static SdkBytes resource(String path) {
    try (InputStream in = ImportThroughManagementApiTest.class.getResourceAsStream(path)) {
      return SdkBytes.fromByteArray(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void import_rest_api_creates_the_resources_of_a_swagger_document() {
    try (FakeApiGateway gateway = new FakeApiGateway().start();
        ApiGatewayClient client = client(gateway)) {
      ImportRestApiResponse api =
          client.importRestApi(r -> r.body(resource("/apigateway/petstore.swagger.json")));

      assertThat(api.name()).isEqualTo("petstore");
      assertThat(api.binaryMediaTypes()).containsExactly("image/jpeg");
      assertThat(client.getResources(r -> r.restApiId(api.id())).items())
          .extracting(Resource::path)
          .containsExactlyInAnyOrder("/", "/pets", "/pets/{petId}");
      assertThat(client.getIntegration(r -> r.restApiId(api.id())
              .resourceId(client.getResources(q -> q.restApiId(api.id())).items().stream()
                  .filter(x -> x.path().equals("/pets/{petId}")).findFirst().orElseThrow().id())
              .httpMethod("GET")).uri())
          .isEqualTo("http://petstore.example.com/petstore/pets/{petId}");
    }
  }

  @Test
  void import_rest_api_answers_400_naming_the_json_pointer_of_an_unsupported_extension()
      {
    try (FakeApiGateway gateway = new FakeApiGateway().start();
        ApiGatewayClient client = client(gateway)) {
      BadRequestException e = catchThrowableOfType(BadRequestException.class,
          () -> client.importRestApi(r -> r.body(resource("/apigateway/unsupported-authorizer.yaml"))));

      assertThat(e.statusCode()).isEqualTo(400);
      assertThat(e.awsErrorDetails().errorMessage()).startsWith(
          "Extension \"x-amazon-apigateway-authtype\" at JSON Pointer"
              + " /components/securitySchemes/token/x-amazon-apigateway-authtype is not supported");
      assertThat(client.getRestApis().items()).isEmpty();
    }
  }

  @Test
  void put_rest_api_merges_a_document_into_an_imported_api() {
    try (FakeApiGateway gateway = new FakeApiGateway().start();
        ApiGatewayClient client = client(gateway)) {
      String apiId = client.importRestApi(r -> r.body(resource("/apigateway/petstore.swagger.json"))).id();
      String more =
          "openapi: 3.0.1\ninfo: {title: petstore}\npaths:\n  /stores:\n    get:\n"
              + "      x-amazon-apigateway-integration: {type: mock}\n";

      client.putRestApi(r -> r.restApiId(apiId).mode(PutMode.MERGE).body(SdkBytes.fromUtf8String(more)));

      assertThat(client.getResources(r -> r.restApiId(apiId)).items())
          .extracting(Resource::path)
          .containsExactlyInAnyOrder("/", "/pets", "/pets/{petId}", "/stores");
    }
  }
}
