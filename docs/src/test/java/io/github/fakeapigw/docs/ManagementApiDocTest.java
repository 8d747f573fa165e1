package io.github.fakeapigw.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.fakeapigw.FakeApiGateway;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.ApiGatewayException;
import software.amazon.awssdk.services.apigateway.model.BadRequestException;
import software.amazon.awssdk.services.apigateway.model.GetStageResponse;
import software.amazon.awssdk.services.apigateway.model.IntegrationType;
import software.amazon.awssdk.services.apigateway.model.NotFoundException;
import software.amazon.awssdk.services.apigateway.model.Op;
import software.amazon.awssdk.services.apigateway.model.PatchOperation;

/** The examples of docs/management-api.md. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagementApiDocTest {
  private FakeApiGateway gateway;
  private ApiGatewayClient client;

  @BeforeAll
  void start() {
    gateway = new FakeApiGateway().start();
    // tag::client[]
    ApiGatewayClient client =
        ApiGatewayClient.builder()
            .endpointOverride(gateway.managementUrl())
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            // UpdateX calls are HTTP PATCH, which UrlConnectionHttpClient cannot send
            .httpClient(ApacheHttpClient.builder().build())
            .build();
    // end::client[]
    this.client = client;
  }

  @AfterAll
  void stop() {
    client.close();
    gateway.close();
  }

  /** Creates GET /pets on a MOCK integration and deploys it to "test"; returns the API id. */
  private String createAndDeploy() {
    // tag::create-and-deploy[]
    String apiId = client.createRestApi(r -> r.name("pets")).id();
    String rootId = client.getRestApi(r -> r.restApiId(apiId)).rootResourceId();
    String petsId =
        client.createResource(r -> r.restApiId(apiId).parentId(rootId).pathPart("pets")).id();
    client.putMethod(
        r -> r.restApiId(apiId).resourceId(petsId).httpMethod("GET").authorizationType("NONE"));
    client.putMethodResponse(
        r -> r.restApiId(apiId).resourceId(petsId).httpMethod("GET").statusCode("200"));
    client.putIntegration(
        r -> r.restApiId(apiId).resourceId(petsId).httpMethod("GET")
            .type(IntegrationType.MOCK)
            .requestTemplates(Map.of("application/json", "{\"statusCode\": 200}")));
    client.putIntegrationResponse(
        r -> r.restApiId(apiId).resourceId(petsId).httpMethod("GET").statusCode("200")
            .responseTemplates(Map.of("application/json", "[{\"id\": 1}]")));
    client.createDeployment(
        r -> r.restApiId(apiId).stageName("test").variables(Map.of("flavour", "old")));
    URI invokeUrl = gateway.invokeUrl(apiId, "test"); // GET invokeUrl + "/pets"
    // end::create-and-deploy[]
    assertThat(invokeUrl.toString()).contains(apiId);
    return apiId;
  }

  @Test
  void creates_and_deploys_an_api_that_answers_on_its_invoke_url() throws Exception {
    String apiId = createAndDeploy();

    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(gateway.invokeUrl(apiId, "test") + "/pets")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("[{\"id\": 1}]");
  }

  @Test
  void updates_a_method_with_patch_operations() {
    String apiId = createAndDeploy();
    String petsId = client.getResources(r -> r.restApiId(apiId)).items().stream()
        .filter(r -> r.path().equals("/pets")).findFirst().orElseThrow().id();
    // tag::update-method[]
    client.updateMethod(
        r -> r.restApiId(apiId).resourceId(petsId).httpMethod("GET").patchOperations(
            PatchOperation.builder().op(Op.REPLACE).path("/operationName").value("ListPets").build(),
            PatchOperation.builder().op(Op.ADD)
                .path("/requestParameters/method.request.querystring.page").value("false").build(),
            PatchOperation.builder().op(Op.ADD) // "/" inside a key is written "~1"
                .path("/requestModels/application~1json").value("Empty").build()));
    // end::update-method[]
    var method = client.getMethod(r -> r.restApiId(apiId).resourceId(petsId).httpMethod("GET"));
    assertThat(method.operationName()).isEqualTo("ListPets");
    assertThat(method.requestParameters()).containsEntry("method.request.querystring.page", false);
    assertThat(method.requestModels()).containsEntry("application/json", "Empty");
  }

  @Test
  void releases_promotes_and_removes_a_canary() {
    String apiId = createAndDeploy();
    // tag::canary[]
    // 1. deploy the current definition as a canary of the existing stage "test"
    String canaryId = client.createDeployment(r -> r.restApiId(apiId).stageName("test")
        .canarySettings(c -> c.percentTraffic(10.0)
            .stageVariableOverrides(Map.of("flavour", "new")))).id();

    // 2. promote it: the canary deployment and its overrides become the stage's
    client.updateStage(r -> r.restApiId(apiId).stageName("test").patchOperations(
        PatchOperation.builder().op(Op.REPLACE)
            .path("/canarySettings/percentTraffic").value("0.0").build(),
        PatchOperation.builder().op(Op.COPY)
            .from("/canarySettings/stageVariableOverrides").path("/variables").build(),
        PatchOperation.builder().op(Op.COPY)
            .from("/canarySettings/deploymentId").path("/deploymentId").build()));

    // 3. turn the canary off
    client.updateStage(r -> r.restApiId(apiId).stageName("test").patchOperations(
        PatchOperation.builder().op(Op.REMOVE).path("/canarySettings").build()));
    // end::canary[]
    GetStageResponse stage = client.getStage(r -> r.restApiId(apiId).stageName("test"));
    assertThat(stage.deploymentId()).isEqualTo(canaryId);
    assertThat(stage.variables()).containsEntry("flavour", "new");
    assertThat(stage.canarySettings()).isNull();
  }

  @Test
  void reports_errors_as_the_sdks_typed_exceptions() {
    String apiId = createAndDeploy();
    // tag::errors[]
    NotFoundException notFound = catchThrowableOfType(NotFoundException.class,
        () -> client.getStage(r -> r.restApiId(apiId).stageName("prod")));
    assertThat(notFound.statusCode()).isEqualTo(404);
    assertThat(notFound.awsErrorDetails().errorMessage())
        .isEqualTo("Invalid Stage identifier specified");

    // enum and pattern violations are ValidationExceptions, which the SDK does not model
    ApiGatewayException invalid = catchThrowableOfType(ApiGatewayException.class,
        () -> client.putIntegration(r -> r.restApiId(apiId).resourceId("any")
            .httpMethod("GET").type("SOAP")));
    assertThat(invalid.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
    // end::errors[]
    BadRequestException bad = catchThrowableOfType(BadRequestException.class,
        () -> client.createDeployment(r -> r.restApiId(apiId).stageName("nope")
            .canarySettings(c -> c.percentTraffic(1.0))));
    assertThat(bad.awsErrorDetails().errorMessage()).startsWith("Invalid deployment content specified.");
  }
}
