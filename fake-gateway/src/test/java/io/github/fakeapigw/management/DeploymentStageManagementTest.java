package io.github.fakeapigw.management;

import static io.github.fakeapigw.management.Aws.assertAwsError;
import static io.github.fakeapigw.management.Aws.op;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.model.BadRequestException;
import software.amazon.awssdk.services.apigateway.model.ConflictException;
import software.amazon.awssdk.services.apigateway.model.Deployment;
import software.amazon.awssdk.services.apigateway.model.GetStageResponse;
import software.amazon.awssdk.services.apigateway.model.IntegrationType;
import software.amazon.awssdk.services.apigateway.model.MethodSetting;
import software.amazon.awssdk.services.apigateway.model.NotFoundException;
import software.amazon.awssdk.services.apigateway.model.Op;
import software.amazon.awssdk.services.apigateway.model.Stage;
import software.amazon.awssdk.services.apigateway.model.UnauthorizedCacheControlHeaderStrategy;

class DeploymentStageManagementTest extends ManagementTest {
  private record Api(String id, String resourceId) {}

  /** An API with GET /pets on a MOCK integration. */
  private Api deployableApi(String name) {
    String id = Aws.newApi(client, name);
    String res = client.createResource(r -> r.restApiId(id).parentId(Aws.rootId(client, id)).pathPart("pets")).id();
    client.putMethod(r -> r.restApiId(id).resourceId(res).httpMethod("GET").authorizationType("NONE"));
    client.putIntegration(r -> r.restApiId(id).resourceId(res).httpMethod("GET").type(IntegrationType.MOCK));
    return new Api(id, res);
  }

  @Test
  void creates_a_deployment_with_a_new_stage_and_lists_and_gets_both() {
    Api api = deployableApi("deploy");

    var d = client.createDeployment(r -> r.restApiId(api.id()).stageName("test").stageDescription("the test stage")
        .description("first").variables(Map.of("flavour", "old", "url", "https://x.example/a?b=c")));

    assertThat(d.id()).isNotBlank();
    assertThat(d.description()).isEqualTo("first");
    assertThat(d.createdDate()).isNotNull();
    assertThat(d.apiSummary()).isEmpty();

    GetStageResponse stage = client.getStage(r -> r.restApiId(api.id()).stageName("test"));
    assertThat(stage.deploymentId()).isEqualTo(d.id());
    assertThat(stage.description()).isEqualTo("the test stage");
    assertThat(stage.variables()).containsExactlyInAnyOrderEntriesOf(Map.of("flavour", "old", "url", "https://x.example/a?b=c"));
    assertThat(stage.cacheClusterEnabled()).isFalse();
    assertThat(stage.cacheClusterStatusAsString()).isEqualTo("NOT_AVAILABLE");
    assertThat(stage.methodSettings()).isEmpty();
    assertThat(stage.tracingEnabled()).isFalse();
    assertThat(stage.canarySettings()).isNull();
    assertThat(stage.createdDate()).isNotNull();
    assertThat(stage.lastUpdatedDate()).isNotNull();

    var withSummary = client.getDeployment(r -> r.restApiId(api.id()).deploymentId(d.id()).embed("apisummary"));
    assertThat(withSummary.apiSummary()).containsOnlyKeys("/pets");
    assertThat(withSummary.apiSummary().get("/pets").get("GET").authorizationType()).isEqualTo("NONE");
    assertThat(withSummary.apiSummary().get("/pets").get("GET").apiKeyRequired()).isFalse();
    assertThat(client.getDeployments(r -> r.restApiId(api.id())).items()).extracting(Deployment::id)
        .containsExactly(d.id());
    assertThat(client.getStages(r -> r.restApiId(api.id())).item()).extracting(Stage::stageName).containsExactly("test");
  }

  @Test
  void a_second_deployment_with_the_stage_name_repoints_the_stage() {
    Api api = deployableApi("repoint");
    var first = client.createDeployment(r -> r.restApiId(api.id()).stageName("prod").variables(Map.of("a", "1")));

    var second = client.createDeployment(r -> r.restApiId(api.id()).stageName("prod").variables(Map.of("b", "2")));

    var stage = client.getStage(r -> r.restApiId(api.id()).stageName("prod"));
    assertThat(second.id()).isNotEqualTo(first.id());
    assertThat(stage.deploymentId()).isEqualTo(second.id());
    assertThat(stage.variables()).containsExactlyInAnyOrderEntriesOf(Map.of("a", "1", "b", "2"));
  }

