package io.github.fakeapigw.management;

import static io.github.fakeapigw.management.Aws.assertAwsError;
import static io.github.fakeapigw.management.Aws.op;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.model.BadRequestException;
import software.amazon.awssdk.services.apigateway.model.GetAccountResponse;
import software.amazon.awssdk.services.apigateway.model.Op;

/** GetAccount and UpdateAccount. */
class AccountManagementTest extends ManagementTest {
  private static final String ROLE = "arn:aws:iam::123456789012:role/apigw-cloudwatch";

  @AfterEach
  void resetGateway() {
    gateway.reset();
  }

  @Test
  void answers_a_new_accounts_settings() {
    GetAccountResponse account = client.getAccount(r -> { });

    assertThat(account.cloudwatchRoleArn()).isNull();
    assertThat(account.throttleSettings().burstLimit()).isEqualTo(5000);
    assertThat(account.throttleSettings().rateLimit()).isEqualTo(10000.0);
    assertThat(account.features()).containsExactly("UsagePlans");
    assertThat(account.apiKeyVersion()).isEqualTo("4");
  }

  @Test
  void sets_and_clears_the_cloudwatch_role() {
    var updated = client.updateAccount(r -> r.patchOperations(op(Op.REPLACE, "/cloudwatchRoleArn", ROLE)));

    assertThat(updated.cloudwatchRoleArn()).isEqualTo(ROLE);
    assertThat(client.getAccount(r -> { }).cloudwatchRoleArn()).isEqualTo(ROLE);

    client.updateAccount(r -> r.patchOperations(op(Op.REPLACE, "/cloudwatchRoleArn", "")));
    assertThat(client.getAccount(r -> { }).cloudwatchRoleArn()).isNull();
  }

  @Test
  void reset_and_checkpoints_cover_the_account() {
    var checkpoint = gateway.checkpoint();
    client.updateAccount(r -> r.patchOperations(op(Op.REPLACE, "/cloudwatchRoleArn", ROLE)));
    var withRole = gateway.checkpoint();

    gateway.resetTo(checkpoint);
    assertThat(client.getAccount(r -> { }).cloudwatchRoleArn()).isNull();
    gateway.resetTo(withRole);
    assertThat(client.getAccount(r -> { }).cloudwatchRoleArn()).isEqualTo(ROLE);
    gateway.reset();
    assertThat(client.getAccount(r -> { }).cloudwatchRoleArn()).isNull();
  }

  @Test
  void removes_and_adds_the_usage_plans_feature() {
    assertThat(client.updateAccount(r -> r.patchOperations(op(Op.REMOVE, "/features", "UsagePlans"))).features())
        .isEmpty();
    assertThat(client.updateAccount(r -> r.patchOperations(op(Op.ADD, "/features", "UsagePlans"))).features())
        .containsExactly("UsagePlans");
  }

  @Test
  void refuses_bad_patches_and_keeps_the_account() {
    assertAwsError(() -> client.updateAccount(r -> r.patchOperations(op(Op.REPLACE, "/cloudwatchRoleArn", "role"))),
        BadRequestException.class, 400, "BadRequestException",
        "The role ARN does not have required permissions set to API Gateway");
    assertAwsError(() -> client.updateAccount(r -> r.patchOperations(op(Op.REPLACE, "/apiKeyVersion", "3"))),
        BadRequestException.class, 400, "BadRequestException", "Invalid patch path /apiKeyVersion");
    assertAwsError(() -> client.updateAccount(r -> r.patchOperations(
            op(Op.REPLACE, "/cloudwatchRoleArn", ROLE), op(Op.ADD, "/features", "Caching"))),
        BadRequestException.class, 400, "BadRequestException",
        "Invalid feature specified: 'Caching'. Must be one of: [UsagePlans]");
    assertAwsError(() -> client.updateAccount(r -> r.patchOperations(op(Op.ADD, "/cloudwatchRoleArn", ROLE))),
        BadRequestException.class, 400, "BadRequestException",
        "Invalid patch operation specified. Must be one of: [replace]");

    assertThat(client.getAccount(r -> { }).cloudwatchRoleArn()).isNull();
  }
}
