package io.github.fakeapigw.management;

import static io.github.fakeapigw.management.Aws.assertAwsError;
import static io.github.fakeapigw.management.Aws.op;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.model.ApiGatewayException;
import software.amazon.awssdk.services.apigateway.model.BadRequestException;
import software.amazon.awssdk.services.apigateway.model.ConflictException;
import software.amazon.awssdk.services.apigateway.model.GetMethodResponse;
import software.amazon.awssdk.services.apigateway.model.NotFoundException;
import software.amazon.awssdk.services.apigateway.model.Op;
import software.amazon.awssdk.services.apigateway.model.PutMethodResponse;
import software.amazon.awssdk.services.apigateway.model.UpdateMethodResponseResponse;

/** Method and MethodResponse operations, including every UpdateMethod patch path (boto3 update_method). */
class MethodManagementTest extends ManagementTest {
  private record Api(String id, String resourceId) {}

  private Api apiWithResource(String name) {
    String id = Aws.newApi(client, name);
    String pets = client.createResource(r -> r.restApiId(id).parentId(Aws.rootId(client, id)).pathPart("pets")).id();
    return new Api(id, pets);
  }

  @Test
  void puts_and_gets_a_method_with_every_field() {
    Api api = apiWithResource("put-method");
    String validator = client.createRequestValidator(r -> r.restApiId(api.id()).name("params")
        .validateRequestParameters(true)).id();

    PutMethodResponse put = client.putMethod(r -> r.restApiId(api.id()).resourceId(api.resourceId())
        .httpMethod("GET").authorizationType("AWS_IAM").apiKeyRequired(true).operationName("ListPets")
        .requestValidatorId(validator)
        .requestParameters(Map.of("method.request.querystring.page", false, "method.request.header.X-Trace", true))
        .requestModels(Map.of("application/json", "Empty")).authorizationScopes("pets/read"));

    assertThat(put.httpMethod()).isEqualTo("GET");
    assertThat(put.authorizationType()).isEqualTo("AWS_IAM");
    assertThat(put.apiKeyRequired()).isTrue();
    assertThat(put.operationName()).isEqualTo("ListPets");
    assertThat(put.requestValidatorId()).isEqualTo(validator);
    assertThat(put.requestParameters())
        .containsExactlyInAnyOrderEntriesOf(Map.of("method.request.querystring.page", false, "method.request.header.X-Trace", true));
    assertThat(put.requestModels()).containsExactlyEntriesOf(Map.of("application/json", "Empty"));
    assertThat(put.authorizationScopes()).containsExactly("pets/read");

    GetMethodResponse got = client.getMethod(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("GET"));
    assertThat(got.operationName()).isEqualTo("ListPets");
    assertThat(got.methodIntegration()).isNull();
    assertThat(got.hasMethodResponses()).isFalse();
  }

  @Test
  void put_method_echoes_api_key_required_false_when_not_sent() {
    Api api = apiWithResource("defaults");

    PutMethodResponse put = client.putMethod(r -> r.restApiId(api.id()).resourceId(api.resourceId())
        .httpMethod("POST").authorizationType("NONE"));

    assertThat(put.apiKeyRequired()).isFalse();
  }

  @Test
  void get_method_embeds_the_integration_and_method_responses() {
    Api api = apiWithResource("embedded");
    client.putMethod(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("GET").authorizationType("NONE"));
    client.putMethodResponse(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("GET").statusCode("200")
        .responseParameters(Map.of("method.response.header.X-Id", true)));
    client.putIntegration(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("GET").type("MOCK")
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_extended.snapshot.json, test_export_swagger_openapi[TEST_IMPORT_PETSTORE_SWAGGER], "get-export-with-extensions"
        .requestTemplates(Map.of("application/json", "{\"statusCode\": 200}")));
    client.putIntegrationResponse(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("GET")
        .statusCode("200").selectionPattern(""));

    GetMethodResponse got = client.getMethod(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("GET"));

    assertThat(got.methodResponses()).containsOnlyKeys("200");
    assertThat(got.methodResponses().get("200").responseParameters()).containsEntry("method.response.header.X-Id", true);
    assertThat(got.methodIntegration().typeAsString()).isEqualTo("MOCK");
    // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_extended.snapshot.json, test_export_swagger_openapi[TEST_IMPORT_PETSTORE_SWAGGER], "get-export-with-extensions"
    assertThat(got.methodIntegration().requestTemplates()).containsEntry("application/json", "{\"statusCode\": 200}");
    assertThat(got.methodIntegration().integrationResponses()).containsOnlyKeys("200");
    assertThat(got.methodIntegration().integrationResponses().get("200").selectionPattern()).isEmpty();
  }

