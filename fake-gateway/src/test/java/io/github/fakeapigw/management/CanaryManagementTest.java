package io.github.fakeapigw.management;

import static io.github.fakeapigw.management.Aws.assertAwsError;
import static io.github.fakeapigw.management.Aws.op;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.model.BadRequestException;
import software.amazon.awssdk.services.apigateway.model.IntegrationType;
import software.amazon.awssdk.services.apigateway.model.Op;
import software.amazon.awssdk.services.apigateway.model.PatchOperation;

/**
 * Canary releases through the management API, as AWS documents them in
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/canary-release.html and
 * https://docs.aws.amazon.com/apigateway/latest/api/API_CanarySettings.html; the messages are
 * AWS-recorded where a comment says so.
 */
class CanaryManagementTest extends ManagementTest {
  /** An API with GET / on MOCK, deployed to stage "dev" with two variables; returns the API id. */
  private String apiWithDevStage(String name) {
    String id = Aws.newApi(client, name);
    String root = Aws.rootId(client, id);
    client.putMethod(r -> r.restApiId(id).resourceId(root).httpMethod("GET").authorizationType("NONE"));
    client.putIntegration(r -> r.restApiId(id).resourceId(root).httpMethod("GET").type(IntegrationType.MOCK));
    client.createDeployment(r -> r.restApiId(id).stageName("dev")
        .variables(Map.of("testVar", "default", "defaultVar", "default")));
    return id;
  }

  private static PatchOperation copy(String from, String path) {
    return PatchOperation.builder().op(Op.COPY).from(from).path(path).build();
  }

  @Test
  void runs_the_documented_canary_flow_from_deployment_to_promotion_and_removal() {
    String api = apiWithDevStage("flow");
    String base = client.getStage(r -> r.restApiId(api).stageName("dev")).deploymentId();

    // create-deployment with canarySettings on the existing stage
    var canaryDeployment = client.createDeployment(r -> r.restApiId(api).stageName("dev").canarySettings(c -> c
        .percentTraffic(10.0).stageVariableOverrides(Map.of("testVar", "canary", "noStageVar", "canary"))
        .useStageCache(false)));

    var stage = client.getStage(r -> r.restApiId(api).stageName("dev"));
    assertThat(stage.deploymentId()).as("base deployment unchanged").isEqualTo(base);
    assertThat(stage.variables()).containsExactlyInAnyOrderEntriesOf(Map.of("testVar", "default", "defaultVar", "default"));
    assertThat(stage.canarySettings().deploymentId()).isEqualTo(canaryDeployment.id());
    assertThat(stage.canarySettings().percentTraffic()).isEqualTo(10.0);
    assertThat(stage.canarySettings().stageVariableOverrides())
        .containsExactlyInAnyOrderEntriesOf(Map.of("testVar", "canary", "noStageVar", "canary"));
    assertThat(stage.canarySettings().useStageCache()).isFalse();

    // update-stage: the canary's share and overrides
    var updated = client.updateStage(r -> r.restApiId(api).stageName("dev").patchOperations(
        op(Op.REPLACE, "/canarySettings/percentTraffic", "25.0"),
        op(Op.REPLACE, "/canarySettings/stageVariableOverrides/extra", "x"),
        op(Op.REMOVE, "/canarySettings/stageVariableOverrides/extra"),
        op(Op.REPLACE, "/canarySettings/useStageCache", "true")));
    assertThat(updated.canarySettings().percentTraffic()).isEqualTo(25.0);
    assertThat(updated.canarySettings().useStageCache()).isTrue();
    assertThat(updated.canarySettings().stageVariableOverrides()).containsOnlyKeys("testVar", "noStageVar");

    // deleting the canary's deployment is refused while the stage's canary uses it
    assertAwsError(() -> client.deleteDeployment(r -> r.restApiId(api).deploymentId(canaryDeployment.id())),
        BadRequestException.class, 400, "BadRequestException",
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_common.snapshot.json, TestDeployments::test_create_delete_deployments[True], "delete-deployment-error-0"
        "Active stages pointing to this deployment must be moved or deleted");

    // promotion as one PATCH
    var promoted = client.updateStage(r -> r.restApiId(api).stageName("dev").patchOperations(
        op(Op.REPLACE, "/canarySettings/percentTraffic", "0.0"),
        copy("/canarySettings/stageVariableOverrides", "/variables"),
        copy("/canarySettings/deploymentId", "/deploymentId")));
    assertThat(promoted.deploymentId()).isEqualTo(canaryDeployment.id());
    assertThat(promoted.variables()).containsExactlyInAnyOrderEntriesOf(
        Map.of("testVar", "canary", "defaultVar", "default", "noStageVar", "canary"));
    assertThat(promoted.canarySettings()).as("promotion keeps the canary").isNotNull();
    assertThat(promoted.canarySettings().percentTraffic()).isEqualTo(0.0);
    assertThat(promoted.canarySettings().deploymentId()).isEqualTo(canaryDeployment.id());

    // turn the canary off
    client.updateStage(r -> r.restApiId(api).stageName("dev").patchOperations(op(Op.REMOVE, "/canarySettings")));
    var finalStage = client.getStage(r -> r.restApiId(api).stageName("dev"));
    assertThat(finalStage.canarySettings()).isNull();
    assertThat(finalStage.deploymentId()).isEqualTo(canaryDeployment.id());

    // the old base deployment is free now
    client.deleteDeployment(r -> r.restApiId(api).deploymentId(base));
  }

