package io.github.fakeapigw.management;

import static io.github.fakeapigw.management.Aws.assertAwsError;
import static io.github.fakeapigw.management.Aws.op;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.model.BadRequestException;
import software.amazon.awssdk.services.apigateway.model.Op;

/** AWS takes {@code none} in any case as NONE, on PutMethod and UpdateMethod alike. */
class AuthorizationTypeCaseTest extends ManagementTest {

  @Test
  void stores_none_in_any_case_as_NONE() {
    String api = Aws.newApi(client, "auth-case");
    String root = Aws.rootId(client, api);

    var put = client.putMethod(r -> r.restApiId(api).resourceId(root).httpMethod("GET").authorizationType("none"));
    assertThat(put.authorizationType()).isEqualTo("NONE");
    assertThat(client.getMethod(r -> r.restApiId(api).resourceId(root).httpMethod("GET")).authorizationType())
        .isEqualTo("NONE");

    client.updateMethod(r -> r.restApiId(api).resourceId(root).httpMethod("GET").patchOperations(
        op(Op.REPLACE, "/authorizationType", "AWS_IAM")));
    var updated = client.updateMethod(r -> r.restApiId(api).resourceId(root).httpMethod("GET").patchOperations(
        op(Op.REPLACE, "/authorizationType", "NoNe")));
    assertThat(updated.authorizationType()).isEqualTo("NONE");
  }

  @Test
  void still_refuses_an_unknown_authorization_type() {
    String api = Aws.newApi(client, "auth-unknown");
    String root = Aws.rootId(client, api);

    assertAwsError(() -> client.putMethod(r -> r.restApiId(api).resourceId(root).httpMethod("GET")
            .authorizationType("nonee")), BadRequestException.class, 400, "BadRequestException",
        "Invalid authorizationType specified: 'nonee'. Must be one of: [NONE, AWS_IAM, CUSTOM, COGNITO_USER_POOLS]");
  }
}