  @Test
  void applies_every_update_method_patch_path() {
    Api api = apiWithResource("update-method");
    String validator = client.createRequestValidator(r -> r.restApiId(api.id()).name("all")
        .validateRequestBody(true).validateRequestParameters(true)).id();
    client.putMethod(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("GET").authorizationType("NONE")
        .requestParameters(Map.of("method.request.querystring.gone", true)));

    var updated = client.updateMethod(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("GET")
        .patchOperations(
            op(Op.REPLACE, "/authorizationType", "AWS_IAM"),
            op(Op.REPLACE, "/apiKeyRequired", "true"),
            op(Op.REPLACE, "/operationName", "GetPets"),
            op(Op.REPLACE, "/requestValidatorId", validator),
            op(Op.ADD, "/requestParameters/method.request.querystring.page", "true"),
            op(Op.REPLACE, "/requestParameters/method.request.header.X-Trace", "false"),
            op(Op.REMOVE, "/requestParameters/method.request.querystring.gone"),
            op(Op.ADD, "/requestModels/application~1json", "Error"),
            op(Op.ADD, "/authorizationScopes", "pets/read"),
            op(Op.ADD, "/authorizationScopes", "pets/write"),
            op(Op.REMOVE, "/authorizationScopes", "pets/read")));

    assertThat(updated.authorizationType()).isEqualTo("AWS_IAM");
    assertThat(updated.apiKeyRequired()).isTrue();
    assertThat(updated.operationName()).isEqualTo("GetPets");
    assertThat(updated.requestValidatorId()).isEqualTo(validator);
    assertThat(updated.requestParameters()).containsExactlyInAnyOrderEntriesOf(
        Map.of("method.request.querystring.page", true, "method.request.header.X-Trace", false));
    assertThat(updated.requestModels()).containsExactlyEntriesOf(Map.of("application/json", "Error"));
    assertThat(updated.authorizationScopes()).containsExactly("pets/write");

    var cleared = client.updateMethod(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("GET")
        .patchOperations(op(Op.REPLACE, "/requestValidatorId", ""), op(Op.REMOVE, "/requestModels/application~1json")));
    assertThat(cleared.requestValidatorId()).isNull();
    assertThat(cleared.hasRequestModels()).isFalse();
  }

  @Test
  void refuses_bad_update_method_operations_and_keeps_the_method() {
    Api api = apiWithResource("bad-update");
    client.putMethod(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("GET").authorizationType("NONE"));

    assertAwsError(() -> client.updateMethod(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("GET")
            .patchOperations(op(Op.REPLACE, "/operationName", "Changed"),
                op(Op.ADD, "/requestModels/application/json", "Empty"))),
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiMethod::test_update_method_validation, "wrong-path-request-models"
        BadRequestException.class, 400, "BadRequestException", "Invalid patch path /requestModels/application/json");
    assertAwsError(() -> client.updateMethod(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("GET")
            .patchOperations(op(Op.ADD, "/requestModels/application~1json", "Missing"))),
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiMethod::test_put_method_validation, "invalid-model-name"
        BadRequestException.class, 400, "BadRequestException", "Invalid model identifier specified: Missing");
    assertAwsError(() -> client.updateMethod(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("GET")
            .patchOperations(op(Op.REPLACE, "/requestValidatorId", "nope"))),
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiMethod::test_put_method_validation, "invalid-request-validator"
        BadRequestException.class, 400, "BadRequestException", "Invalid Request Validator identifier specified");
    assertAwsError(() -> client.updateMethod(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("GET")
            .patchOperations(op(Op.ADD, "/operationName", "x"))),
        BadRequestException.class, 400, "BadRequestException",
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiRestApi::test_update_rest_api_compression, "unsupported-operation"
        "Invalid patch operation specified. Must be one of: [replace]");
    assertAwsError(() -> client.updateMethod(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("GET")
            .patchOperations(op(Op.ADD, "/requestParameters", "true"))),
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiMethod::test_update_method_validation, "wrong-path-request-parameters"
        BadRequestException.class, 400, "BadRequestException", "Invalid patch path /requestParameters");
    assertAwsError(() -> client.updateMethod(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("GET")
            .patchOperations(op(Op.MOVE, "/operationName", "x"))),
        BadRequestException.class, 400, "BadRequestException",
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiRestApi::test_update_rest_api_compression, "unsupported-operation"
        "Invalid patch operation specified. Must be one of: [replace]");

    assertThat(client.getMethod(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("GET"))
        .operationName()).isNull();
  }

