package io.github.fakeapigw.management;

import static io.github.fakeapigw.management.Aws.assertAwsError;
import static io.github.fakeapigw.management.Aws.op;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.model.ApiGatewayException;
import software.amazon.awssdk.services.apigateway.model.ApiKeySourceType;
import software.amazon.awssdk.services.apigateway.model.BadRequestException;
import software.amazon.awssdk.services.apigateway.model.CreateRestApiResponse;
import software.amazon.awssdk.services.apigateway.model.EndpointType;
import software.amazon.awssdk.services.apigateway.model.GetRestApisResponse;
import software.amazon.awssdk.services.apigateway.model.Model;
import software.amazon.awssdk.services.apigateway.model.NotFoundException;
import software.amazon.awssdk.services.apigateway.model.Op;
import software.amazon.awssdk.services.apigateway.model.Resource;
import software.amazon.awssdk.services.apigateway.model.RestApi;

class RestApiManagementTest extends ManagementTest {
  @Test
  void creates_an_api_with_aws_defaults_a_root_resource_and_the_default_models() {
    Instant before = Instant.now().minusSeconds(2);
    CreateRestApiResponse api = client.createRestApi(r -> r.name("orders").description("Orders API").version("v1"));

    assertThat(api.id()).matches("[a-z0-9]{10}");
    assertThat(api.name()).isEqualTo("orders");
    assertThat(api.description()).isEqualTo("Orders API");
    assertThat(api.version()).isEqualTo("v1");
    assertThat(api.apiKeySource()).isEqualTo(ApiKeySourceType.HEADER);
    assertThat(api.disableExecuteApiEndpoint()).isFalse();
    assertThat(api.endpointConfiguration().types()).containsExactly(EndpointType.EDGE);
    assertThat(api.endpointConfiguration().ipAddressTypeAsString()).isEqualTo("ipv4");
    assertThat(api.createdDate()).isAfter(before).isBefore(Instant.now().plusSeconds(2));
    assertThat(api.rootResourceId()).isNotBlank();

    List<Resource> resources = client.getResources(r -> r.restApiId(api.id())).items();
    assertThat(resources).singleElement().satisfies(root -> {
      assertThat(root.id()).isEqualTo(api.rootResourceId());
      assertThat(root.path()).isEqualTo("/");
      assertThat(root.parentId()).isNull();
      assertThat(root.pathPart()).isNull();
    });

    List<Model> models = client.getModels(r -> r.restApiId(api.id())).items();
    assertThat(models).extracting(Model::name).containsExactly("Empty", "Error");
    assertThat(models).extracting(Model::description)
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiModels::test_model_lifecycle, "get-models"
        .containsExactly("This is a default empty schema model", "This is a default error schema model");
    assertThat(models).extracting(Model::contentType).containsOnly("application/json");
    assertThat(models.get(0).schema()).contains("\"title\" : \"Empty Schema\"");
  }

