package io.github.fakeapigw.docs;

import static io.github.fakeapigw.dsl.HuaweiDsl.apiGroup;
import static io.github.fakeapigw.dsl.HuaweiDsl.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.fakeapigw.Backend;
import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.HuaweiGroup;
import io.github.fakeapigw.assertions.GatewayAssertions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The examples of docs/huawei-apig.md. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HuaweiApigDocTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private FakeApiGateway gateway;

  @BeforeAll
  void start() {
    gateway = new FakeApiGateway().start();
  }

  @AfterAll
  void stop() {
    gateway.close();
  }

  // tag::client[]
  /** Sends one management call; any non-empty X-Auth-Token is accepted. */
  JsonNode apig(String method, String path, String body) throws Exception {
    URI uri = URI.create(gateway.managementUrl() + "/v1.0/apigw" + path);
    HttpRequest request = HttpRequest.newBuilder(uri)
        .header("X-Auth-Token", "any-token")
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
  }
  // end::client[]

  @Test
  void creates_publishes_and_lists_an_api() throws Exception {
    // tag::worked-example[]
    JsonNode group = apig("POST", "/api-groups", "{\"name\":\"shop\"}");
    String groupId = group.get("id").asText(); // 32 lower-case hex digits
    apig("POST", "/env-variables", "{\"group_id\":\"" + groupId + "\","
        + "\"env_id\":\"DEFAULT_ENVIRONMENT_RELEASE_ID\","
        + "\"variable_name\":\"orders_host\",\"variable_value\":\"127.0.0.1:8080\"}");
    JsonNode api = apig("POST", "/apis", """
        {"group_id": "%s", "name": "get_order", "type": 1,
         "req_method": "get", "req_uri": "/orders/{id}", "auth_type": "none",
         "backend_type": "http",
         "backend_api": {"url_domain": "#orders_host#", "req_protocol": "http",
                         "req_method": "get", "req_uri": "/v1/orders/{id}", "timeout": 5000},
         "req_params": [{"name": "id", "type": "string", "location": "path"}],
         "backend_params": [{"name": "id", "location": "path",
                             "origin": "request", "value": "id"}]}
        """.formatted(groupId));
    JsonNode publication = apig("POST", "/apis/publish/" + api.get("id").asText(),
        "{\"env_id\":\"DEFAULT_ENVIRONMENT_RELEASE_ID\",\"remark\":\"first release\"}");
    JsonNode online = apig("GET",
        "/apis?group_id=" + groupId + "&env_id=DEFAULT_ENVIRONMENT_RELEASE_ID", null);
    // end::worked-example[]
    assertThat(api.get("req_method").asText()).isEqualTo("GET");
    assertThat(api.get("auth_type").asText()).isEqualTo("NONE");
    assertThat(api.at("/req_params/0/location").asText()).isEqualTo("PATH");
    assertThat(group.get("sl_domain").asText()).startsWith(groupId + ".apic.");
    assertThat(publication.get("version_id").asText()).hasSize(32);
    assertThat(online.get("total").asInt()).isEqualTo(1);
    assertThat(online.at("/apis/0/run_env_name").asText()).isEqualTo("RELEASE");
  }

  @Test
  void answers_errors_in_huaweis_shape() throws Exception {
    // tag::error[]
    JsonNode error = apig("POST", "/api-groups", "{\"name\":\"ab\"}");
    // {"error_code":"APIG.2012",
    //  "error_msg":"Invalid parameter value,parameterName:name. Please refer to the support
    //  documentation", "request_id":"..."}
    // end::error[]
    assertThat(error.get("error_code").asText()).isEqualTo("APIG.2012");
    assertThat(error.get("error_msg").asText()).isEqualTo(
        "Invalid parameter value,parameterName:name. Please refer to the support documentation");
  }

  @Test
  void serves_the_v2_instance_paths() throws IOException, InterruptedException {
    // tag::v2[]
    URI v2 = URI.create(gateway.managementUrl()
        + "/v2/my-project-id/apigw/instances/my-instance-id/api-groups");
    HttpResponse<String> created = http.send(
        HttpRequest.newBuilder(v2)
            .header("X-Auth-Token", "any-token")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"shop_v2\"}"))
            .build(),
        HttpResponse.BodyHandlers.ofString()); // 201, the same group v1.0 lists
    // end::v2[]
    assertThat(created.statusCode()).isEqualTo(201);
  }

  @Test
  void invokes_a_published_api_by_path_style_url_and_x_stage() throws Exception {
    JsonNode group = apig("POST", "/api-groups", "{\"name\":\"invoke_shop\"}");
    String groupId = group.get("id").asText();
    // tag::invoke[]
    JsonNode api = apig("POST", "/apis", """
        {"group_id": "%s", "name": "get_stock", "type": 1,
         "req_method": "GET", "req_uri": "/stock", "auth_type": "NONE",
         "backend_type": "MOCK", "mock_info": {"result_content": "{\\"stock\\": 3}"}}
        """.formatted(groupId));
    apig("POST", "/apis/publish/" + api.get("id").asText(),
        "{\"env_id\":\"DEFAULT_ENVIRONMENT_RELEASE_ID\"}");

    URI stock = URI.create(gateway.huaweiInvokeUrl(groupId) + "/stock"); // /_apig/{group_id}/stock
    HttpResponse<String> released = http.send(HttpRequest.newBuilder(stock).build(),
        HttpResponse.BodyHandlers.ofString()); // 200 {"stock": 3}, X-Request-Id: ...
    HttpResponse<String> elsewhere = http.send(
        HttpRequest.newBuilder(stock).header("X-Stage", "test").build(),
        HttpResponse.BodyHandlers.ofString());
    // 404 {"error_code":"APIG.0101","error_msg":"The API does not exist or has not been
    //      published in the environment.","request_id":"..."}
    // end::invoke[]
    assertThat(released.statusCode()).isEqualTo(200);
    assertThat(released.body()).isEqualTo("{\"stock\": 3}");
    assertThat(released.headers().firstValue("X-Request-Id")).isPresent();
    assertThat(elsewhere.statusCode()).isEqualTo(404);
    assertThat(elsewhere.body()).contains("\"error_code\":\"APIG.0101\"");
  }

  @Test
  void defines_a_group_in_java_and_asserts_on_its_invocation() throws Exception {
    // tag::dsl[]
    Backend orders = gateway.backend("orders.example.com"); // a WireMock standing in for it
    new WireMock("127.0.0.1", orders.port()).register(
        WireMock.get("/v1/orders/42").willReturn(WireMock.okJson("{\"id\":\"42\"}")));

    HuaweiGroup shop = gateway.deployHuawei(apiGroup("dsl_shop")   // published to RELEASE
        .withVariable("orders", "orders.example.com")
        .api(get("/orders/{id}").withPathParameter("id")
            .httpBackend("GET", "https://#orders#/v1/orders/{id}")
            .withBackendParameter("PATH", "id", "REQUEST", "id")
            .withBackendParameter("HEADER", "X-Order-Id", "REQUEST", "id")));

    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(URI.create(shop.invokeUrl() + "/orders/42")).build(),
        HttpResponse.BodyHandlers.ofString());

    GatewayAssertions.assertThat(gateway).invocation("GET", "/orders/{id}")
        .hasStatus(200)
        .hasMappedParameter("integration.request.header.X-Order-Id", "42")
        .integrationCall().hasPath("/v1/orders/42").hasHeader("X-Order-Id", "42");
    // end::dsl[]
    assertThat(response.body()).isEqualTo("{\"id\":\"42\"}");
  }

  @Test
  void imports_a_swagger_export() throws Exception {
    // tag::swagger[]
    HuaweiGroup exported = gateway.importHuaweiSwagger("huawei/shop.yaml", "RELEASE",
        Map.of("orders", "orders.example.com")); // #orders# in the backend address
    HttpResponse<String> health = http.send(
        HttpRequest.newBuilder(URI.create(exported.invokeUrl() + "/health")).build(),
        HttpResponse.BodyHandlers.ofString()); // 200 {"status":"up"}
    // end::swagger[]
    assertThat(exported.name()).isEqualTo("shop_export");
    assertThat(health.body()).isEqualTo("{\"status\":\"up\"}");
  }
}
