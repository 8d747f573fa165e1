package io.github.fakeapigw.management;

import static io.github.fakeapigw.management.Aws.assertAwsError;
import static io.github.fakeapigw.management.Aws.op;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.model.BadRequestException;
import software.amazon.awssdk.services.apigateway.model.Op;

/** AWS's per-op PATCH refusals on models and request validators, and that a refused patch keeps nothing. */
class PatchRefusalWordingTest extends ManagementTest {

  @Test
  void refuses_a_model_patch_naming_the_path_the_op_and_the_paths_it_accepts() {
    String api = Aws.newApi(client, "model-patch");
    client.createModel(r -> r.restApiId(api).name("Pet").contentType("application/json").schema("{}"));

    assertAwsError(() -> client.updateModel(r -> r.restApiId(api).modelName("Pet").patchOperations(
            op(Op.REPLACE, "/name", "Cat"))), BadRequestException.class, 400, "BadRequestException",
        "Invalid patch path  '/name' specified for op 'replace'. Must be one of: [/description, /schema]");
    assertAwsError(() -> client.updateModel(r -> r.restApiId(api).modelName("Pet").patchOperations(
            op(Op.REPLACE, "/description", "kept?"), op(Op.ADD, "/description", "x"))),
        BadRequestException.class, 400, "BadRequestException",
        "Invalid patch path  '/description' specified for op 'add'. Please choose supported operations");
    assertAwsError(() -> client.updateModel(r -> r.restApiId(api).modelName("Pet").patchOperations(
            op(Op.REMOVE, "/nope"))), BadRequestException.class, 400, "BadRequestException",
        "Invalid patch path  '/nope' specified for op 'remove'. Please choose supported operations");

    assertThat(client.getModel(r -> r.restApiId(api).modelName("Pet")).description()).isNull();
  }

  @Test
  void refuses_a_request_validator_patch_in_aws_words() {
    String api = Aws.newApi(client, "validator-patch");
    String id = client.createRequestValidator(r -> r.restApiId(api).name("v")).id();

    assertAwsError(() -> client.updateRequestValidator(r -> r.restApiId(api).requestValidatorId(id).patchOperations(
            op(Op.REPLACE, "/validateBody", "true"))), BadRequestException.class, 400, "BadRequestException",
        "Invalid patch path  '/validateBody' specified for op 'replace'. Must be one of: [/name,"
            + " /validateRequestBody, /validateRequestParameters]");
    assertAwsError(() -> client.updateRequestValidator(r -> r.restApiId(api).requestValidatorId(id).patchOperations(
            op(Op.ADD, "/name", "w"))), BadRequestException.class, 400, "BadRequestException",
        "Invalid patch path  '/name' specified for op 'add'. Please choose supported operations");
  }
}