  @Test
  void a_later_canary_deployment_replaces_the_canary_settings_wholesale() {
    String api = apiWithDevStage("replace");
    client.createDeployment(r -> r.restApiId(api).stageName("dev").canarySettings(c -> c.percentTraffic(30.0)
        .stageVariableOverrides(Map.of("a", "1"))));

    var second = client.createDeployment(r -> r.restApiId(api).stageName("dev").canarySettings(c -> c
        .stageVariableOverrides(Map.of("b", "2"))));

    var canary = client.getStage(r -> r.restApiId(api).stageName("dev")).canarySettings();
    assertThat(canary.deploymentId()).isEqualTo(second.id());
    assertThat(canary.percentTraffic()).isEqualTo(0.0);
    assertThat(canary.stageVariableOverrides()).containsExactlyEntriesOf(Map.of("b", "2"));
    assertThat(canary.useStageCache()).isFalse();
  }

  @Test
  void refuses_canary_deployments_without_an_existing_stage_with_aws_messages() {
    String api = apiWithDevStage("refused");

    assertAwsError(() -> client.createDeployment(r -> r.restApiId(api).canarySettings(c -> c.percentTraffic(5.0))),
        BadRequestException.class, 400, "BadRequestException",
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_canary.snapshot.json, TestStageCrudCanary::test_create_canary_deployment_validation, "create-canary-deployment-no-stage"
        "Invalid deployment content specified.Non null and non empty stageName must be provided for canary"
            + " deployment. Provided value is null");
    assertAwsError(() -> client.createDeployment(r -> r.restApiId(api).stageName("")
            .canarySettings(c -> c.percentTraffic(5.0))),
        BadRequestException.class, 400, "BadRequestException",
        "Invalid deployment content specified.Non null and non empty stageName must be provided for canary"
            // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_canary.snapshot.json, TestStageCrudCanary::test_create_canary_deployment_validation, "create-canary-deployment-no-stage"
            + " deployment. Provided value is ");
    assertAwsError(() -> client.createDeployment(r -> r.restApiId(api).stageName("prod")
            .canarySettings(c -> c.percentTraffic(5.0))),
        BadRequestException.class, 400, "BadRequestException",
        // no public AWS source for this text (not in LocalStack's AWS-recorded snapshots nor AWS's docs); kept as first observed
        "Invalid deployment content specified.Stage prod must already be created before making a canary release"
            + " deployment");
    assertThat(client.getDeployments(r -> r.restApiId(api)).items()).as("nothing deployed").hasSize(1);
  }

  @Test
  void creates_a_stage_with_canary_settings_defaulting_to_the_stages_deployment() {
    String api = apiWithDevStage("create-stage");
    String d1 = client.getStage(r -> r.restApiId(api).stageName("dev")).deploymentId();
    String d2 = client.createDeployment(r -> r.restApiId(api)).id();

    var explicit = client.createStage(r -> r.restApiId(api).stageName("explicit").deploymentId(d1)
        .canarySettings(c -> c.deploymentId(d2).percentTraffic(50.0).stageVariableOverrides(Map.of("v", "c"))));
    var defaulted = client.createStage(r -> r.restApiId(api).stageName("defaulted").deploymentId(d1)
        .canarySettings(c -> c.useStageCache(true)));

    assertThat(explicit.canarySettings().deploymentId()).isEqualTo(d2);
    assertThat(explicit.canarySettings().percentTraffic()).isEqualTo(50.0);
    assertThat(defaulted.canarySettings().deploymentId()).isEqualTo(d1);
    assertThat(defaulted.canarySettings().percentTraffic()).isEqualTo(0.0);
    assertThat(defaulted.canarySettings().useStageCache()).isTrue();
    assertThat(defaulted.canarySettings().hasStageVariableOverrides()).isFalse();
    assertAwsError(() -> client.createStage(r -> r.restApiId(api).stageName("bad").deploymentId(d1)
            .canarySettings(c -> c.deploymentId("zzzzzz"))),
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_canary.snapshot.json, TestStageCrudCanary::test_create_canary_deployment, "bad-canary-deployment-id"
        BadRequestException.class, 400, "BadRequestException", "Deployment id does not exist");
  }