  @Test
  void a_deployment_is_a_frozen_snapshot_of_the_definition() throws Exception {
    Api api = deployableApi("frozen");
    var d = client.createDeployment(r -> r.restApiId(api.id()).stageName("test"));

    // WHEN the API is edited after the deployment
    client.putMethod(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("POST").authorizationType("NONE"));
    client.updateIntegration(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("GET")
        .patchOperations(op(Op.REPLACE, "/timeoutInMillis", "1234")));
    client.createResource(r -> r.restApiId(api.id()).parentId(api.resourceId()).pathPart("later"));

    // THEN the deployment still shows (and serves) what was deployed
    var summary = client.getDeployment(r -> r.restApiId(api.id()).deploymentId(d.id()).embed("apisummary")).apiSummary();
    assertThat(summary).containsOnlyKeys("/pets");
    assertThat(summary.get("/pets")).containsOnlyKeys("GET");

    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    java.net.URI pets = java.net.URI.create(gateway.invokeUrl(api.id(), "test") + "/pets");
    var get = http.send(java.net.http.HttpRequest.newBuilder(pets).GET().build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    var post = http.send(java.net.http.HttpRequest.newBuilder(pets).POST(
        java.net.http.HttpRequest.BodyPublishers.noBody()).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    var later = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(pets + "/later")).GET().build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    // the deployed GET is served; what was added after the deployment is not (AWS's 403 for no
    // matching resource or method: https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html,
    // MISSING_AUTHENTICATION_TOKEN)
    assertThat(get.statusCode()).as("GET /pets, deployed").isNotEqualTo(403);
    assertThat(post.statusCode()).as("POST /pets, added after the deployment").isEqualTo(403);
    // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_common.snapshot.json, TestApigatewayRouting::test_routing_not_found, "not-found"
    assertThat(post.headers().firstValue("x-amzn-ErrorType")).hasValue("MissingAuthenticationTokenException");
    assertThat(later.statusCode()).as("GET /pets/later, added after the deployment").isEqualTo(403);
  }

  @Test
  void refuses_deploying_an_api_without_methods_or_with_a_method_without_integration() {
    String empty = Aws.newApi(client, "empty");
    assertAwsError(() -> client.createDeployment(r -> r.restApiId(empty)), BadRequestException.class, 400,
        // no public AWS source for this text (not in LocalStack's AWS-recorded snapshots nor AWS's docs); kept as first observed
        "BadRequestException", "The REST API doesn't contain any methods");

    Api api = deployableApi("half");
    client.putMethod(r -> r.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("POST").authorizationType("NONE"));
    assertAwsError(() -> client.createDeployment(r -> r.restApiId(api.id()).stageName("x")), BadRequestException.class,
        400, "BadRequestException", "No integration defined for method");
    assertAwsError(() -> client.getStage(r -> r.restApiId(api.id()).stageName("x")), NotFoundException.class, 404,
        // no public AWS source for this text (not in LocalStack's AWS-recorded snapshots nor AWS's docs); kept as first observed
        "NotFoundException", "Invalid Stage identifier specified");
  }

  @Test
  void updates_and_deletes_deployments_but_not_while_a_stage_points_at_them() {
    Api api = deployableApi("delete-deployment");
    var used = client.createDeployment(r -> r.restApiId(api.id()).stageName("test"));
    var unused = client.createDeployment(r -> r.restApiId(api.id()).description("spare"));

    var updated = client.updateDeployment(r -> r.restApiId(api.id()).deploymentId(unused.id())
        .patchOperations(op(Op.REPLACE, "/description", "renamed")));
    assertThat(updated.description()).isEqualTo("renamed");

    assertAwsError(() -> client.deleteDeployment(r -> r.restApiId(api.id()).deploymentId(used.id())),
        BadRequestException.class, 400, "BadRequestException",
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_common.snapshot.json, TestDeployments::test_create_delete_deployments[True], "delete-deployment-error-0"
        "Active stages pointing to this deployment must be moved or deleted");
    client.deleteDeployment(r -> r.restApiId(api.id()).deploymentId(unused.id()));
    assertAwsError(() -> client.getDeployment(r -> r.restApiId(api.id()).deploymentId(unused.id())),
        // no public AWS source for this text (not in LocalStack's AWS-recorded snapshots nor AWS's docs); kept as first observed
        NotFoundException.class, 404, "NotFoundException", "Invalid Deployment identifier specified");

    client.deleteStage(r -> r.restApiId(api.id()).stageName("test"));
    client.deleteDeployment(r -> r.restApiId(api.id()).deploymentId(used.id()));
    assertThat(client.getDeployments(r -> r.restApiId(api.id())).items()).isEmpty();
  }

  @Test
  void creates_stages_filters_them_by_deployment_and_refuses_duplicates_and_unknown_deployments() {
    Api api = deployableApi("stages");
    String d1 = client.createDeployment(r -> r.restApiId(api.id())).id();
    String d2 = client.createDeployment(r -> r.restApiId(api.id())).id();

    var created = client.createStage(r -> r.restApiId(api.id()).stageName("a").deploymentId(d1).description("A")
        .variables(Map.of("v", "1")).tracingEnabled(true).tags(Map.of("team", "pets")));
    client.createStage(r -> r.restApiId(api.id()).stageName("b").deploymentId(d2));

    assertThat(created.stageName()).isEqualTo("a");
    assertThat(created.tracingEnabled()).isTrue();
    assertThat(created.tags()).containsEntry("team", "pets");
    assertThat(client.getStages(r -> r.restApiId(api.id()).deploymentId(d2)).item()).extracting(Stage::stageName)
        .containsExactly("b");
    assertThat(client.getStages(r -> r.restApiId(api.id())).item()).hasSize(2);

    assertAwsError(() -> client.createStage(r -> r.restApiId(api.id()).stageName("a").deploymentId(d1)),
        // no public AWS source for this text (not in LocalStack's AWS-recorded snapshots nor AWS's docs); kept as first observed
        ConflictException.class, 409, "ConflictException", "Stage already exists");
    assertAwsError(() -> client.createStage(r -> r.restApiId(api.id()).stageName("c").deploymentId("nope42")),
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_canary.snapshot.json, TestStageCrudCanary::test_create_canary_deployment, "bad-canary-deployment-id"
        BadRequestException.class, 400, "BadRequestException", "Deployment id does not exist");
  }

  @Test
  void updates_stage_fields_variables_method_settings_and_access_logs() {
    Api api = deployableApi("update-stage");
    String d1 = client.createDeployment(r -> r.restApiId(api.id()).stageName("test").variables(Map.of("gone", "x"))).id();
    String d2 = client.createDeployment(r -> r.restApiId(api.id())).id();

    var stage = client.updateStage(r -> r.restApiId(api.id()).stageName("test").patchOperations(
        op(Op.REPLACE, "/deploymentId", d2),
        op(Op.REPLACE, "/description", "described"),
        op(Op.REPLACE, "/tracingEnabled", "true"),
        op(Op.REPLACE, "/cacheClusterEnabled", "true"),
        op(Op.REPLACE, "/cacheClusterSize", "0.5"),
        op(Op.ADD, "/variables/flavour", "new"),
        op(Op.REPLACE, "/variables/url", "https://backend.example/v1"),
        op(Op.REMOVE, "/variables/gone"),
        op(Op.REPLACE, "/*/*/metrics/enabled", "true"),
        op(Op.REPLACE, "/*/*/logging/loglevel", "INFO"),
        op(Op.REPLACE, "/~1pets/GET/throttling/burstLimit", "100"),
        op(Op.REPLACE, "/~1pets/GET/throttling/rateLimit", "50.5"),
        op(Op.REPLACE, "/~1pets/GET/caching/ttlInSeconds", "60"),
        op(Op.REPLACE, "/~1pets/GET/caching/unauthorizedCacheControlHeaderStrategy", "FAIL_WITH_403"),
        op(Op.REPLACE, "/~1pets/GET/logging/dataTrace", "true"),
        op(Op.REPLACE, "/~1pets/GET/caching/enabled", "true"),
        op(Op.REPLACE, "/~1pets/GET/caching/dataEncrypted", "true"),
        op(Op.REPLACE, "/~1pets/GET/caching/requireAuthorizationForCacheControl", "false"),
        op(Op.REPLACE, "/clientCertificateId", "cert42"),
        op(Op.ADD, "/accessLogSettings/destinationArn", "arn:aws:logs:us-east-1:123456789012:log-group:x"),
        op(Op.REPLACE, "/accessLogSettings/format", "$context.requestId")));

    assertThat(stage.deploymentId()).isEqualTo(d2);
    assertThat(stage.description()).isEqualTo("described");
    assertThat(stage.tracingEnabled()).isTrue();
    assertThat(stage.cacheClusterEnabled()).isTrue();
    assertThat(String.valueOf(stage.cacheClusterSize())).isEqualTo("0.5");
    assertThat(stage.variables()).containsExactlyInAnyOrderEntriesOf(
        Map.of("flavour", "new", "url", "https://backend.example/v1"));
    MethodSetting all = stage.methodSettings().get("*/*");
    assertThat(all.metricsEnabled()).isTrue();
    assertThat(all.loggingLevel()).isEqualTo("INFO");
    assertThat(all.throttlingBurstLimit()).isEqualTo(5000);
    assertThat(all.throttlingRateLimit()).isEqualTo(10000.0);
    assertThat(all.cacheTtlInSeconds()).isEqualTo(300);
    assertThat(all.requireAuthorizationForCacheControl()).isTrue();
    MethodSetting pets = stage.methodSettings().get("pets/GET");
    assertThat(pets.metricsEnabled()).as("starts from */*").isTrue();
    assertThat(pets.throttlingBurstLimit()).isEqualTo(100);
    assertThat(pets.throttlingRateLimit()).isEqualTo(50.5);
    assertThat(pets.cacheTtlInSeconds()).isEqualTo(60);
    assertThat(pets.unauthorizedCacheControlHeaderStrategy())
        .isEqualTo(UnauthorizedCacheControlHeaderStrategy.FAIL_WITH_403);
    assertThat(pets.dataTraceEnabled()).isTrue();
    assertThat(pets.cachingEnabled()).isTrue();
    assertThat(pets.cacheDataEncrypted()).isTrue();
    assertThat(pets.requireAuthorizationForCacheControl()).isFalse();
    assertThat(all.dataTraceEnabled()).isFalse();
    assertThat(stage.clientCertificateId()).isEqualTo("cert42");
    assertThat(stage.accessLogSettings().destinationArn()).isEqualTo("arn:aws:logs:us-east-1:123456789012:log-group:x");
    assertThat(stage.accessLogSettings().format()).isEqualTo("$context.requestId");

    var removed = client.updateStage(r -> r.restApiId(api.id()).stageName("test").patchOperations(
        op(Op.REMOVE, "/*/*"), op(Op.REMOVE, "/accessLogSettings")));
    assertThat(removed.methodSettings()).containsOnlyKeys("pets/GET");
    assertThat(removed.accessLogSettings()).isNull();
    assertThat(d1).isNotEqualTo(d2);
  }

  @Test
  void refuses_bad_stage_patches_with_aws_messages_and_changes_nothing() {
    Api api = deployableApi("bad-stage");
    client.createDeployment(r -> r.restApiId(api.id()).stageName("test"));

    assertAwsError(() -> client.updateStage(r -> r.restApiId(api.id()).stageName("test").patchOperations(
            op(Op.REPLACE, "/description", "should not stick"), op(Op.REPLACE, "/deploymentId", "zzzzzz"))),
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_canary.snapshot.json, TestStageCrudCanary::test_create_canary_deployment, "bad-canary-deployment-id"
        BadRequestException.class, 400, "BadRequestException", "Deployment id does not exist");
    assertAwsError(() -> client.updateStage(r -> r.restApiId(api.id()).stageName("test").patchOperations(
            op(Op.REPLACE, "/documentationVersion", "1"))),
        BadRequestException.class, 400, "BadRequestException",
        Aws.invalidStagePath("/documentationVersion"));
    assertAwsError(() -> client.updateStage(r -> r.restApiId(api.id()).stageName("test").patchOperations(
            op(Op.REMOVE, "/*/*"))),
        BadRequestException.class, 400, "BadRequestException",
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_common.snapshot.json, TestStages::test_update_stage_remove_wildcard, "delete-error"
        "Cannot remove method setting */* because there is no method setting for this method ");
    assertAwsError(() -> client.updateStage(r -> r.restApiId(api.id()).stageName("test").patchOperations(
            op(Op.REPLACE, "/accessLogSettings/format", ""))),
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayStage::test_stage_access_log_settings_validation, "update-stage-access-log-destinationArn-empty"
        BadRequestException.class, 400, "BadRequestException", "Access Log value must not be empty");
    assertAwsError(() -> client.updateStage(r -> r.restApiId(api.id()).stageName("test").patchOperations(
            op(Op.REPLACE, "/accessLogSettings/other", "x"))),
        BadRequestException.class, 400, "BadRequestException",
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayStage::test_stage_access_log_settings_validation, "invalid-path-add"
        "Invalid accessLogSettings path. Must be one of : [/accessLogSettings/destinationArn, /accessLogSettings/format]");
    assertAwsError(() -> client.updateStage(r -> r.restApiId(api.id()).stageName("test").patchOperations(
            op(Op.ADD, "/variables/bad-name", "x"))),
        BadRequestException.class, 400, "BadRequestException",
        // our wording, AWS documents none (docs/management-api.md, Known differences)
        "Stage variable name 'bad-name' is invalid: names must match [A-Za-z0-9_]+");
    assertAwsError(() -> client.updateStage(r -> r.restApiId(api.id()).stageName("test").patchOperations(
            op(Op.ADD, "/variables/name", "has space"))),
        BadRequestException.class, 400, "BadRequestException",
        "Stage variable value 'has space' of 'name' is invalid: values must match [A-Za-z0-9-._~:/?#&=,]+");
    assertAwsError(() -> client.getStage(r -> r.restApiId(api.id()).stageName("nope")),
        // no public AWS source for this text (not in LocalStack's AWS-recorded snapshots nor AWS's docs); kept as first observed
        NotFoundException.class, 404, "NotFoundException", "Invalid Stage identifier specified");

    assertThat(client.getStage(r -> r.restApiId(api.id()).stageName("test")).description()).isNull();
  }
}
