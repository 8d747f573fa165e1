package io.github.fakeapigw.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.DeployedApi;
import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.recording.RecordedValidation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validators, models and gateway responses imported from OpenAPI are enforced at invoke. */
class ImportedValidationTest {
  private static final String OPENAPI = """
      openapi: 3.0.1
      info: {title: imported-orders, version: '1'}
      x-amazon-apigateway-request-validators:
        all: {validateRequestBody: true, validateRequestParameters: true}
      x-amazon-apigateway-request-validator: all
      x-amazon-apigateway-gateway-responses:
        BAD_REQUEST_BODY:
          statusCode: 422
          responseTemplates:
            application/json: '{"problem": $context.error.messageString}'
      paths:
        /orders:
          post:
            parameters:
              - {name: tenant, in: query, required: true, schema: {type: string}}
            requestBody:
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Order'}
            x-amazon-apigateway-integration:
              type: mock
              requestTemplates: {application/json: '{"statusCode": 200}'}
              responses:
                default:
                  statusCode: '200'
                  responseTemplates: {application/json: '{"ok": true}'}
      components:
        schemas:
          Order:
            type: object
            required: [lines]
            properties:
              lines:
                type: array
                minItems: 1
                items: {$ref: '#/components/schemas/Line'}
          Line:
            type: object
            required: [sku]
            properties: {sku: {type: string}}
      """;

  @Test
  void imported_validators_models_with_refs_and_gateway_responses_apply(@TempDir Path dir)
      throws Exception {
    Path file = Files.writeString(dir.resolve("orders.yaml"), OPENAPI);
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      DeployedApi api = gateway.importOpenApi(file, "v1", Map.of());
      HttpClient http = HttpClient.newHttpClient();
      String base = api.invokeUrl("v1") + "/orders";

      HttpResponse<String> noTenant = http.send(HttpRequest.newBuilder(URI.create(base))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
          HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> badLine = http.send(HttpRequest.newBuilder(URI.create(base + "?tenant=a"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"lines\": [{\"qty\": 1}]}")).build(),
          HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create(base + "?tenant=a"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"lines\": [{\"sku\": \"x\"}]}")).build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(noTenant.statusCode()).isEqualTo(400);
      assertThat(noTenant.body())
          .isEqualTo("{\"message\":\"Missing required request parameters: [tenant]\"}");
      assertThat(badLine.statusCode()).isEqualTo(422);
      assertThat(badLine.body()).isEqualTo("{\"problem\": \"Invalid request body\"}");
      assertThat(gateway.invocations().get(1).validation().orElseThrow().bodyErrors())
          .anySatisfy(e -> assertThat(e).startsWith("/lines/0: ").contains("sku"));
      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(gateway.invocations().get(2).validation()).map(RecordedValidation::passed)
          .hasValue(true);
    }
  }
}
