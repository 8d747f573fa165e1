package io.github.fakeapigw.management.huawei;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.fakeapigw.management.huawei.HuaweiFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakeapigw.BackendTest;
import io.github.fakeapigw.management.huawei.HuaweiClient.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Invoking Huawei APIs: APP and IAM authentication, FUNCTION backends, the V2 paths. */
class HuaweiInvokeAuthFunctionTest extends BackendTest {
  private static final String RELEASE = "DEFAULT_ENVIRONMENT_RELEASE_ID";
  private static final String URN = "urn:fss:cn-north-4:0a1b2c3d:function:default:orders:latest";
  private static final String CODE = "C" + "d4".repeat(40);
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private HuaweiClient client;
  private String groupId;

  @BeforeEach
  void a_group() {
    client = new HuaweiClient(gateway.managementUrl(), "/v1.0/apigw");
    groupId = client.post("/api-groups", Map.of("name", uniqueName("auth"))).text("id");
    backend.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("ok")));
  }

  private String api(HuaweiClient via, String json) {
    ObjectNode body = HuaweiClient.object(json);
    body.put("group_id", groupId);
    body.put("type", 1);
    body.put("name", uniqueName("api"));
    Response created = via.post("/apis", body);
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    String id = created.text("id");
    Response published = via.post("/apis/publish/" + id, Map.of("env_id", RELEASE));
    assertThat(published.status()).as("%s", published).isEqualTo(201);
    return id;
  }

  private String httpApi(String path, String auth) {
    return "{\"req_method\":\"GET\",\"req_uri\":\"" + path + "\"," + auth
        + ",\"backend_type\":\"HTTP\",\"backend_api\":{\"url_domain\":\"127.0.0.1:"
        + backend.port() + "\",\"req_protocol\":\"HTTP\",\"req_method\":\"GET\","
        + "\"req_uri\":\"/b" + path + "\",\"timeout\":5000}}";
  }

  private HttpResponse<String> call(String method, String path, String body, String... headers) {
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(
              URI.create(gateway.huaweiInvokeUrl(groupId) + path))
          .timeout(Duration.ofSeconds(10))
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(body));
      for (int i = 0; i < headers.length; i += 2) {
        b.header(headers[i], headers[i + 1]);
      }
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void assertHuaweiError(HttpResponse<String> r, int status, String code)
      throws IOException {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    JsonNode body = HuaweiClient.JSON.readTree(r.body());
    assertThat(body.path("error_code").asText()).as(r.body()).isEqualTo(code);
    assertThat(body.path("request_id").asText())
        .isEqualTo(r.headers().firstValue("X-Request-Id").orElseThrow());
  }

  @Test
  void app_authentication_accepts_an_app_code_created_through_the_management_api()
      throws IOException {
    api(client, httpApi("/app", "\"auth_type\":\"APP\",\"auth_opt\":"
        + "{\"app_code_auth_type\":\"HEADER\"}"));
    String appId = client.post("/apps", Map.of("name", uniqueName("app"))).text("id");

    assertHuaweiError(call("GET", "/app", null), 401, "APIG.0303");
    assertHuaweiError(call("GET", "/app", null, "X-Apig-AppCode", CODE), 401, "APIG.0303");

    Response code = client.post("/apps/" + appId + "/app-codes", Map.of("app_code", CODE));
    assertThat(code.status()).as("%s", code).isEqualTo(201);
    HttpResponse<String> ok = call("GET", "/app", null, "X-Apig-AppCode", CODE);

    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    backend.verify(1, getRequestedFor(urlEqualTo("/b/app")));
  }

  @Test
  void app_authentication_without_app_code_header_mode_cannot_be_satisfied() throws IOException {
    api(client, httpApi("/signed", "\"auth_type\":\"APP\""));
    String appId = client.post("/apps", Map.of("name", uniqueName("app"))).text("id");
    client.post("/apps/" + appId + "/app-codes", Map.of("app_code", CODE));

    assertHuaweiError(call("GET", "/signed", null, "X-Apig-AppCode", CODE), 401, "APIG.0303");
    assertThat(gateway.invocations().get(gateway.invocations().size() - 1).error()
        .orElseThrow().cause()).contains("signing is not emulated");
  }

  @Test
  void iam_authentication_requires_an_auth_token() throws IOException {
    api(client, httpApi("/iam", "\"auth_type\":\"IAM\""));

    assertHuaweiError(call("GET", "/iam", null), 401, "APIG.0301");
    HttpResponse<String> ok = call("GET", "/iam", null, "X-Auth-Token", "a-token");

    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
  }

  @Test
  void a_sync_function_backend_gets_the_request_and_answers_for_it() throws IOException {
    gateway.registerHuaweiFunction(URN, (event, context) -> {
      JsonNode e = HuaweiClient.JSON.readTree(event);
      return "{\"statusCode\":201,\"headers\":{\"X-Fn\":\"yes\"},\"body\":\"id="
          + e.path("pathParameters").path("id").asText() + ";body=" + e.path("body").asText()
          + "\"}";
    });
    api(client, "{\"req_method\":\"POST\",\"req_uri\":\"/fn/{id}\",\"auth_type\":\"NONE\","
        + "\"req_params\":[{\"name\":\"id\",\"type\":\"STRING\",\"location\":\"PATH\"}],"
        + "\"backend_type\":\"FUNCTION\",\"func_info\":{\"function_urn\":\"" + URN + "\","
        + "\"invocation_type\":\"sync\",\"timeout\":5000}}");

    HttpResponse<String> r = call("POST", "/fn/7", "hello");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(r.body()).isEqualTo("id=7;body=hello");
    assertThat(r.headers().firstValue("X-Fn")).contains("yes");
    assertThat(r.headers().firstValue("X-Request-Id")).isPresent();
  }

  @Test
  void an_async_function_backend_answers_at_once_and_runs_the_function() {
    CopyOnWriteArrayList<String> events = new CopyOnWriteArrayList<>();
    gateway.registerHuaweiFunction(URN, (event, context) -> {
      events.add(event);
      return "null";
    });
    api(client, "{\"req_method\":\"POST\",\"req_uri\":\"/later\",\"auth_type\":\"NONE\","
        + "\"backend_type\":\"FUNCTION\",\"func_info\":{\"function_urn\":\"" + URN + "\","
        + "\"invocation_type\":\"async\"}}");

    HttpResponse<String> r = call("POST", "/later", "{\"job\":1}",
        "Content-Type", "application/json");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(5)).until(() -> events.contains("{\"job\":1}"));
  }

  @Test
  void apis_created_and_published_through_the_v2_paths_serve_the_same_way() {
    HuaweiClient v2 = new HuaweiClient(gateway.managementUrl(),
        "/v2/0a1b2c3d4e5f60718293a4b5c6d7e8f9/apigw/instances/eddc4d25480b4cd6b512f270a1b8b341");
    groupId = v2.post("/api-groups", Map.of("name", uniqueName("v2"))).text("id");
    api(v2, httpApi("/v2-made", "\"auth_type\":\"NONE\""));

    HttpResponse<String> r = call("GET", "/v2-made", null);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    backend.verify(getRequestedFor(urlEqualTo("/b/v2-made")));
  }
}
