package io.github.fakeapigw.management;

import static io.github.fakeapigw.management.Aws.assertAwsError;
import static io.github.fakeapigw.management.Aws.op;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.model.ApiGatewayException;
import software.amazon.awssdk.services.apigateway.model.BadRequestException;
import software.amazon.awssdk.services.apigateway.model.ConflictException;
import software.amazon.awssdk.services.apigateway.model.GatewayResponse;
import software.amazon.awssdk.services.apigateway.model.GatewayResponseType;
import software.amazon.awssdk.services.apigateway.model.Model;
import software.amazon.awssdk.services.apigateway.model.NotFoundException;
import software.amazon.awssdk.services.apigateway.model.Op;

/** Models, request validators and gateway responses. */
class ModelValidatorGatewayResponseTest extends ManagementTest {
  @Test
  void creates_gets_lists_updates_and_deletes_models() {
    String api = Aws.newApi(client, "models");

    var pet = client.createModel(r -> r.restApiId(api).name("Pet").contentType("application/json")
        .description("a pet").schema("{\"type\":\"object\"}"));

    assertThat(pet.id()).isNotBlank();
    assertThat(pet.name()).isEqualTo("Pet");
    assertThat(client.getModel(r -> r.restApiId(api).modelName("Pet")).schema()).isEqualTo("{\"type\":\"object\"}");
    assertThat(client.getModels(r -> r.restApiId(api)).items()).extracting(Model::name)
        .containsExactly("Empty", "Error", "Pet");
    var updated = client.updateModel(r -> r.restApiId(api).modelName("Pet").patchOperations(
        op(Op.REPLACE, "/description", "still a pet"), op(Op.REPLACE, "/schema", "{}")));
    assertThat(updated.description()).isEqualTo("still a pet");
    assertThat(updated.schema()).isEqualTo("{}");

    assertAwsError(() -> client.createModel(r -> r.restApiId(api).name("Pet").contentType("application/json")),
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiModels::test_model_validation, "create-model-already-exists"
        ConflictException.class, 409, "ConflictException", "Model name already exists for this REST API");
    assertAwsError(() -> client.createModel(r -> r.restApiId(api).name("bad-name").contentType("application/json")),
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiModels::test_model_validation, "create-model-empty-name" (the alphanumeric rule: https://docs.aws.amazon.com/apigateway/latest/api/API_CreateModel.html)
        BadRequestException.class, 400, "BadRequestException", "Model name must be non-empty and alphanumeric");

    client.deleteModel(r -> r.restApiId(api).modelName("Pet"));
    assertAwsError(() -> client.getModel(r -> r.restApiId(api).modelName("Pet")), NotFoundException.class, 404,
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiModels::test_model_validation, "get-model-wrong-id"
        "NotFoundException", "Invalid model name specified: Pet");
  }

  @Test
  void refuses_deleting_a_model_a_method_uses() {
    String api = Aws.newApi(client, "model-in-use");
    String root = Aws.rootId(client, api);
    client.putMethod(r -> r.restApiId(api).resourceId(root).httpMethod("POST").authorizationType("NONE")
        .requestModels(Map.of("application/json", "Error")));

    assertAwsError(() -> client.deleteModel(r -> r.restApiId(api).modelName("Error")), BadRequestException.class, 400,
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiMethod::test_put_method_model, "delete-model-used"
        "BadRequestException", "Cannot delete model 'Error', is referenced in method: / POST");
  }

  @Test
  void manages_request_validators() {
    String api = Aws.newApi(client, "validators");

    var v = client.createRequestValidator(r -> r.restApiId(api).name("body-only").validateRequestBody(true));
    assertThat(v.validateRequestBody()).isTrue();
    assertThat(v.validateRequestParameters()).isFalse();
    var updated = client.updateRequestValidator(r -> r.restApiId(api).requestValidatorId(v.id()).patchOperations(
        op(Op.REPLACE, "/validateRequestParameters", "true"), op(Op.REPLACE, "/name", "both")));
    assertThat(updated.name()).isEqualTo("both");
    assertThat(updated.validateRequestParameters()).isTrue();
    assertThat(client.getRequestValidators(r -> r.restApiId(api)).items()).hasSize(1);

    client.deleteRequestValidator(r -> r.restApiId(api).requestValidatorId(v.id()));
    assertAwsError(() -> client.getRequestValidator(r -> r.restApiId(api).requestValidatorId(v.id())),
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiMethod::test_put_method_validation, "invalid-request-validator"
        NotFoundException.class, 404, "NotFoundException", "Invalid Request Validator identifier specified");
  }

  @Test
  void customizes_and_resets_gateway_responses() {
    String api = Aws.newApi(client, "gateway-responses");

    var defaulted = client.getGatewayResponse(r -> r.restApiId(api).responseType(GatewayResponseType.MISSING_AUTHENTICATION_TOKEN));
    assertThat(defaulted.defaultResponse()).isTrue();
    assertThat(defaulted.statusCode()).isEqualTo("403");

    var put = client.putGatewayResponse(r -> r.restApiId(api).responseType(GatewayResponseType.DEFAULT_4_XX)
        .statusCode("418").responseParameters(Map.of("gatewayresponse.header.X-Teapot", "'yes'"))
        .responseTemplates(Map.of("application/json", "{\"msg\":$context.error.messageString}")));
    assertThat(put.defaultResponse()).isFalse();
    assertThat(put.statusCode()).isEqualTo("418");

    var updated = client.updateGatewayResponse(r -> r.restApiId(api).responseType(GatewayResponseType.DEFAULT_4_XX)
        .patchOperations(op(Op.REPLACE, "/statusCode", "400"),
            op(Op.REMOVE, "/responseParameters/gatewayresponse.header.X-Teapot")));
    assertThat(updated.statusCode()).isEqualTo("400");
    assertThat(updated.responseParameters()).isEmpty();
    assertThat(client.getGatewayResponses(r -> r.restApiId(api).limit(500)).items())
        .extracting(GatewayResponse::responseTypeAsString).contains("DEFAULT_4XX", "THROTTLED");

    client.deleteGatewayResponse(r -> r.restApiId(api).responseType(GatewayResponseType.DEFAULT_4_XX));
    assertThat(client.getGatewayResponse(r -> r.restApiId(api).responseType(GatewayResponseType.DEFAULT_4_XX))
        .defaultResponse()).isTrue();
    assertAwsError(() -> client.getGatewayResponse(r -> r.restApiId(api).responseType("TEAPOT")),
        ApiGatewayException.class, 400, "ValidationException",
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayGatewayResponse::test_gateway_response_validation, "get-gateway-response-wrong-response-type"
        "1 validation error detected: Value 'TEAPOT' at 'responseType' failed to satisfy constraint: Member must"
            + " satisfy enum value set: [DEFAULT_4XX, DEFAULT_5XX, RESOURCE_NOT_FOUND, UNAUTHORIZED,"
            + " INVALID_API_KEY, ACCESS_DENIED, AUTHORIZER_FAILURE, AUTHORIZER_CONFIGURATION_ERROR,"
            + " INVALID_SIGNATURE, EXPIRED_TOKEN, MISSING_AUTHENTICATION_TOKEN, INTEGRATION_FAILURE,"
            + " INTEGRATION_TIMEOUT, API_CONFIGURATION_ERROR, UNSUPPORTED_MEDIA_TYPE, BAD_REQUEST_PARAMETERS,"
            + " BAD_REQUEST_BODY, REQUEST_TOO_LARGE, THROTTLED, QUOTA_EXCEEDED, WAF_FILTERED]");
  }
}