  @Test
  void gets_an_api_with_tags_and_lists_it_under_item_with_paging() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ids.add(Aws.newApi(client, "paged-" + i));
    }
    assertThat(client.getRestApi(r -> r.restApiId(ids.get(0))).tags()).isEmpty();
    String tagged = client.createRestApi(r -> r.name("paged-tagged")
        .tags(java.util.Map.of("team", "orders", "cost-centre", "42"))).id();
    ids.add(tagged);
    assertThat(client.getRestApi(r -> r.restApiId(tagged)).tags())
        .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("team", "orders", "cost-centre", "42"));

    List<String> seen = new ArrayList<>();
    String position = null;
    int pages = 0;
    do {
      String p = position;
      GetRestApisResponse page = client.getRestApis(r -> r.limit(2).position(p));
      assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
      page.items().stream().map(RestApi::id).forEach(seen::add);
      position = page.position();
      pages++;
    } while (position != null);

    assertThat(seen).containsAll(ids).doesNotHaveDuplicates();
    assertThat(pages).isGreaterThanOrEqualTo(2);
  }

  @Test
  void updates_name_description_binary_media_types_and_compression_size_by_patch() {
    String id = Aws.newApi(client, "before");

    var answer = client.updateRestApi(r -> r.restApiId(id).patchOperations(
        op(Op.REPLACE, "/name", "after"),
        op(Op.REPLACE, "/description", "described"),
        op(Op.ADD, "/binaryMediaTypes/image~1png", ""),
        op(Op.ADD, "/binaryMediaTypes/application~1octet-stream", ""),
        op(Op.REPLACE, "/binaryMediaTypes/image~1png", "image/jpeg"),
        op(Op.REPLACE, "/minimumCompressionSize", "1024"),
        op(Op.REPLACE, "/apiKeySource", "AUTHORIZER")));
    var updated = client.getRestApi(g -> g.restApiId(id));

    assertThat(answer.name()).isEqualTo("after");
    assertThat(updated.name()).isEqualTo("after");
    assertThat(updated.description()).isEqualTo("described");
    assertThat(updated.binaryMediaTypes()).containsExactly("image/jpeg", "application/octet-stream");
    assertThat(updated.minimumCompressionSize()).isEqualTo(1024);
    assertThat(updated.apiKeySource()).isEqualTo(ApiKeySourceType.AUTHORIZER);

    client.updateRestApi(r -> r.restApiId(id).patchOperations(
        op(Op.REMOVE, "/description"), op(Op.REPLACE, "/minimumCompressionSize", ""),
        op(Op.REMOVE, "/binaryMediaTypes/image~1jpeg")));
    var cleared = client.getRestApi(g -> g.restApiId(id));
    assertThat(cleared.description()).isNull();
    assertThat(cleared.minimumCompressionSize()).isNull();
    assertThat(cleared.binaryMediaTypes()).containsExactly("application/octet-stream");
  }

  @Test
  void clones_an_api_with_fresh_resource_ids() {
    String source = Aws.newApi(client, "source");
    String root = Aws.rootId(client, source);
    String pets = client.createResource(r -> r.restApiId(source).parentId(root).pathPart("pets")).id();
    client.putMethod(r -> r.restApiId(source).resourceId(pets).httpMethod("GET").authorizationType("NONE"));
    client.createModel(r -> r.restApiId(source).name("Pet").contentType("application/json"));

    var clone = client.createRestApi(r -> r.name("clone").cloneFrom(source));

    List<Resource> resources = client.getResources(r -> r.restApiId(clone.id()).embed("methods")).items();
    assertThat(resources).extracting(Resource::path).containsExactly("/", "/pets");
    assertThat(resources).extracting(Resource::id).doesNotContain(root, pets).contains(clone.rootResourceId());
    assertThat(resources.get(1).resourceMethods()).containsOnlyKeys("GET");
    assertThat(resources.get(1).parentId()).isEqualTo(clone.rootResourceId());
    assertThat(client.getModels(r -> r.restApiId(clone.id())).items()).extracting(Model::name)
        .containsExactly("Empty", "Error", "Pet");
    assertAwsError(() -> client.createRestApi(r -> r.name("x").cloneFrom("nosuchapi0")), NotFoundException.class, 404,
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiRestApi::test_get_api_case_insensitive, "get-api-upper-case"
        "NotFoundException", "Invalid API identifier specified " + gateway.options().accountId() + ":nosuchapi0");
  }

  @Test
  void tags_and_untags_apis_and_stages_by_arn() {
    String id = Aws.newApi(client, "tagged");
    String root = Aws.rootId(client, id);
    client.putMethod(r -> r.restApiId(id).resourceId(root).httpMethod("GET").authorizationType("NONE"));
    client.putIntegration(r -> r.restApiId(id).resourceId(root).httpMethod("GET").type("MOCK"));
    client.createDeployment(r -> r.restApiId(id).stageName("test"));
    String apiArn = "arn:aws:apigateway:us-east-1::/restapis/" + id;
    String stageArn = apiArn + "/stages/test";

    client.tagResource(r -> r.resourceArn(apiArn).tags(java.util.Map.of("team", "pets", "env", "dev")));
    client.untagResource(r -> r.resourceArn(apiArn).tagKeys("env"));
    client.tagResource(r -> r.resourceArn(stageArn).tags(java.util.Map.of("tier", "gold")));

    assertThat(client.getTags(r -> r.resourceArn(apiArn)).tags()).containsExactlyEntriesOf(java.util.Map.of("team", "pets"));
    assertThat(client.getRestApi(r -> r.restApiId(id)).tags()).containsExactlyEntriesOf(java.util.Map.of("team", "pets"));
    assertThat(client.getStage(r -> r.restApiId(id).stageName("test")).tags()).containsEntry("tier", "gold");
    assertAwsError(() -> client.getTags(r -> r.resourceArn("arn:aws:apigateway:us-east-1::/restapis/nosuchapi0")),
        NotFoundException.class, 404, "NotFoundException",
        // no public AWS source for this text (not in LocalStack's AWS-recorded snapshots nor AWS's docs); kept as first observed
        "Invalid resource ARN specified: arn:aws:apigateway:us-east-1::/restapis/nosuchapi0");
  }

  @Test
  void a_rejected_multi_op_patch_changes_nothing() {
    String id = Aws.newApi(client, "unchanged");

    assertAwsError(() -> client.updateRestApi(r -> r.restApiId(id).patchOperations(
            op(Op.REPLACE, "/name", "changed"),
            op(Op.REPLACE, "/minimumCompressionSize", "99999999"))),
        BadRequestException.class, 400, "BadRequestException",
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiRestApi::test_create_rest_api_with_optional_params, "string-compression-size"
        "Invalid minimum compression size, must be between 0 and 10485760");

    assertThat(client.getRestApi(r -> r.restApiId(id)).name()).isEqualTo("unchanged");
  }

  @Test
  void refuses_unknown_patch_paths_ops_outside_the_enum_and_missing_paths() {
    String id = Aws.newApi(client, "patchy");

    assertAwsError(() -> client.updateRestApi(r -> r.restApiId(id).patchOperations(op(Op.REPLACE, "/nope", "x"))),
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiRestApi::test_update_rest_api_behaviour, "update-rest-api-add-base-path" (the family)
        BadRequestException.class, 400, "BadRequestException", "Invalid patch path /nope");
    assertAwsError(() -> client.updateRestApi(r -> r.restApiId(id).patchOperations(op(Op.ADD, "/name", "x"))),
        BadRequestException.class, 400, "BadRequestException",
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiRestApi::test_update_rest_api_compression, "unsupported-operation"
        "Invalid patch operation specified. Must be one of: [replace]");
    assertAwsError(() -> client.updateRestApi(r -> r.restApiId(id).patchOperations(op(Op.ADD, "/binaryMediaTypes", "x"))),
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiRestApi::test_update_rest_api_behaviour, "update-rest-api-add-base-path"
        BadRequestException.class, 400, "BadRequestException", "Invalid patch path /binaryMediaTypes");
    assertAwsError(() -> client.updateRestApi(r -> r.restApiId(id).patchOperations(
            software.amazon.awssdk.services.apigateway.model.PatchOperation.builder().op(Op.REPLACE).value("x").build())),
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayGatewayResponse::test_update_gateway_response, "update-gateway-no-path"
        BadRequestException.class, 400, "BadRequestException", "Invalid patch path null");
    assertAwsError(() -> client.updateRestApi(r -> r.restApiId(id).patchOperations(
            software.amazon.awssdk.services.apigateway.model.PatchOperation.builder().op("explode").path("/name").build(),
            op(Op.REPLACE, "/name", "x"),
            software.amazon.awssdk.services.apigateway.model.PatchOperation.builder().op("fly").path("/name").build())),
        ApiGatewayException.class, 400, "ValidationException",
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApigatewayMethodResponse::test_update_method_response_wrong_operations, "update-method-response-wrong-operation-3"
        "2 validation errors detected: Value 'explode' at 'updateRestApiInput.patchOperations.1.member.op' failed to"
            // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApigatewayMethodResponse::test_update_method_response_wrong_operations, "update-method-response-wrong-operation-3"
            + " satisfy constraint: Member must satisfy enum value set: [add, remove, move, test, replace, copy];"
            + " Value 'fly' at 'updateRestApiInput.patchOperations.3.member.op' failed to satisfy constraint: Member"
            // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayGatewayResponse::test_update_gateway_response, "update-gateway-wrong-op"
            + " must satisfy enum value set: [add, remove, move, test, replace, copy]");
    assertThat(client.getRestApi(r -> r.restApiId(id)).name()).isEqualTo("patchy");
  }

  @Test
  void deletes_an_api_and_then_answers_404_with_the_account_and_id() {
    String id = Aws.newApi(client, "doomed");

    client.deleteRestApi(r -> r.restApiId(id));

    assertAwsError(() -> client.getRestApi(r -> r.restApiId(id)), NotFoundException.class, 404,
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiRestApi::test_get_api_case_insensitive, "get-api-upper-case"
        "NotFoundException", "Invalid API identifier specified " + gateway.options().accountId() + ":" + id);
    assertAwsError(() -> client.deleteRestApi(r -> r.restApiId(id)), NotFoundException.class, 404,
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiRestApi::test_get_api_case_insensitive, "get-api-upper-case"
        "NotFoundException", "Invalid API identifier specified " + gateway.options().accountId() + ":" + id);
    assertAwsError(() -> client.getResources(r -> r.restApiId(id)), NotFoundException.class, 404,
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiResource::test_update_resource_behaviour, "nonexistent-resource"
        "NotFoundException", "Invalid Resource identifier specified");
  }

  @Test
  void ids_are_case_sensitive() {
    String id = Aws.newApi(client, "cased");

    assertAwsError(() -> client.getRestApi(r -> r.restApiId(id.toUpperCase(java.util.Locale.ROOT))),
        NotFoundException.class, 404, "NotFoundException",
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiRestApi::test_get_api_case_insensitive, "get-api-upper-case"
        "Invalid API identifier specified " + gateway.options().accountId() + ":" + id.toUpperCase(java.util.Locale.ROOT));
  }

  @Test
  void refuses_an_empty_description_on_create() {
    assertAwsError(() -> client.createRestApi(r -> r.name("x").description("")), BadRequestException.class, 400,
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiRestApi::test_create_rest_api_with_optional_params, "create-empty-desc"
        "BadRequestException", "Description cannot be an empty string");
  }

  @Test
  void answers_raw_requests_with_request_id_error_type_and_message() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    URI base = gateway.managementUrl();
    // The shape the SDK sends; the management API refuses requests without one.
    String sigV4 = "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/apigateway/aws4_request,"
        + " SignedHeaders=host;x-amz-date, Signature=0123abcd";

    HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(base.resolve("/restapis/x/frobnicate")).header("Authorization", sigV4).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("x-amzn-ErrorType")).hasValue("UnknownOperationException");
    assertThat(unknown.headers().firstValue("x-amzn-RequestId")).isPresent();
    // our wording: AWS answers an unknown operation with UnknownOperationException and no documented text
    assertThat(unknown.body()).isEqualTo("{\"message\":\"No operation matches GET /restapis/x/frobnicate\"}");

    HttpResponse<String> wrongType = http.send(HttpRequest.newBuilder(base.resolve("/restapis")).header("Authorization", sigV4)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":true}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(wrongType.statusCode()).isEqualTo(400);
    // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApigatewayIntegration::test_put_integration_request_parameter_bool_type, "put-integration-request-param-wrong-type"
    assertThat(wrongType.headers().firstValue("x-amzn-ErrorType")).hasValue("SerializationException");
    assertThat(wrongType.body())
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApigatewayIntegration::test_put_integration_request_parameter_bool_type, "put-integration-request-param-wrong-type"
        .isEqualTo("{\"message\":\"class java.lang.Boolean can not be converted to an String\"}");

    HttpResponse<String> list = http.send(HttpRequest.newBuilder(base.resolve("/restapis")).header("Authorization", sigV4).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.headers().firstValue("x-amzn-RequestId")).isPresent();
    assertThat(list.body()).startsWith("{").contains("\"item\":[").doesNotContain("\"items\"");

    HttpResponse<String> created = http.send(HttpRequest.newBuilder(base.resolve("/restapis")).header("Authorization", sigV4)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"raw\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.body()).containsPattern("\"createdDate\":\\d+[,}]").doesNotContain("null");
  }
}
