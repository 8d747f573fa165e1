package io.github.fakeapigw.internal.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakeapigw.DeployedApi;
import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.FakeApiGatewayOptions;
import io.github.fakeapigw.internal.runtime.GatewayRuntime;
import io.github.fakeapigw.model.ApiDefinition;
import io.github.fakeapigw.model.Integration;
import io.github.fakeapigw.model.IntegrationType;
import io.github.fakeapigw.model.Method;
import io.github.fakeapigw.model.Resource;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiImportTest {
  private FakeApiGateway gateway;

  @BeforeAll
  void start() {
    gateway = new FakeApiGateway(FakeApiGatewayOptions.defaults().withSeed(7)).start();
  }

  @AfterAll
  void stop() {
    gateway.close();
  }

  private static Method method(ApiDefinition d, String path, String verb) {
    Resource r = d.resourceByPath(path).orElseThrow(() -> new AssertionError("no resource " + path));
    return r.method(verb).orElseThrow(() -> new AssertionError("no " + verb + " on " + path));
  }

  @Test
  void imports_an_openapi_3_yaml_fixture_and_deploys_it_to_the_stage() {
    DeployedApi orders = gateway.importOpenApi("apigateway/orders.openapi.yaml", "test");

    ApiDefinition d = orders.definition();
    assertThat(orders.name()).isEqualTo("orders");
    assertThat(d.restApi().description()).contains("Orders service behind API Gateway");
    assertThat(d.restApi().version()).contains("2024-05-01");
    assertThat(d.restApi().binaryMediaTypes()).containsExactly("image/png", "application/octet-stream");
    assertThat(d.restApi().apiKeySource()).isEqualTo("HEADER");
    assertThat(d.resources().values())
        .extracting(Resource::path)
        .containsExactlyInAnyOrder(
            "/", "/orders", "/orders/{id}", "/orders/{id}/items", "/health");
    Resource items = d.resourceByPath("/orders/{id}/items").orElseThrow();
    assertThat(items.pathPart()).contains("items");
    assertThat(items.parentId()).contains(d.resourceByPath("/orders/{id}").orElseThrow().id());
    assertThat(d.rootResource().path()).isEqualTo("/");

    assertThat(orders.stage("test")).hasValueSatisfying(
        s -> assertThat(orders.deployments()).extracting(dep -> dep.id()).containsExactly(s.deploymentId()));
    assertThat(orders.deployments().get(0).snapshot()).isEqualTo(d);
  }

  @Test
  void reads_parameters_responses_models_validators_and_api_keys_of_each_operation() {
    ApiDefinition d = gateway.importOpenApi("apigateway/orders.openapi.yaml", "test").definition();

    Method list = method(d, "/orders", "GET");
    assertThat(list.operationName()).contains("listOrders");
    assertThat(list.requestParameters())
        .containsExactly(
            Map.entry("method.request.querystring.status", false),
            Map.entry("method.request.header.X-Tenant", true));
    assertThat(list.methodResponses().get("200").responseParameters())
        .containsExactly(Map.entry("method.response.header.X-Total-Count", false));
    assertThat(list.methodResponses().get("200").responseModels())
        .containsExactly(Map.entry("application/json", "OrderList"));
    String paramsOnly = d.requestValidators().values().stream()
        .filter(v -> v.name().equals("params-only")).findFirst().orElseThrow().id();
    assertThat(list.requestValidatorId()).contains(paramsOnly);
    assertThat(list.apiKeyRequired()).isFalse();

    Method create = method(d, "/orders", "POST");
    assertThat(create.apiKeyRequired()).isTrue();
    assertThat(create.requestModels()).containsExactly(Map.entry("application/json", "Order"));
    assertThat(d.requestValidators().get(create.requestValidatorId().orElseThrow()))
        .satisfies(v -> {
          assertThat(v.name()).isEqualTo("all");
          assertThat(v.validateRequestBody()).isTrue();
          assertThat(v.validateRequestParameters()).isTrue();
        });

    assertThat(method(d, "/orders/{id}", "GET").requestParameters())
        .containsExactly(Map.entry("method.request.path.id", true));
    assertThat(method(d, "/orders/{id}/items", "ANY").requestParameters())
        .containsExactly(Map.entry("method.request.path.id", true));

    assertThat(d.models()).containsOnlyKeys("Empty", "Order", "OrderList");
    assertThat(d.models().get("Order").description()).contains("One order");
    assertThat(d.models().get("OrderList").schema().orElseThrow())
        .contains("\"$ref\":\"https://apigateway.amazonaws.com/restapis/" + d.restApi().id() + "/models/Order\"");
    assertThat(d.gatewayResponses()).containsOnlyKeys("MISSING_AUTHENTICATION_TOKEN");
    assertThat(d.gatewayResponses().get("MISSING_AUTHENTICATION_TOKEN").statusCode()).contains("404");
    assertThat(d.gatewayResponses().get("MISSING_AUTHENTICATION_TOKEN").responseParameters())
        .containsExactly(Map.entry("gatewayresponse.header.Access-Control-Allow-Origin", "'*'"));
  }

  @Test
  void reads_every_field_of_x_amazon_apigateway_integration() {
    ApiDefinition d = gateway.importOpenApi("apigateway/orders.openapi.yaml", "test").definition();

    Integration list = method(d, "/orders", "GET").methodIntegration().orElseThrow();
    assertThat(list.type()).isEqualTo(IntegrationType.HTTP);
    assertThat(list.httpMethod()).contains("GET");
    assertThat(list.uri()).contains("https://orders.example.com/v1/orders");
    assertThat(list.passthroughBehavior()).contains("WHEN_NO_MATCH");
    assertThat(list.timeoutInMillis()).isEqualTo(5000);
    assertThat(list.requestParameters())
        .containsEntry("integration.request.header.X-Tenant", "method.request.header.X-Tenant");
    assertThat(list.integrationResponses()).containsOnlyKeys("200", "500");
    assertThat(list.integrationResponses().get("200").selectionPattern()).contains("2\\d{2}");
    assertThat(list.integrationResponses().get("200").responseParameters())
        .containsExactly(Map.entry("method.response.header.X-Total-Count", "integration.response.header.X-Total-Count"));
    assertThat(list.integrationResponses().get("500").isDefault()).isTrue();
    assertThat(method(d, "/orders", "GET").methodResponses()).containsKeys("200", "500");

    Integration get = method(d, "/orders/{id}", "GET").methodIntegration().orElseThrow();
    assertThat(get.connectionType()).contains("INTERNET");
    assertThat(get.cacheNamespace()).contains("orders-by-id");
    assertThat(get.cacheKeyParameters()).containsExactly("method.request.path.id");
    assertThat(get.tlsConfig()).hasValueSatisfying(t -> assertThat(t.insecureSkipVerification()).isTrue());
    assertThat(get.requestTemplates())
        .containsExactly(Map.entry(
            "application/json", "{\"orderId\": \"$input.params('id')\", \"stage\": \"$context.stage\"}\n"));
    assertThat(get.integrationResponses().get("404").selectionPattern()).contains("404");
    assertThat(get.integrationResponses().get("404").responseTemplates())
        .containsExactly(Map.entry("application/json", "{\"message\":\"order not found\"}"));

    Integration create = method(d, "/orders", "POST").methodIntegration().orElseThrow();
    assertThat(create.type()).isEqualTo(IntegrationType.AWS_PROXY);
    assertThat(create.contentHandling()).contains("CONVERT_TO_TEXT");
    assertThat(create.timeoutInMillis()).isEqualTo(Integration.DEFAULT_TIMEOUT_MILLIS);

    assertThat(method(d, "/orders/{id}/items", "ANY").methodIntegration().orElseThrow().type())
        .isEqualTo(IntegrationType.HTTP_PROXY);
    assertThat(method(d, "/health", "GET").methodIntegration().orElseThrow().type())
        .isEqualTo(IntegrationType.MOCK);
  }

  @Test
  void imports_a_swagger_2_json_fixture_with_body_parameters_and_definitions() {
    DeployedApi petstore =
        gateway.importOpenApi("apigateway/petstore.swagger.json", "prod", Map.of("region", "eu"));

    ApiDefinition d = petstore.definition();
    assertThat(d.restApi().name()).isEqualTo("petstore");
    assertThat(d.restApi().binaryMediaTypes()).containsExactly("image/jpeg");
    assertThat(method(d, "/pets", "GET").requestParameters())
        .containsExactly(
            Map.entry("method.request.querystring.type", false),
            Map.entry("method.request.querystring.page", true));
    assertThat(method(d, "/pets", "GET").methodResponses().get("200").responseModels())
        .containsExactly(Map.entry("application/json", "Pets"));
    assertThat(method(d, "/pets", "POST").requestModels())
        .containsExactly(Map.entry("application/json", "NewPet"));
    assertThat(method(d, "/pets/{petId}", "GET").methodIntegration().orElseThrow().uri())
        .contains("http://petstore.example.com/petstore/pets/{petId}");
    assertThat(d.models()).containsOnlyKeys("Empty", "Pet", "Pets", "NewPet");
    assertThat(petstore.stage("prod").orElseThrow().variables()).containsExactly(Map.entry("region", "eu"));
  }

  @Test
  void an_unsupported_extension_fails_the_import_naming_its_json_pointer_and_the_supported_keys() {
    assertThatThrownBy(() -> gateway.importOpenApi("apigateway/unsupported-authorizer.yaml", "test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "OpenAPI fixture \"apigateway/unsupported-authorizer.yaml\" cannot be imported:"
                + " Extension \"x-amazon-apigateway-authtype\" at JSON Pointer"
                + " /components/securitySchemes/token/x-amazon-apigateway-authtype is not supported"
                + " by fake-apigateway; remove it or use one of the supported extensions:"
                + " [x-amazon-apigateway-any-method, x-amazon-apigateway-api-key-source,"
                + " x-amazon-apigateway-binary-media-types, x-amazon-apigateway-endpoint-configuration,"
                + " x-amazon-apigateway-gateway-responses, x-amazon-apigateway-importexport-version,"
                + " x-amazon-apigateway-integration, x-amazon-apigateway-minimum-compression-size,"
                + " x-amazon-apigateway-policy, x-amazon-apigateway-request-validator,"
                + " x-amazon-apigateway-request-validators]")
        .hasCauseInstanceOf(InvalidDocumentException.class);
    assertThat(gateway.apis()).extracting(DeployedApi::name).doesNotContain("with-authorizer");
  }

  @Test
  void an_unknown_key_inside_the_integration_fails_with_its_json_pointer() {
    assertThatThrownBy(() -> gateway.importOpenApi("apigateway/unknown-integration-key.yaml", "test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "Key \"requestTemplate\" at JSON Pointer"
                + " /paths/~1things/get/x-amazon-apigateway-integration/requestTemplate is not"
                + " supported; remove it or use one of the supported keys: [type, httpMethod, uri,");
  }

  @Test
  void a_missing_fixture_names_the_classpath_convention() {
    assertThatThrownBy(() -> gateway.importOpenApi("apigateway/nope.yaml", "test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "OpenAPI fixture must not name a missing classpath resource; use a path relative to"
                + " the classpath root such as \"apigateway/petstore.yaml\" instead; offending:"
                + " \"apigateway/nope.yaml\"");
  }

  private static OpenApiImport importer() {
    return new OpenApiImport(new GatewayRuntime(FakeApiGatewayOptions.defaults(), "fake-apigw-t-"));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void the_management_path_answers_400_for_unsupported_extensions_and_unparseable_input() {
    String doc =
        "{\"openapi\":\"3.0.1\",\"info\":{\"title\":\"t\"},\"paths\":{\"/a\":{\"get\":{"
            + "\"x-amazon-apigateway-auth\":{\"type\":\"NONE\"}}}}}";
    assertThatThrownBy(() -> importer().toDefinition(bytes(doc), Optional.empty(), "overwrite", Map.of()))
        .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
          assertThat(e.getMessage()).startsWith(
              "Extension \"x-amazon-apigateway-auth\" at JSON Pointer /paths/~1a/get/x-amazon-apigateway-auth is not supported");
        });
    assertThatThrownBy(() -> importer().toDefinition(bytes("{not json"), Optional.empty(), "overwrite", Map.of()))
        .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.getMessage()).isEqualTo("Invalid OpenAPI input."));
    assertThatThrownBy(() -> importer().toDefinition(bytes("title: x"), Optional.empty(), "overwrite", Map.of()))
        .hasMessage("Invalid OpenAPI input.");
  }

  /** Every place that reads an object's keys refuses a key it does not know (the style guide's rule). */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "endpoint configuration | x-amazon-apigateway-endpoint-configuration: {types: [REGIONAL], bogus: 1}"
          + " | mock | /x-amazon-apigateway-endpoint-configuration/bogus",
      "request validator | x-amazon-apigateway-request-validators: {all: {validateRequestBody: true, bogus: 1}}"
          + " | mock | /x-amazon-apigateway-request-validators/all/bogus",
      "gateway response | x-amazon-apigateway-gateway-responses: {DEFAULT_4XX: {statusCode: '400', bogus: 1}}"
          + " | mock | /x-amazon-apigateway-gateway-responses/DEFAULT_4XX/bogus",
      "integration | x-unrelated: 1 | {type: mock, bogus: 1}"
          + " | /paths/~1a/get/x-amazon-apigateway-integration/bogus",
      "integration response | x-unrelated: 1 | {type: mock, responses: {default: {statusCode: '200', bogus: 1}}}"
          + " | /paths/~1a/get/x-amazon-apigateway-integration/responses/default/bogus",
      "tls config | x-unrelated: 1"
          + " | {type: http, httpMethod: GET, uri: 'http://127.0.0.1/x', tlsConfig: {insecureSkipVerification: true, bogus: 1}}"
          + " | /paths/~1a/get/x-amazon-apigateway-integration/tlsConfig/bogus",
  })
  void an_unknown_key_fails_the_import_at_every_place_keys_are_read(
      String place, String rootExtension, String integration, String pointer) {
    String doc = "openapi: 3.0.1\ninfo: {title: t}\n"
        + (rootExtension.startsWith("x-unrelated") ? "" : rootExtension + "\n")
        + "paths:\n  /a:\n    get:\n      x-amazon-apigateway-integration: "
        + (integration.equals("mock") ? "{type: mock}" : integration) + "\n";

    assertThatThrownBy(() -> importer().toDefinition(bytes(doc), Optional.empty(), "overwrite", Map.of()))
        .as(place)
        .isInstanceOf(InvalidDocumentException.class)
        .hasMessageStartingWith("Key \"bogus\" at JSON Pointer " + pointer
            + " is not supported; remove it or use one of the supported keys: [");
  }

  @Test
  void an_unsupported_extension_inside_an_any_method_operation_fails_too() {
    String doc =
        "openapi: 3.0.1\ninfo: {title: t}\npaths:\n  /a:\n    x-amazon-apigateway-any-method:\n"
            + "      x-amazon-apigateway-auth: {type: AWS_IAM}\n"
            + "      x-amazon-apigateway-integration: {type: mock}\n";
    assertThatThrownBy(() -> importer().toDefinition(bytes(doc), Optional.empty(), "overwrite", Map.of()))
        .hasMessageStartingWith(
            "Extension \"x-amazon-apigateway-auth\" at JSON Pointer"
                + " /paths/~1a/x-amazon-apigateway-any-method/x-amazon-apigateway-auth is not supported"
                + " by fake-apigateway;");
  }

  @Test
  void a_supported_extension_at_the_wrong_place_fails_too() {
    String doc =
        "openapi: 3.0.1\ninfo: {title: t}\nx-amazon-apigateway-integration: {type: mock}\npaths: {}\n";
    assertThatThrownBy(() -> importer().toDefinition(bytes(doc), Optional.empty(), "overwrite", Map.of()))
        .hasMessageStartingWith(
            "Extension \"x-amazon-apigateway-integration\" at JSON Pointer /x-amazon-apigateway-integration"
                + " is not supported at this place;");
  }

  @Test
  void file_references_are_rejected_through_the_management_api() {
    String doc =
        "openapi: 3.0.1\ninfo: {title: t}\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n"
            + "        type: mock\n        requestTemplates:\n          application/json: file:t.vtl\n";
    assertThatThrownBy(() -> importer().toDefinition(bytes(doc), Optional.empty(), "overwrite", Map.of()))
        .isInstanceOf(InvalidDocumentException.class)
        .hasMessageStartingWith("Template file references (\"file:t.vtl\") are only supported in classpath fixtures");
  }

  @Test
  void put_rest_api_merges_into_or_overwrites_an_existing_definition() {
    OpenApiImport importer = importer();
    ApiDefinition base = importer.toDefinition(bytes(
        "openapi: 3.0.1\ninfo: {title: base}\nx-amazon-apigateway-binary-media-types: [image/png]\npaths:\n"
            + "  /a:\n    get:\n      x-amazon-apigateway-integration: {type: mock}\n"),
        Optional.empty(), "overwrite", Map.of());
    byte[] update = bytes(
        "openapi: 3.0.1\ninfo: {title: base}\nx-amazon-apigateway-binary-media-types: [image/gif]\npaths:\n"
            + "  /a:\n    post:\n      x-amazon-apigateway-integration: {type: mock}\n"
            + "  /b:\n    get:\n      x-amazon-apigateway-integration: {type: mock}\n");

    ApiDefinition merged = importer.toDefinition(update, Optional.of(base), "merge", Map.of());
    ApiDefinition overwritten = importer.toDefinition(update, Optional.of(base), "overwrite", Map.of());

    assertThat(merged.restApi().id()).isEqualTo(base.restApi().id());
    assertThat(merged.resourceByPath("/a").orElseThrow().resourceMethods()).containsOnlyKeys("GET", "POST");
    assertThat(merged.resourceByPath("/a").orElseThrow().id()).isEqualTo(base.resourceByPath("/a").orElseThrow().id());
    assertThat(merged.resourceByPath("/b")).isPresent();
    assertThat(merged.restApi().binaryMediaTypes()).containsExactly("image/png", "image/gif");
    assertThat(overwritten.restApi().id()).isEqualTo(base.restApi().id());
    assertThat(overwritten.resourceByPath("/a").orElseThrow().resourceMethods()).containsOnlyKeys("POST");
    assertThat(overwritten.restApi().binaryMediaTypes()).containsExactly("image/gif");
  }

  @Test
  void failonwarnings_turns_warnings_into_a_400() {
    byte[] doc = bytes(
        "openapi: 3.0.1\ninfo: {title: w}\npaths:\n  /a:\n    get:\n      responses:\n"
            + "        default: {description: any}\n      x-amazon-apigateway-integration: {type: mock}\n");
    assertThat(importer().toDefinition(doc, Optional.empty(), "overwrite", Map.of()).restApi().warnings())
        .containsExactly("Response \"default\" of GET /a is not a status code and was not imported as a method response");
    assertThatThrownBy(() -> importer().toDefinition(doc, Optional.empty(), "overwrite", Map.of("failonwarnings", "true")))
        .isInstanceOf(InvalidDocumentException.class)
        .hasMessageStartingWith("Warnings found during import:");
  }
}
