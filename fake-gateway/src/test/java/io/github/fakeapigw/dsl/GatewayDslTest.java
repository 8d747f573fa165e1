package io.github.fakeapigw.dsl;

import static io.github.fakeapigw.dsl.GatewayDsl.GET;
import static io.github.fakeapigw.dsl.GatewayDsl.JSON;
import static io.github.fakeapigw.dsl.GatewayDsl.POST;
import static io.github.fakeapigw.dsl.GatewayDsl.awsProxy;
import static io.github.fakeapigw.dsl.GatewayDsl.canary;
import static io.github.fakeapigw.dsl.GatewayDsl.gatewayResponse;
import static io.github.fakeapigw.dsl.GatewayDsl.get;
import static io.github.fakeapigw.dsl.GatewayDsl.http;
import static io.github.fakeapigw.dsl.GatewayDsl.httpProxy;
import static io.github.fakeapigw.dsl.GatewayDsl.integrationResponse;
import static io.github.fakeapigw.dsl.GatewayDsl.method;
import static io.github.fakeapigw.dsl.GatewayDsl.methodResponse;
import static io.github.fakeapigw.dsl.GatewayDsl.mock;
import static io.github.fakeapigw.dsl.GatewayDsl.post;
import static io.github.fakeapigw.dsl.GatewayDsl.restApi;
import static io.github.fakeapigw.dsl.GatewayDsl.stage;
import static io.github.fakeapigw.dsl.GatewayDsl.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakeapigw.DeployedApi;
import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.FakeApiGatewayOptions;
import io.github.fakeapigw.model.ApiDefinition;
import io.github.fakeapigw.model.CanarySettings;
import io.github.fakeapigw.model.Deployment;
import io.github.fakeapigw.model.Integration;
import io.github.fakeapigw.model.IntegrationType;
import io.github.fakeapigw.model.Method;
import io.github.fakeapigw.model.Resource;
import io.github.fakeapigw.model.Stage;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayDslTest {
  private FakeApiGateway gateway;

  @BeforeAll
  void start() {
    gateway = new FakeApiGateway(FakeApiGatewayOptions.defaults().withSeed(3)).start();
  }

  @AfterAll
  void stop() {
    gateway.close();
  }

  @Test
  void deploys_resources_with_intermediate_parents_methods_and_integrations() {
    DeployedApi orders =
        gateway.deploy(
            restApi("orders")
                .withDescription("orders api")
                .resource(
                    "/orders/{id}",
                    get()
                        .withRequiredParameter("method.request.path.id")
                        .withOptionalParameter("method.request.querystring.verbose")
                        .integration(
                            http(GET, "https://orders.example.com/v1/orders/{id}")
                                .withRequestParameter("integration.request.path.id", "method.request.path.id")
                                .withRequestParameter("integration.request.header.X-Order-Id", "method.request.path.id")
                                .withRequestTemplate(JSON, template("apigateway/templates/order-request.vtl"))
                                .withTimeoutInMillis(3000)
                                .respond(integrationResponse(200).withSelectionPattern("2\\d{2}")
                                    .withHeader("X-Source", "'backend'"))
                                .respond(integrationResponse(404).withSelectionPattern("404")
                                    .withTemplate(JSON, "{\"message\":\"order not found\"}"))))
                .and()
                .resource("/orders", post().withApiKeyRequired().integration(awsProxy("create-order")))
                .stage("test"));

    ApiDefinition d = orders.definition();
    assertThat(d.restApi().name()).isEqualTo("orders");
    assertThat(d.restApi().id()).isEqualTo(orders.id()).hasSize(10);
    assertThat(d.resources().values()).extracting(Resource::path)
        .containsExactly("/", "/orders", "/orders/{id}");
    Resource byId = d.resourceByPath("/orders/{id}").orElseThrow();
    assertThat(byId.pathPart()).contains("{id}");
    assertThat(byId.parentId()).contains(d.resourceByPath("/orders").orElseThrow().id());

    Method get = byId.method("GET").orElseThrow();
    assertThat(get.requestParameters()).containsExactly(
        Map.entry("method.request.path.id", true), Map.entry("method.request.querystring.verbose", false));
    Integration integration = get.methodIntegration().orElseThrow();
    assertThat(integration.type()).isEqualTo(IntegrationType.HTTP);
    assertThat(integration.httpMethod()).contains("GET");
    assertThat(integration.uri()).contains("https://orders.example.com/v1/orders/{id}");
    assertThat(integration.timeoutInMillis()).isEqualTo(3000);
    assertThat(integration.requestTemplates()).containsExactly(
        Map.entry(JSON, "{\"id\": \"$input.params('id')\"}\n"));
    assertThat(integration.integrationResponses()).containsOnlyKeys("200", "404");
    assertThat(integration.integrationResponses().get("404").responseTemplates())
        .containsExactly(Map.entry(JSON, "{\"message\":\"order not found\"}"));
    assertThat(get.methodResponses()).containsOnlyKeys("200", "404");
    assertThat(get.methodResponses().get("200").responseParameters())
        .containsExactly(Map.entry("method.response.header.X-Source", false));

    Method create = d.resourceByPath("/orders").orElseThrow().method("POST").orElseThrow();
    assertThat(create.apiKeyRequired()).isTrue();
    assertThat(create.methodIntegration().orElseThrow().uri()).contains(
        "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
            + "arn:aws:lambda:us-east-1:123456789012:function:create-order/invocations");
    assertThat(create.methodIntegration().orElseThrow().integrationResponses()).isEmpty();

    Stage test = orders.stage("test").orElseThrow();
    assertThat(orders.deployments()).singleElement().satisfies(dep -> {
      assertThat(dep.id()).isEqualTo(test.deploymentId()).hasSize(6);
      assertThat(dep.snapshot()).isEqualTo(d);
    });
    assertThat(gateway.api("orders").id()).isEqualTo(orders.id());
  }

  @Test
  void a_canary_deploys_the_same_definition_as_its_own_deployment_with_variable_overrides() {
    DeployedApi prices =
        gateway.deploy(
            restApi("prices")
                .resource("/prices", get().integration(mock()))
                .stage("live", stage().withVariable("flavour", "old")
                    .withCanary(canary(10.0).withVariable("flavour", "new"))));

    Stage live = prices.stage("live").orElseThrow();
    assertThat(live.variables()).containsExactly(Map.entry("flavour", "old"));
    CanarySettings canary = live.canarySettings().orElseThrow();
    assertThat(canary.percentTraffic()).isEqualTo(10.0);
    assertThat(canary.stageVariableOverrides()).containsExactly(Map.entry("flavour", "new"));
    assertThat(canary.deploymentId()).isNotEqualTo(live.deploymentId());
    assertThat(prices.deployments()).extracting(Deployment::id)
        .containsExactly(live.deploymentId(), canary.deploymentId());
    assertThat(prices.deployments().get(1).snapshot()).isEqualTo(prices.definition());
  }

  @Test
  void a_canary_with_its_own_definition_serves_that_definition() {
    DeployedApi prices =
        gateway.deploy(
            restApi("prices-v2")
                .resource("/prices", get().integration(mock()))
                .stage("live", stage().withCanary(canary(50.0).withDefinition(
                    restApi("next").resource("/prices", get().integration(mock()),
                        post().integration(httpProxy(POST, "http://prices.example.com/p")))))));

    CanarySettings canary = prices.stage("live").orElseThrow().canarySettings().orElseThrow();
    ApiDefinition canaryDefinition = prices.deployments().stream()
        .filter(d -> d.id().equals(canary.deploymentId())).findFirst().orElseThrow().snapshot();
    assertThat(canaryDefinition.restApi().id()).isEqualTo(prices.id());
    assertThat(canaryDefinition.resourceByPath("/prices").orElseThrow().resourceMethods())
        .containsOnlyKeys("GET", "POST");
    assertThat(prices.definition().resourceByPath("/prices").orElseThrow().resourceMethods())
        .containsOnlyKeys("GET");
    assertThatThrownBy(() -> gateway.deploy(restApi("broken").resource("/p", get().integration(mock()))
            .stage("live", stage().withCanary(canary(5.0).withDefinition(restApi("x").resource("/p", get()))))))
        .hasMessageStartingWith("method GET /p must not lack an integration");
  }

  @Test
  void mock_integrations_get_the_console_defaults() {
    Method m = gateway.deploy(restApi("health").resource("/health", get().integration(mock())).stage("test"))
        .definition().resourceByPath("/health").orElseThrow().method("GET").orElseThrow();

    assertThat(m.methodIntegration().orElseThrow().requestTemplates())
        .containsExactly(Map.entry(JSON, "{\"statusCode\": 200}"));
    assertThat(m.methodIntegration().orElseThrow().integrationResponses()).containsOnlyKeys("200");
    assertThat(m.methodResponses()).containsOnlyKeys("200");
  }

  @Test
  void validators_models_gateway_responses_and_method_responses_are_set() {
    ApiDefinition d = gateway.deploy(
        restApi("shop")
            .withModel("Order", "{\"type\":\"object\"}")
            .withRequestValidator("body", true, false)
            .withBinaryMediaType("image/png")
            .withGatewayResponse(gatewayResponse("DEFAULT_4XX").withStatusCode(400)
                .withHeader("Access-Control-Allow-Origin", "'*'").withTemplate(JSON, "{\"m\":1}"))
            .resource("/orders", method(POST)
                .withRequestModel(JSON, "Order").withRequestValidator("body")
                .integration(mock())
                .respond(methodResponse(200).withRequiredHeader("X-Id").withModel(JSON, "Empty")))
            .stage("test")).definition();

    Method post = d.resourceByPath("/orders").orElseThrow().method("POST").orElseThrow();
    assertThat(d.requestValidators().get(post.requestValidatorId().orElseThrow()).name()).isEqualTo("body");
    assertThat(post.requestModels()).containsExactly(Map.entry(JSON, "Order"));
    assertThat(post.methodResponses().get("200").responseParameters())
        .containsExactly(Map.entry("method.response.header.X-Id", true));
    assertThat(d.models()).containsOnlyKeys("Empty", "Order");
    assertThat(d.restApi().binaryMediaTypes()).containsExactly("image/png");
    assertThat(d.gatewayResponses().get("DEFAULT_4XX").statusCode()).contains("400");
    assertThat(d.gatewayResponses().get("DEFAULT_4XX").responseParameters())
        .containsExactly(Map.entry("gatewayresponse.header.Access-Control-Allow-Origin", "'*'"));
  }

  @Test
  void rejects_a_relative_resource_path_saying_what_to_write_instead() {
    assertThatThrownBy(() -> restApi("a").resource("orders/", get()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("resource path must not be \"orders/\"; use \"/orders\" instead (one leading slash,"
            + " no trailing or double slashes); offending: \"orders/\"");
  }

  @Test
  void rejects_a_method_defined_twice_on_a_resource() {
    assertThatThrownBy(() -> restApi("a").resource("/x", get().integration(mock())).resource("/x", get()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("method GET must not be defined twice on resource \"/x\"; use one get() per"
            + " resource instead; offending: GET /x");
  }

  @Test
  void rejects_bad_arguments_of_the_factories() {
    assertThatThrownBy(() -> canary(120.0)).hasMessage(
        "percentTraffic must not be outside 0.0..100.0; use a share such as canary(10.0) instead; offending: 120.0");
    assertThatThrownBy(() -> integrationResponse(42)).hasMessage(
        "status code must not be outside 100..599; use an HTTP status such as integrationResponse(200) instead; offending: 42");
    assertThatThrownBy(() -> http("FETCH", "http://x")).hasMessage(
        "HTTP method must not be \"FETCH\"; use one of [GET, POST, PUT, DELETE, PATCH, HEAD, OPTIONS, ANY] instead; offending: \"FETCH\"");
    assertThatThrownBy(() -> http(GET, "orders.example.com/x")).hasMessage(
        "HTTP integration uri must not be \"orders.example.com/x\"; use an absolute http(s) URL such as"
            + " backend.url(\"/v1/orders/{id}\") instead; offending: \"orders.example.com/x\"");
    assertThatThrownBy(() -> template("apigateway/templates/missing.vtl")).hasMessage(
        "template must not name a missing classpath resource; use a path relative to the classpath root"
            + " such as \"apigateway/templates/get-order.vtl\" instead; offending: \"apigateway/templates/missing.vtl\"");
    assertThatThrownBy(() -> get().withRequiredParameter("path.id")).hasMessage(
        "method request parameter must not be \"path.id\"; use \"method.request.{path|querystring|header}.<name>\""
            + " instead; offending: \"path.id\"");
    assertThatThrownBy(() -> httpProxy(GET, "http://x.example.com").respond(integrationResponse(200)))
        .hasMessage("integration responses must not be added to a HTTP_PROXY integration, which passes the"
            + " backend response through; use http(..) or aws(..) instead; offending: integrationResponse(200)");
  }

  @Test
  void rejects_inconsistent_apis_at_deploy_time_without_creating_anything() {
    int before = gateway.apis().size();
    assertThatThrownBy(() -> gateway.deploy(restApi("nostage").resource("/a", get().integration(mock()))))
        .hasMessage("restApi(\"nostage\") must not be deployed without a stage; use .stage(\"test\") instead;"
            + " offending: restApi(\"nostage\") has no stage");
    assertThatThrownBy(() -> gateway.deploy(restApi("noint").resource("/a", get()).stage("test")))
        .hasMessage("method GET /a must not lack an integration; use .integration(mock()) or another"
            + " integration instead; offending: GET /a");
    assertThatThrownBy(() -> gateway.deploy(restApi("p").resource("/a",
            get().withRequiredParameter("method.request.path.id").integration(mock())).stage("test")))
        .hasMessage("path parameter \"id\" must not be declared on a resource without it; use a path such"
            + " as \"/a/{id}\" instead; offending: \"/a\"");
    assertThatThrownBy(() -> gateway.deploy(restApi("v").resource("/a",
            get().withRequestValidator("strict").integration(mock())).stage("test")))
        .hasMessage("request validator \"strict\" must not be used before it is declared; use"
            + " restApi(..).withRequestValidator(\"strict\", true, true) instead; offending: \"strict\"");
    assertThat(gateway.apis()).hasSize(before);
  }
}