  @Test
  void replacing_a_canary_path_on_a_stage_without_canary_creates_one() {
    String api = apiWithDevStage("implicit");
    String base = client.getStage(r -> r.restApiId(api).stageName("dev")).deploymentId();

    var stage = client.updateStage(r -> r.restApiId(api).stageName("dev").patchOperations(
        op(Op.REPLACE, "/canarySettings/percentTraffic", "50")));

    assertThat(stage.canarySettings().deploymentId()).isEqualTo(base);
    assertThat(stage.canarySettings().percentTraffic()).isEqualTo(50.0);
    assertThat(stage.canarySettings().useStageCache()).isFalse();
  }

  @Test
  void refuses_invalid_canary_patches_with_aws_messages_and_changes_nothing() {
    String api = apiWithDevStage("invalid");

    assertAwsError(() -> client.updateStage(r -> r.restApiId(api).stageName("dev").patchOperations(
            copy("/canarySettings/deploymentId", "/deploymentId"))),
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_canary.snapshot.json, TestStageCrudCanary::test_update_stage_with_copy_ops, "copy-with-no-replace"
        BadRequestException.class, 400, "BadRequestException", "Promotion not available. Canary does not exist.");
    assertAwsError(() -> client.updateStage(r -> r.restApiId(api).stageName("dev").patchOperations(
            op(Op.REPLACE, "/canarySettings/percentTraffic", "20"),
            copy("/canarySettings/deploymentId", "/variables"))),
        BadRequestException.class, 400, "BadRequestException",
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_canary.snapshot.json, TestStageCrudCanary::test_update_stage_with_copy_ops, "copy-with-bad-statement"
        "Invalid copy operation with path: /variables and from /canarySettings/deploymentId. Valid copy:path are"
            // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_canary.snapshot.json, TestStageCrudCanary::test_update_stage_with_copy_ops, "copy-with-bad-statement"
            + " [/deploymentId, /variables] and valid copy:from are [/canarySettings/deploymentId,"
            + " /canarySettings/stageVariableOverrides]");
    assertThat(client.getStage(r -> r.restApiId(api).stageName("dev")).canarySettings())
        .as("the first op of the refused request was not kept").isNull();

    client.updateStage(r -> r.restApiId(api).stageName("dev").patchOperations(
        op(Op.REPLACE, "/canarySettings/percentTraffic", "20")));
    assertAwsError(() -> client.updateStage(r -> r.restApiId(api).stageName("dev").patchOperations(
            op(Op.ADD, "/canarySettings/deploymentId", "x"))),
        BadRequestException.class, 400, "BadRequestException",
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_canary.snapshot.json, TestStageCrudCanary::test_update_stage_canary_deployment_validation, "update-stage-add-deployment"
        "Invalid add operation with path: /canarySettings/deploymentId");
    assertAwsError(() -> client.updateStage(r -> r.restApiId(api).stageName("dev").patchOperations(
            op(Op.REMOVE, "/canarySettings/stageVariableOverrides"))),
        BadRequestException.class, 400, "BadRequestException",
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_canary.snapshot.json, TestStageCrudCanary::test_update_stage_canary_deployment_validation, "update-stage-canary-settings-remove-overrides"
        "Cannot remove method setting canarySettings/stageVariableOverrides because there is no method setting for"
            + " this method ");
    assertAwsError(() -> client.updateStage(r -> r.restApiId(api).stageName("dev").patchOperations(
            op(Op.REMOVE, "/canarySettings/x"))),
        BadRequestException.class, 400, "BadRequestException",
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_canary.snapshot.json, TestStageCrudCanary::test_update_stage_canary_deployment_validation, "update-stage-canary-settings-remove-overrides"
        "Cannot remove method setting canarySettings/x because there is no method setting for this method ");
    assertAwsError(() -> client.updateStage(r -> r.restApiId(api).stageName("dev").patchOperations(
            op(Op.REPLACE, "/canarySettings", "{}"))),
        BadRequestException.class, 400, "BadRequestException",
        Aws.invalidStagePath("/canarySettings"));
    assertAwsError(() -> client.updateStage(r -> r.restApiId(api).stageName("dev").patchOperations(
            op(Op.REPLACE, "/canarySettings/deploymentId", "zzzzzz"))),
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_canary.snapshot.json, TestStageCrudCanary::test_create_canary_deployment, "bad-canary-deployment-id"
        BadRequestException.class, 400, "BadRequestException", "Deployment id does not exist");
    assertAwsError(() -> client.updateStage(r -> r.restApiId(api).stageName("dev").patchOperations(
            op(Op.REPLACE, "/canarySettings/percentTraffic", "100.5"))),
        BadRequestException.class, 400, "BadRequestException",
        // our wording, AWS documents none (docs/management-api.md, Known differences)
        "Invalid percentTraffic specified: 100.5. Must be between 0.0 and 100.0");

    assertThat(client.getStage(r -> r.restApiId(api).stageName("dev")).canarySettings().percentTraffic()).isEqualTo(20.0);
  }
}
