package io.github.fakeapigw.docs;

import static io.github.fakeapigw.assertions.GatewayAssertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.fakeapigw.CanarySide;
import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.FakeApiGatewayOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.IntegrationType;
import software.amazon.awssdk.services.apigateway.model.Op;

/**
 * The examples of docs/canary.md: a canary release driven end to end through the AWS SDK, measured
 * and forced from the test, then promoted.
 */
class CanaryDocTest {
  private final HttpClient http = HttpClient.newHttpClient();
  private FakeApiGateway gateway;
  private ApiGatewayClient apigw;
  private String apiId;
  private String resourceId;

  @BeforeEach
  void start() {
    gateway = new FakeApiGateway(FakeApiGatewayOptions.defaults().withSeed(2024)).start();
    apigw =
        ApiGatewayClient.builder()
            .endpointOverride(gateway.managementUrl())
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .httpClient(ApacheHttpClient.create())
            .build();
    // GET /price on a MOCK integration that reports which version and flavour served it.
    apiId = apigw.createRestApi(r -> r.name("prices")).id();
    String root = apigw.getRestApi(r -> r.restApiId(apiId)).rootResourceId();
    resourceId =
        apigw.createResource(r -> r.restApiId(apiId).parentId(root).pathPart("price")).id();
    apigw.putMethod(
        r -> r.restApiId(apiId).resourceId(resourceId).httpMethod("GET").authorizationType("NONE"));
    apigw.putIntegration(
        r ->
            r.restApiId(apiId)
                .resourceId(resourceId)
                .httpMethod("GET")
                .type(IntegrationType.MOCK)
                .requestTemplates(Map.of("application/json", "{\"statusCode\": 200}")));
    apigw.putMethodResponse(
        r -> r.restApiId(apiId).resourceId(resourceId).httpMethod("GET").statusCode("200"));
    respondWith("v1");
  }

  @AfterEach
  void stop() {
    apigw.close();
    gateway.close();
  }

  private void respondWith(String version) {
    apigw.putIntegrationResponse(
        r ->
            r.restApiId(apiId)
                .resourceId(resourceId)
                .httpMethod("GET")
                .statusCode("200")
                .responseTemplates(
                    Map.of(
                        "application/json",
                        "{\"version\": \"" + version + "\", \"flavour\": \"$stageVariables.flavour\","
                            + " \"canary\": \"$context.isCanaryRequest\"}")));
  }

  private String price() throws Exception {
    URI uri = URI.create(gateway.invokeUrl(apiId, "prod") + "/price");
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }

  @Test
  void splits_measures_forces_and_promotes_a_canary() throws Exception {
    // tag::release[]
    // v1 serves stage "prod"; then v2 is deployed as a canary taking 20% of the traffic.
    apigw.createDeployment(r -> r.restApiId(apiId).stageName("prod")
        .variables(Map.of("flavour", "old")));
    respondWith("v2");
    String canaryId = apigw.createDeployment(r -> r.restApiId(apiId).stageName("prod")
        .canarySettings(c -> c.percentTraffic(20.0)
            .stageVariableOverrides(Map.of("flavour", "new")))).id();

    for (int i = 0; i < 1000; i++) {
      price();
    }

    assertThat(gateway).stage(apiId, "prod")
        .hasCanaryShareCloseTo(0.20, 0.04) // the real random split, seeded by the gateway
        .everyCanaryRequest().ranDeployment(canaryId).hasStageVariable("flavour", "new");
    // end::release[]

    // tag::force[]
    gateway.canary().forceNext(2, CanarySide.CANARY).forceNext(1, CanarySide.BASE);
    Assertions.assertThat(price()).isEqualTo("{\"version\": \"v2\", \"flavour\": \"new\", \"canary\": \"true\"}");
    Assertions.assertThat(price()).isEqualTo("{\"version\": \"v2\", \"flavour\": \"new\", \"canary\": \"true\"}");
    Assertions.assertThat(price()).isEqualTo("{\"version\": \"v1\", \"flavour\": \"old\", \"canary\": \"false\"}");
    // end::force[]

    // tag::promote[]
    // Promotion, as AWS documents it: one PATCH, operations applied in order.
    apigw.updateStage(r -> r.restApiId(apiId).stageName("prod").patchOperations(
        p -> p.op(Op.REPLACE).path("/canarySettings/percentTraffic").value("0.0"),
        p -> p.op(Op.COPY).from("/canarySettings/stageVariableOverrides").path("/variables"),
        p -> p.op(Op.COPY).from("/canarySettings/deploymentId").path("/deploymentId")));
    apigw.updateStage(r -> r.restApiId(apiId).stageName("prod").patchOperations(
        p -> p.op(Op.REMOVE).path("/canarySettings")));

    gateway.clearInvocations();
    for (int i = 0; i < 50; i++) {
      Assertions.assertThat(price()).isEqualTo("{\"version\": \"v2\", \"flavour\": \"new\", \"canary\": \"\"}");
    }
    assertThat(gateway).hasReceivedExactly(50, "GET", "/price");
    // end::promote[]
    Assertions.assertThat(apigw.getStage(r -> r.restApiId(apiId).stageName("prod")).deploymentId())
        .isEqualTo(canaryId);
    Assertions.assertThat(gateway.stageTraffic(apiId, "prod").canaryShare())
        .isCloseTo(0.20, within(0.04));
  }
}