  @Test
  void refuses_invalid_put_method_requests_with_aws_messages() {
    Api api = apiWithResource("bad-put");
    client.putMethod(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("GET").authorizationType("NONE"));

    assertAwsError(() -> client.putMethod(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("FETCH")
            .authorizationType("NONE")),
        BadRequestException.class, 400, "BadRequestException",
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiMethod::test_put_method_validation, "wrong-method"
        "Invalid HttpMethod specified. Valid options are GET,PUT,POST,DELETE,PATCH,OPTIONS,HEAD,ANY");
    assertAwsError(() -> client.putMethod(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("GET")
            .authorizationType("NONE")),
        // no public AWS source for this text (not in LocalStack's AWS-recorded snapshots nor AWS's docs); kept as first observed
        ConflictException.class, 409, "ConflictException", "Method already exists for this resource");
    assertAwsError(() -> client.putMethod(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("POST")
            .authorizationType("CUSTOM")),
        BadRequestException.class, 400, "BadRequestException",
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiMethod::test_put_method_validation, "missing-authorizer-id"
        "Invalid authorizer ID specified. Setting the authorization type to CUSTOM or COGNITO_USER_POOLS requires a"
            + " valid authorizer.");
    assertAwsError(() -> client.putMethod(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("POST")
            .authorizationType("NONE").requestValidatorId("abc")),
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiMethod::test_put_method_validation, "invalid-request-validator"
        BadRequestException.class, 400, "BadRequestException", "Invalid Request Validator identifier specified");
    assertAwsError(() -> client.putMethod(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("POST")
            .authorizationType("NONE").requestModels(Map.of("application/json", "Pet"))),
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiMethod::test_put_method_validation, "invalid-model-name"
        BadRequestException.class, 400, "BadRequestException", "Invalid model identifier specified: Pet");
    assertAwsError(() -> client.putMethod(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("POST")
            .authorizationType("NONE").requestParameters(
                Map.of("method.request.path.id", true, "method.request.header.id", false))),
        BadRequestException.class, 400, "BadRequestException",
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiMethod::test_method_request_parameters, "req-params-same-name"
        "Parameter names must be unique across querystring, header and path");
    assertAwsError(() -> client.getMethod(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("DELETE")),
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiMethod::test_method_lifecycle, "get-deleted-method-response"
        NotFoundException.class, 404, "NotFoundException", "Invalid Method identifier specified");
  }

  @Test
  void deletes_a_method() {
    Api api = apiWithResource("delete-method");
    client.putMethod(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("GET").authorizationType("NONE"));

    client.deleteMethod(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("GET"));

    assertAwsError(() -> client.getMethod(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("GET")),
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiMethod::test_method_lifecycle, "get-deleted-method-response"
        NotFoundException.class, 404, "NotFoundException", "Invalid Method identifier specified");
  }

  @Test
  void manages_method_responses_and_answers_update_with_201() throws Exception {
    Api api = apiWithResource("method-responses");
    client.putMethod(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("GET").authorizationType("NONE"));
    var put = client.putMethodResponse(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("GET")
        .statusCode("200").responseParameters(Map.of("method.response.header.X-A", false))
        .responseModels(Map.of("application/json", "Empty")));
    assertThat(put.statusCode()).isEqualTo("200");

    UpdateMethodResponseResponse updated = client.updateMethodResponse(r -> r.restApiId(api.id())
        .resourceId(api.resourceId()).httpMethod("GET").statusCode("200").patchOperations(
            op(Op.ADD, "/responseParameters/method.response.header.X-B", "true"),
            op(Op.REMOVE, "/responseParameters/method.response.header.X-A"),
            op(Op.REPLACE, "/responseModels/application~1json", "Error")));

    assertThat(updated.sdkHttpResponse().statusCode()).isEqualTo(201);
    assertThat(updated.responseParameters()).containsExactlyEntriesOf(Map.of("method.response.header.X-B", true));
    assertThat(updated.responseModels()).containsExactlyEntriesOf(Map.of("application/json", "Error"));

    assertAwsError(() -> client.updateMethodResponse(r -> r.restApiId(api.id()).resourceId(api.resourceId())
            .httpMethod("GET").statusCode("200")
            .patchOperations(op(Op.REMOVE, "/responseParameters/method.response.header.Nope"))),
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayGatewayResponse::test_update_gateway_response, "update-gateway-replace-invalid-parameter"
        NotFoundException.class, 404, "NotFoundException", "Invalid parameter name specified");
    assertAwsError(() -> client.updateMethodResponse(r -> r.restApiId(api.id()).resourceId(api.resourceId())
            .httpMethod("GET").statusCode("200")
            .patchOperations(op(Op.REPLACE, "/responseModels/text~1plain", "Empty"))),
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApigatewayMethodResponse::test_update_method_lack_response_parameters_and_models, "update-method-response-operation-without-response-models"
        NotFoundException.class, 404, "NotFoundException", "Content-Type specified was not found");
    assertAwsError(() -> client.putMethodResponse(r -> r.restApiId(api.id()).resourceId(api.resourceId())
            .httpMethod("GET").statusCode("600")),
        ApiGatewayException.class, 400, "ValidationException",
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApigatewayIntegrationResponse::test_integration_response_invalid_statuscode, "put-integration-response-invalid-statusCode"
        "1 validation error detected: Value '600' at 'statusCode' failed to satisfy constraint: Member must satisfy"
            // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApigatewayIntegrationResponse::test_integration_response_invalid_statuscode, "put-integration-response-invalid-statusCode"
            + " regular expression pattern: [1-5]\\d\\d");

    client.deleteMethodResponse(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("GET").statusCode("200"));
    assertAwsError(() -> client.getMethodResponse(r -> r.restApiId(api.id()).resourceId(api.resourceId())
            .httpMethod("GET").statusCode("200")),
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_import.snapshot.json, TestApiGatewayImportRestApi::test_import_and_validate_rest_api[swagger-mock-cors.json], "method-response-product-get"
        NotFoundException.class, 404, "NotFoundException", "Invalid Response status code specified");
  }
}
