package io.github.fakeapigw.management.huawei;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.fakeapigw.management.huawei.HuaweiFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakeapigw.BackendTest;
import io.github.fakeapigw.management.huawei.HuaweiClient.Response;
import io.github.fakeapigw.recording.RecordedInvocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Invoking Huawei APIs over real HTTP: routing, backends, parameters, policies, auth, errors. */
class HuaweiInvokeTest extends BackendTest {
  static final String RELEASE = "DEFAULT_ENVIRONMENT_RELEASE_ID";
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();
  private HuaweiClient client;
  private String groupId;

  @BeforeEach
  void a_group_whose_release_variables_name_the_backend() {
    client = new HuaweiClient(gateway.managementUrl(), "/v1.0/apigw");
    groupId = client.post("/api-groups", Map.of("name", uniqueName("inv"))).text("id");
    variable(RELEASE, "backend", "127.0.0.1:" + backend.port());
    backend.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("{\"from\":\"backend\"}")));
  }

  // ------------------------------------------------------------------ helpers

  private void variable(String envId, String name, String value) {
    Response r = client.post("/env-variables", Map.of("group_id", groupId, "env_id", envId,
        "variable_name", name, "variable_value", value));
    assertThat(r.status()).as("%s", r).isEqualTo(201);
  }

  private String env(String name) {
    Response r = client.post("/envs", Map.of("name", name));
    assertThat(r.status()).as("%s", r).isEqualTo(201);
    return r.text("id");
  }

  /** Creates and publishes to RELEASE an API from JSON (the group filled in). */
  private String api(String json) {
    String id = create(json);
    publish(id, RELEASE);
    return id;
  }

  private String create(String json) {
    ObjectNode body = HuaweiClient.object(json);
    body.put("group_id", groupId);
    body.put("type", 1);
    if (!body.has("name")) {
      body.put("name", uniqueName("api"));
    }
    if (!body.has("auth_type")) {
      body.put("auth_type", "NONE");
    }
    Response r = client.post("/apis", body);
    assertThat(r.status()).as("%s", r).isEqualTo(201);
    return r.text("id");
  }

  private void publish(String apiId, String envId) {
    Response r = client.post("/apis/publish/" + apiId, Map.of("env_id", envId));
    assertThat(r.status()).as("%s", r).isEqualTo(201);
  }

  private static String httpApi(String method, String path, String backendPath, String extra) {
    return "{\"req_method\":\"" + method + "\",\"req_uri\":\"" + path + "\","
        + "\"backend_type\":\"HTTP\",\"backend_api\":{\"url_domain\":\"#backend#\","
        + "\"req_protocol\":\"HTTP\",\"req_method\":\"" + method + "\",\"req_uri\":\""
        + backendPath + "\",\"timeout\":5000}" + extra + "}";
  }

  HttpResponse<String> call(String method, String pathAndQuery, String... headers) {
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(
              URI.create(gateway.huaweiInvokeUrl(groupId) + pathAndQuery))
          .timeout(Duration.ofSeconds(10))
          .method(method, HttpRequest.BodyPublishers.noBody());
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

  /** A request with its own Host header (java.net.http cannot set one). */
  static String raw(int port, String method, String path, String host) throws IOException {
    try (java.net.Socket socket = new java.net.Socket()) {
      socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 5000);
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write((method + " " + path + " HTTP/1.1\r\nHost: " + host
          + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private static JsonNode json(HttpResponse<String> r) {
    try {
      return HuaweiClient.JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertHuaweiError(HttpResponse<String> r, int status, String code) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    JsonNode body = json(r);
    assertThat(body.path("error_code").asText()).as(r.body()).isEqualTo(code);
    assertThat(body.path("error_msg").asText()).isNotEmpty();
    assertThat(body.path("request_id").asText())
        .isEqualTo(r.headers().firstValue("X-Request-Id").orElseThrow())
        .matches("[0-9a-f-]{36}");
  }

  private RecordedInvocation last() {
    var all = gateway.invocations();
    return all.get(all.size() - 1);
  }

  // ------------------------------------------------------------------ routing and backends

  @Test
  void forwards_to_the_http_backend_with_env_variables_and_backend_parameters() {
    api(httpApi("GET", "/orders/{id}", "/v1/orders/{oid}",
        ",\"req_params\":[{\"name\":\"id\",\"type\":\"STRING\",\"location\":\"PATH\"},"
            + "{\"name\":\"lang\",\"type\":\"STRING\",\"location\":\"QUERY\"}],"
            + "\"backend_params\":["
            + "{\"name\":\"oid\",\"location\":\"PATH\",\"origin\":\"REQUEST\",\"value\":\"id\"},"
            + "{\"name\":\"X-Lang\",\"location\":\"HEADER\",\"origin\":\"REQUEST\","
            + "\"value\":\"lang\"},"
            + "{\"name\":\"X-Const\",\"location\":\"HEADER\",\"origin\":\"CONSTANT\","
            + "\"value\":\"fixed\"},"
            + "{\"name\":\"X-Env\",\"location\":\"HEADER\",\"origin\":\"SYSTEM\","
            + "\"value\":\"stage\"},"
            + "{\"name\":\"X-Req\",\"location\":\"HEADER\",\"origin\":\"SYSTEM\","
            + "\"value\":\"requestId\"},"
            + "{\"name\":\"src\",\"location\":\"QUERY\",\"origin\":\"SYSTEM\","
            + "\"value\":\"sourceIp\"}]"));

    HttpResponse<String> r = call("GET", "/orders/42?lang=de");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("{\"from\":\"backend\"}");
    String requestId = r.headers().firstValue("X-Request-Id").orElseThrow();
    backend.verify(getRequestedFor(urlPathEqualTo("/v1/orders/42"))
        .withQueryParam("src", equalTo("127.0.0.1"))
        .withHeader("X-Lang", equalTo("de"))
        .withHeader("X-Const", equalTo("fixed"))
        .withHeader("X-Env", equalTo("RELEASE"))
        .withHeader("X-Req", equalTo(requestId)));
    RecordedInvocation rec = last();
    assertThat(rec.apiId()).isEqualTo(groupId);
    assertThat(rec.stage()).contains("RELEASE");
    assertThat(rec.route().orElseThrow().resourcePath()).isEqualTo("/orders/{id}");
    assertThat(rec.requestId()).isEqualTo(requestId);
  }

  @Test
  void the_group_debug_domain_in_host_routes_like_the_path_style_url() throws IOException {
    api(httpApi("GET", "/ping", "/pong", ""));
    String slDomain = client.get("/api-groups/" + groupId).text("sl_domain");

    String raw = raw(gateway.port(), "GET", "/ping", slDomain);

    assertThat(raw).startsWith("HTTP/1.1 200").contains("{\"from\":\"backend\"}");
    backend.verify(getRequestedFor(urlEqualTo("/pong")));
  }

  @Test
  void only_the_published_version_serves_until_the_api_is_published_again() {
    String id = api(httpApi("GET", "/items", "/v1/items", ""));
    Response modified = client.put("/apis/" + id, HuaweiClient.object(
        httpApi("GET", "/items", "/v2/items", ",\"group_id\":\"" + groupId
            + "\",\"type\":1,\"name\":\"" + client.get("/apis/" + id).text("name")
            + "\",\"auth_type\":\"NONE\"")));
    assertThat(modified.status()).as("%s", modified).isEqualTo(200);

    call("GET", "/items");
    backend.verify(getRequestedFor(urlEqualTo("/v1/items")));

    publish(id, RELEASE);
    call("GET", "/items");
    backend.verify(getRequestedFor(urlEqualTo("/v2/items")));

    Response offline = client.delete("/apis/publish/" + id + "?env_id=" + RELEASE);
    assertThat(offline.status()).as("%s", offline).isEqualTo(204);
    assertHuaweiError(call("GET", "/items"), 404, "APIG.0101");
  }

  @Test
  void x_stage_picks_the_environment_with_its_own_variables() {
    String test = env(uniqueName("test"));
    String testName = client.get("/envs?page_size=500").body().path("envs").findValues("name")
        .stream().map(JsonNode::asText).filter(n -> n.startsWith("test")).reduce((a, b) -> b)
        .orElseThrow();
    variable(test, "backend", "127.0.0.1:" + backend.port());
    variable(test, "prefix", "staging");
    String id = create(httpApi("GET", "/where", "/#prefix#/where", ""));
    publish(id, test);

    assertHuaweiError(call("GET", "/where"), 404, "APIG.0101");
    HttpResponse<String> r = call("GET", "/where", "X-Stage", testName);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    backend.verify(getRequestedFor(urlEqualTo("/staging/where")));
    assertHuaweiError(call("GET", "/where", "X-Stage", "NOPE"), 404, "APIG.0101");
  }

  @Test
  void an_unknown_path_method_or_group_answers_404_apig_0101() {
    api(httpApi("GET", "/known", "/known", ""));

    assertHuaweiError(call("GET", "/unknown"), 404, "APIG.0101");
    assertHuaweiError(call("POST", "/known"), 404, "APIG.0101");
    groupId = "0123456789abcdef0123456789abcdef";
    assertHuaweiError(call("GET", "/known"), 404, "APIG.0101");
  }

  @Test
  void mock_backends_answer_their_result_content_verbatim() {
    String content = "{\"price\":\"$5\",\"tag\":\"#1\",\"velocity\":\"$input.body ]]# #end\"}";
    api("{\"req_method\":\"ANY\",\"req_uri\":\"/mock\",\"backend_type\":\"MOCK\","
        + "\"mock_info\":{\"result_content\":" + HuaweiClient.JSON.valueToTree(content) + "}}");

    HttpResponse<String> get = call("GET", "/mock");
    HttpResponse<String> delete = call("DELETE", "/mock");

    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(get.body()).isEqualTo(content);
    assertThat(delete.body()).isEqualTo(content);
    assertThat(get.headers().firstValue("X-Request-Id")).isPresent();
  }

  @Test
  void swa_matches_whole_segment_prefixes_appends_the_remainder_and_loses_to_normal() {
    api(httpApi("GET", "/test/", "/test2/", ",\"match_mode\":\"SWA\""));
    api(httpApi("GET", "/test/AA", "/deep", ",\"match_mode\":\"SWA\""));
    api(httpApi("GET", "/test/exact", "/exact", ""));

    call("GET", "/test/BB/CC/");
    backend.verify(getRequestedFor(urlEqualTo("/test2/BB/CC/")));
    call("GET", "/test/AA/x");
    backend.verify(getRequestedFor(urlEqualTo("/deep/x")));
    call("GET", "/test/AACC");
    backend.verify(getRequestedFor(urlEqualTo("/test2/AACC")));
    call("GET", "/test/exact");
    backend.verify(getRequestedFor(urlEqualTo("/exact")));
    call("GET", "/test");
    backend.verify(getRequestedFor(urlEqualTo("/test2/")));
  }

  @Test
  void an_unreachable_backend_answers_502_and_a_slow_one_504() throws IOException {
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    variable(RELEASE, "down", "127.0.0.1:" + closed);
    api("{\"req_method\":\"GET\",\"req_uri\":\"/down\",\"backend_type\":\"HTTP\","
        + "\"backend_api\":{\"url_domain\":\"#down#\",\"req_protocol\":\"HTTP\","
        + "\"req_method\":\"GET\",\"req_uri\":\"/x\",\"timeout\":5000}}");
    backend.stubFor(any(urlEqualTo("/slow")).willReturn(aResponse().withFixedDelay(1500)));
    api("{\"req_method\":\"GET\",\"req_uri\":\"/slow\",\"backend_type\":\"HTTP\","
        + "\"backend_api\":{\"url_domain\":\"#backend#\",\"req_protocol\":\"HTTP\","
        + "\"req_method\":\"GET\",\"req_uri\":\"/slow\",\"timeout\":200}}");

    assertHuaweiError(call("GET", "/down"), 502, "APIG.0202");
    assertHuaweiError(call("GET", "/slow"), 504, "APIG.0203");
  }

  @Test
  void debug_mode_adds_the_latency_headers() {
    api(httpApi("GET", "/dbg", "/dbg", ""));

    HttpResponse<String> plain = call("GET", "/dbg");
    HttpResponse<String> debug = call("GET", "/dbg", "X-Apig-Mode", "debug");

    assertThat(plain.headers().firstValue("X-Apig-Latency")).isEmpty();
    assertThat(debug.headers().firstValue("X-Apig-Latency").orElseThrow()).matches("\\d+");
    assertThat(debug.headers().firstValue("X-Apig-Upstream-Latency").orElseThrow())
        .matches("\\d+");
  }

  // ------------------------------------------------------------------ parameters

  @Test
  void frontend_parameter_checks_answer_400_and_defaults_reach_the_backend() {
    api(httpApi("GET", "/search", "/search",
        ",\"req_params\":["
            + "{\"name\":\"q\",\"type\":\"STRING\",\"location\":\"QUERY\",\"required\":1,"
            + "\"valid_enable\":1,\"min_size\":2,\"max_size\":5},"
            + "{\"name\":\"page\",\"type\":\"NUMBER\",\"location\":\"QUERY\",\"valid_enable\":1,"
            + "\"min_num\":1,\"max_num\":10,\"default_value\":\"1\"},"
            + "{\"name\":\"X-Sort\",\"type\":\"STRING\",\"location\":\"HEADER\",\"valid_enable\":1,"
            + "\"enumerations\":\"asc,desc\",\"default_value\":\"asc\"}]"));

    assertHuaweiError(call("GET", "/search"), 400, "APIG.0201");
    assertThat(last().error().orElseThrow().cause()).contains("QUERY parameter \"q\"");
    assertHuaweiError(call("GET", "/search?q=a"), 400, "APIG.0201");
    assertHuaweiError(call("GET", "/search?q=abc&page=11"), 400, "APIG.0201");
    assertHuaweiError(call("GET", "/search?q=abc&page=x"), 400, "APIG.0201");
    assertHuaweiError(call("GET", "/search?q=abc", "X-Sort", "up"), 400, "APIG.0201");
    assertThat(last().error().orElseThrow().cause()).contains("enumerations");
    backend.verify(0, anyRequestedFor(anyUrl()));

    HttpResponse<String> ok = call("GET", "/search?q=abc");

    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    backend.verify(getRequestedFor(urlPathEqualTo("/search"))
        .withQueryParam("q", equalTo("abc")).withQueryParam("page", equalTo("1"))
        .withHeader("X-Sort", equalTo("asc")));
  }

  // ------------------------------------------------------------------ policies

  @Test
  void the_first_applicable_policy_backend_serves_with_its_own_parameters() {
    api(httpApi("GET", "/p", "/default",
        ",\"req_params\":[{\"name\":\"tier\",\"type\":\"STRING\",\"location\":\"QUERY\"},"
            + "{\"name\":\"region\",\"type\":\"STRING\",\"location\":\"HEADER\"}],"
            + "\"policy_https\":["
            + "{\"name\":\"gold_only\",\"url_domain\":\"#backend#\",\"req_protocol\":\"HTTP\","
            + "\"req_method\":\"GET\",\"req_uri\":\"/gold\",\"effect_mode\":\"ALL\","
            + "\"conditions\":[{\"condition_origin\":\"param\",\"condition_type\":\"exact\","
            + "\"req_param_name\":\"tier\",\"condition_value\":\"gold\"},"
            + "{\"condition_origin\":\"param\",\"condition_type\":\"enum\","
            + "\"req_param_name\":\"region\",\"condition_value\":\"eu,us\"}],"
            + "\"backend_params\":[{\"name\":\"X-Policy\",\"location\":\"HEADER\","
            + "\"origin\":\"CONSTANT\",\"value\":\"gold\"}]},"
            + "{\"name\":\"any_pattern\",\"url_domain\":\"#backend#\",\"req_protocol\":\"HTTP\","
            + "\"req_method\":\"GET\",\"req_uri\":\"/pattern\",\"effect_mode\":\"ANY\","
            + "\"conditions\":[{\"condition_origin\":\"param\",\"condition_type\":\"pattern\","
            + "\"req_param_name\":\"tier\",\"condition_value\":\"s.*\"},"
            + "{\"condition_origin\":\"source\",\"condition_value\":\"10.9.9.9\"}]},"
            + "{\"name\":\"from_here\",\"url_domain\":\"#backend#\",\"req_protocol\":\"HTTP\","
            + "\"req_method\":\"GET\",\"req_uri\":\"/local\",\"effect_mode\":\"ANY\","
            + "\"conditions\":[{\"condition_origin\":\"source\","
            + "\"condition_value\":\"10.0.0.1,127.0.0.1\"}]}]"));

    call("GET", "/p?tier=gold", "region", "eu");
    backend.verify(getRequestedFor(urlPathEqualTo("/gold")).withHeader("X-Policy", equalTo("gold")));
    call("GET", "/p?tier=silver");
    backend.verify(getRequestedFor(urlPathEqualTo("/pattern")));
    call("GET", "/p?tier=gold", "region", "asia");
    backend.verify(getRequestedFor(urlPathEqualTo("/local")).withHeader("X-Policy", absent()));
  }

  @Test
  void without_an_applicable_policy_the_default_backend_serves_and_mock_policies_answer() {
    api(httpApi("GET", "/q", "/default",
        ",\"req_params\":[{\"name\":\"mode\",\"type\":\"STRING\",\"location\":\"QUERY\"}],"
            + "\"policy_https\":[{\"name\":\"beta\",\"url_domain\":\"#backend#\","
            + "\"req_protocol\":\"HTTP\",\"req_method\":\"GET\",\"req_uri\":\"/beta\","
            + "\"effect_mode\":\"ALL\",\"conditions\":[{\"condition_origin\":\"param\","
            + "\"condition_type\":\"exact\",\"req_param_name\":\"mode\","
            + "\"condition_value\":\"beta\"}]}]"));
    api("{\"req_method\":\"GET\",\"req_uri\":\"/m\",\"backend_type\":\"MOCK\","
        + "\"mock_info\":{\"result_content\":\"default\"},"
        + "\"req_params\":[{\"name\":\"mode\",\"type\":\"STRING\",\"location\":\"QUERY\"}],"
        + "\"policy_mocks\":[{\"name\":\"maintenance\",\"result_content\":\"down\","
        + "\"effect_mode\":\"ANY\",\"conditions\":[{\"condition_origin\":\"param\","
        + "\"condition_type\":\"enum\",\"req_param_name\":\"mode\","
        + "\"condition_value\":\"off,maintenance\"}]}]}");

    call("GET", "/q");
    backend.verify(getRequestedFor(urlEqualTo("/default")));
    call("GET", "/q?mode=gamma");
    backend.verify(getRequestedFor(urlEqualTo("/default?mode=gamma")));
    call("GET", "/q?mode=beta");
    backend.verify(getRequestedFor(urlEqualTo("/beta?mode=beta")));
    assertThat(call("GET", "/m").body()).isEqualTo("default");
    assertThat(call("GET", "/m?mode=maintenance").body()).isEqualTo("down");
  }
}
