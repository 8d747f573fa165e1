package io.github.fakeapigw.management.huawei;

import static io.github.fakeapigw.management.huawei.HuaweiFixtures.HEX_ID;
import static io.github.fakeapigw.management.huawei.HuaweiFixtures.TIME;
import static io.github.fakeapigw.management.huawei.HuaweiFixtures.load;
import static io.github.fakeapigw.management.huawei.HuaweiFixtures.masked;
import static io.github.fakeapigw.management.huawei.HuaweiFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakeapigw.management.huawei.HuaweiClient.Response;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * APIs over real HTTP: create, modify (the reference page's example, byte for byte but ids and
 * times), get, list, delete, and every rule of the Modify-API page.
 */
class HuaweiApiManagementTest extends HuaweiManagementTest {

  private String group(String name) {
    Response r = client.post("/api-groups", Map.of("name", name, "remark", "test group"));
    assertThat(r.status()).as("%s", r).isEqualTo(201);
    return r.text("id");
  }

  private ObjectNode ordersApi(String groupId) {
    return load("create-api-request.json", Map.of("group", groupId));
  }

  private Response create(ObjectNode body) {
    return client.post("/apis", body);
  }

  private String created(ObjectNode body) {
    Response r = create(body);
    assertThat(r.status()).as("%s", r).isEqualTo(201);
    return r.text("id");
  }

  private static void assertError(Response r, int status, String code, String msg) {
    assertThat(r.status()).as("%s", r).isEqualTo(status);
    assertThat(r.body().path("error_code").asText()).as("%s", r).isEqualTo(code);
    assertThat(r.body().path("error_msg").asText()).as("%s", r).isEqualTo(msg);
    assertThat(r.body().path("request_id").asText()).matches("[a-z0-9]{32}");
  }

  private static String invalid(String parameter) {
    return "Invalid parameter value,parameterName:" + parameter
        + ". Please refer to the support documentation";
  }

  private static String missing(String parameter) {
    return "The request parameters must be specified,parameterName:" + parameter
        + ". Please refer to the support documentation";
  }

  @Test
  void modifying_an_api_with_the_reference_pages_example_answers_in_the_shape_of_its_example() {
    String groupId = group("group0002"); // the example response's group_name
    String apiId = created(ordersApi(groupId));
    ObjectNode seed = load("modify-api-request.json");

    Response r = client.put("/apis/" + apiId, seed);

    assertThat(r.status()).as("%s", r).isEqualTo(200);
    assertThat(r.text("id")).isEqualTo(apiId);
    assertThat(r.text("group_id")).isEqualTo(groupId);
    assertThat(r.body().at("/backend_params/0/req_param_id"))
        .isEqualTo(r.body().at("/req_params/0/id"));
    assertThat(r.body().at("/backend_params/1/req_param_id"))
        .isEqualTo(r.body().at("/req_params/1/id"));
    ObjectNode expected = load("modify-api-response.json");
    assertThat(masked(r.body())).isEqualTo(expected);
    // and a GET answers the same
    assertThat(client.get("/apis/" + apiId).body()).isEqualTo(r.body());
  }

  @Test
  void creating_an_api_answers_201_with_ids_times_and_upper_cased_enumerations() {
    String groupId = group(uniqueName("orders"));

    Response r = create(ordersApi(groupId));

    assertThat(r.status()).as("%s", r).isEqualTo(201);
    JsonNode b = r.body();
    assertThat(b.path("id").asText()).matches(HEX_ID);
    assertThat(b.path("register_time").asText()).matches(TIME);
    assertThat(b.path("req_protocol").asText()).isEqualTo("HTTPS");
    assertThat(b.path("req_method").asText()).isEqualTo("GET");
    assertThat(b.path("auth_type").asText()).isEqualTo("NONE");
    assertThat(b.at("/auth_opt/app_code_auth_type").asText()).isEqualTo("DISABLE");
    assertThat(b.path("backend_type").asText()).isEqualTo("HTTP");
    assertThat(b.at("/backend_api/req_protocol").asText()).isEqualTo("HTTP");
    assertThat(b.at("/backend_api/url_domain").asText()).isEqualTo("#backend#");
    assertThat(b.at("/req_params/0/location").asText()).isEqualTo("PATH");
    assertThat(b.at("/req_params/0/required").asInt()).isEqualTo(1);
    assertThat(b.at("/req_params/1/type").asText()).isEqualTo("NUMBER");
    assertThat(b.at("/req_params/1/required").asInt()).isEqualTo(2);
    assertThat(b.at("/req_params/1/valid_enable").asInt()).isEqualTo(1);
    assertThat(b.at("/backend_params/1/origin").asText()).isEqualTo("SYSTEM");
    assertThat(b.at("/backend_params/1/location").asText()).isEqualTo("HEADER");
    assertThat(b.at("/backend_params/1/req_param_id").isMissingNode()).isTrue();
    assertThat(b.has("run_env_id")).isFalse();
    assertThat(b.has("mock_info")).isFalse();
  }

  @Test
  void an_unknown_api_answers_404_apig_3002_on_get_modify_and_delete() {
    String id = "0123456789abcdef0123456789abcdef";
    String msg = "The API does not exist.";
    assertError(client.get("/apis/" + id), 404, "APIG.3002", msg);
    assertError(client.put("/apis/" + id, load("modify-api-request.json")), 404, "APIG.3002", msg);
    assertError(client.delete("/apis/" + id), 404, "APIG.3002", msg);
  }

  @Test
  void creating_an_api_in_an_unknown_group_answers_404_apig_3001() {
    assertError(create(ordersApi("0123456789abcdef0123456789abcdef")), 404, "APIG.3001",
        "The API group does not exist.");
  }

  @Test
  void delete_answers_204_and_the_api_is_gone() {
    String apiId = created(ordersApi(group(uniqueName("orders"))));

    Response r = client.delete("/apis/" + apiId);

    assertThat(r.status()).isEqualTo(204);
    assertThat(client.get("/apis/" + apiId).status()).isEqualTo(404);
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        rule("name missing", b -> b.remove("name"), "APIG.2001", missing("name")),
        rule("name too short", b -> b.put("name", "ab"), "APIG.2012", invalid("name")),
        rule("name starts with a digit", b -> b.put("name", "1abc"), "APIG.2012", invalid("name")),
        rule("name with a dash", b -> b.put("name", "a-bc"), "APIG.2012", invalid("name")),
        rule("name of 65", b -> b.put("name", "a".repeat(65)), "APIG.2012", invalid("name")),
        rule("type missing", b -> b.remove("type"), "APIG.2001", missing("type")),
        rule("type 3", b -> b.put("type", 3), "APIG.2012", invalid("type")),
        rule("type not a number", b -> b.put("type", "public"), "APIG.2012", invalid("type")),
        rule("version of 17", b -> b.put("version", "v".repeat(17)), "APIG.2012",
            invalid("version")),
        rule("req_protocol FTP", b -> b.put("req_protocol", "ftp"), "APIG.2012",
            invalid("req_protocol")),
        rule("req_method missing", b -> b.remove("req_method"), "APIG.2001",
            missing("req_method")),
        rule("req_method TRACE", b -> b.put("req_method", "trace"), "APIG.2012",
            invalid("req_method")),
        rule("req_uri missing", b -> b.remove("req_uri"), "APIG.2001", missing("req_uri")),
        rule("req_uri without a slash", b -> b.put("req_uri", "orders"), "APIG.2012",
            invalid("req_uri")),
        rule("req_uri with a space", b -> b.put("req_uri", "/or ders/{id}"), "APIG.2012",
            invalid("req_uri")),
        rule("match_mode PREFIX", b -> b.put("match_mode", "prefix"), "APIG.2012",
            invalid("match_mode")),
        rule("remark of 256", b -> b.put("remark", "r".repeat(256)), "APIG.2012",
            invalid("remark")),
        rule("auth_type missing", b -> b.remove("auth_type"), "APIG.2001", missing("auth_type")),
        rule("auth_type BASIC", b -> b.put("auth_type", "basic"), "APIG.2012",
            invalid("auth_type")),
        rule("app_code_auth_type QUERY",
            b -> b.put("auth_type", "APP").putObject("auth_opt").put("app_code_auth_type", "QUERY"),
            "APIG.2012", invalid("app_code_auth_type")),
        rule("app_code_auth_type HEADER without APP",
            b -> b.putObject("auth_opt").put("app_code_auth_type", "HEADER"),
            "APIG.2012", invalid("app_code_auth_type")),
        rule("backend_type missing", b -> b.remove("backend_type"), "APIG.2001",
            missing("backend_type")),
        rule("backend_type GRPC", b -> b.put("backend_type", "grpc"), "APIG.2012",
            invalid("backend_type")),
        rule("HTTP without backend_api", b -> b.remove("backend_api"), "APIG.2001",
            missing("backend_api")),
        rule("MOCK without mock_info", b -> b.put("backend_type", "MOCK"), "APIG.2001",
            missing("mock_info")),
        rule("FUNCTION without func_info", b -> b.put("backend_type", "FUNCTION"), "APIG.2001",
            missing("func_info")),
        rule("two service-name tags",
            b -> b.putArray("tags").add("APIG-SN-a").add("APIG-SN-b"), "APIG.2012",
            invalid("tags")),
        rule("body_remark of 20481", b -> b.put("body_remark", "x".repeat(20481)), "APIG.2012",
            invalid("body_remark")),
        rule("result_normal_sample of 20481",
            b -> b.put("result_normal_sample", "x".repeat(20481)), "APIG.2012",
            invalid("result_normal_sample")),
        rule("url_domain missing", b -> backend(b).remove("url_domain"), "APIG.2001",
            missing("url_domain")),
        rule("url_domain with a slash", b -> backend(b).put("url_domain", "a/b"), "APIG.2024",
            "Invalid URL domain."),
        rule("url_domain of 256", b -> backend(b).put("url_domain", "a".repeat(256)),
            "APIG.2024", "Invalid URL domain."),
        rule("url_domain port 70000", b -> backend(b).put("url_domain", "example.com:70000"),
            "APIG.2025", "Invalid port."),
        rule("url_domain variable of 2", b -> backend(b).put("url_domain", "#ab#"), "APIG.2024",
            "Invalid URL domain."),
        rule("backend req_protocol BOTH", b -> backend(b).put("req_protocol", "BOTH"),
            "APIG.2012", invalid("req_protocol")),
        rule("backend req_method missing", b -> backend(b).remove("req_method"), "APIG.2001",
            missing("req_method")),
        rule("backend req_uri missing", b -> backend(b).remove("req_uri"), "APIG.2001",
            missing("req_uri")),
        rule("vpc_status 3", b -> backend(b).put("vpc_status", 3), "APIG.2012",
            invalid("vpc_status")),
        rule("vpc_status 1 without vpc_info", b -> backend(b).put("vpc_status", 1), "APIG.2001",
            missing("vpc_info")),
        rule("mock_info version of 65",
            b -> mock(b).put("version", "v".repeat(65)), "APIG.2012", invalid("version")),
        rule("func_info without function_urn",
            b -> function(b).remove("function_urn"), "APIG.2001", missing("function_urn")),
        rule("func_info invocation_type later",
            b -> function(b).put("invocation_type", "later"), "APIG.2012",
            invalid("invocation_type")),
        rule("func_info version of 65",
            b -> function(b).put("version", "v".repeat(65)), "APIG.2012", invalid("version")),
        rule("req_params name of 33", b -> param(b, 1).put("name", "a".repeat(33)), "APIG.2012",
            invalid("name")),
        rule("req_params name x-stage", b -> param(b, 1).put("name", "x-stage"), "APIG.2012",
            invalid("name")),
        rule("req_params name x-apig-", b -> param(b, 1).put("name", "X-Apig-Foo"), "APIG.2012",
            invalid("name")),
        rule("req_params type DATE", b -> param(b, 1).put("type", "date"), "APIG.2012",
            invalid("type")),
        rule("req_params location BODY", b -> param(b, 1).put("location", "body"), "APIG.2012",
            invalid("location")),
        rule("req_params required 3", b -> param(b, 1).put("required", 3), "APIG.2012",
            invalid("required")),
        rule("req_params valid_enable 0", b -> param(b, 1).put("valid_enable", 0), "APIG.2012",
            invalid("valid_enable")),
        rule("req_params duplicate name", b -> param(b, 1).put("name", "ID"), "APIG.3209",
            "The parameter name already exists."),
        rule("path parameter not declared", b -> b.put("req_uri", "/orders/{id}/{line}"),
            "APIG.2026", "The request path parameters are not defined."),
        rule("greedy path parameter not declared", b -> b.put("req_uri", "/orders/{id}/{rest+}"),
            "APIG.2026", "The request path parameters are not defined."),
        rule("backend path parameter not declared",
            b -> backend(b).put("req_uri", "/v1/orders/{id}/{line}"), "APIG.2027",
            "The backend path parameters are not defined."),
        rule("backend_params origin HEADER", b -> backendParam(b, 0).put("origin", "header"),
            "APIG.2012", invalid("origin")),
        rule("backend_params value missing", b -> backendParam(b, 0).remove("value"),
            "APIG.2001", missing("value")),
        rule("backend_params value of 256",
            b -> backendParam(b, 1).put("origin", "CONSTANT").put("value", "v".repeat(256)),
            "APIG.2012", invalid("value")),
        rule("backend_params REQUEST of an undeclared parameter",
            b -> backendParam(b, 0).put("value", "nope"), "APIG.2028",
            "The request parameters mapped to the backend parameters are not defined."),
        rule("backend_params name x-sdk-", b -> backendParam(b, 1).put("name", "x-sdk-date"),
            "APIG.2012", invalid("name")),
        rule("policy name of 2", b -> policy(b).put("name", "p1"), "APIG.2012", invalid("name")),
        rule("policy effect_mode SOME", b -> policy(b).put("effect_mode", "some"), "APIG.2012",
            invalid("effect_mode")),
        rule("policy without conditions", b -> policy(b).remove("conditions"), "APIG.2001",
            missing("conditions")),
        rule("policy req_uri of 513", b -> policy(b).put("req_uri", "/" + "p".repeat(512)),
            "APIG.2012", invalid("req_uri")),
        rule("two policies of one name", b -> {
          policy(b);
          ((ArrayNode) b.get("policy_https")).add(b.get("policy_https").get(0).deepCopy());
        }, "APIG.3210", "The backend policy name already exists."),
        rule("condition_origin cookie", b -> condition(b).put("condition_origin", "cookie"),
            "APIG.2012", invalid("condition_origin")),
        rule("param condition without condition_type",
            b -> condition(b).remove("condition_type"), "APIG.2001", missing("condition_type")),
        rule("condition_type like", b -> condition(b).put("condition_type", "like"),
            "APIG.2012", invalid("condition_type")),
        rule("param condition without req_param_name",
            b -> condition(b).remove("req_param_name"), "APIG.2001", missing("req_param_name")),
        rule("param condition on an undeclared parameter",
            b -> condition(b).put("req_param_name", "nope"), "APIG.2012",
            invalid("req_param_name")),
        rule("pattern condition that does not compile",
            b -> condition(b).put("condition_type", "pattern").put("condition_value", "(["),
            "APIG.2012", invalid("condition_value")),
        rule("policy_mocks on an HTTP API", b -> b.putArray("policy_mocks").addObject(),
            "APIG.2012", invalid("policy_mocks")));
  }

  private static Arguments rule(String what, Consumer<ObjectNode> change, String code, String msg) {
    return Arguments.of(what, change, code, msg);
  }

  private static ObjectNode backend(ObjectNode b) {
    return (ObjectNode) b.get("backend_api");
  }

  private static ObjectNode param(ObjectNode b, int i) {
    return (ObjectNode) b.get("req_params").get(i);
  }

  private static ObjectNode backendParam(ObjectNode b, int i) {
    return (ObjectNode) b.get("backend_params").get(i);
  }

  private static ObjectNode mock(ObjectNode b) {
    b.put("backend_type", "MOCK");
    return b.putObject("mock_info").put("result_content", "{}");
  }

  private static ObjectNode function(ObjectNode b) {
    b.put("backend_type", "FUNCTION");
    return b.putObject("func_info").put("function_urn", "urn:fss:cn-north-4:p:function:default:f")
        .put("invocation_type", "sync");
  }

  private static ObjectNode policy(ObjectNode b) {
    if (!b.has("policy_https")) {
      ObjectNode p = b.putArray("policy_https").addObject();
      p.put("name", "verbose_backend").put("url_domain", "verbose.example.com")
          .put("req_protocol", "HTTP").put("req_method", "GET").put("req_uri", "/verbose/{id}")
          .put("effect_mode", "ANY");
      p.putArray("conditions").addObject().put("condition_origin", "param")
          .put("condition_type", "exact").put("condition_value", "1")
          .put("req_param_name", "verbose");
    }
    return (ObjectNode) b.get("policy_https").get(0);
  }

  private static ObjectNode condition(ObjectNode b) {
    return (ObjectNode) policy(b).get("conditions").get(0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void a_body_breaking_a_rule_answers_400_naming_it(
      String what, Consumer<ObjectNode> change, String code, String msg) {
    ObjectNode body = ordersApi(group(uniqueName("rules")));
    change.accept(body);

    assertError(create(body), 400, code, msg);
  }

  @Test
  void more_than_five_policies_answer_403_apig_3113() {
    ObjectNode body = ordersApi(group(uniqueName("rules")));
    policy(body);
    ArrayNode policies = (ArrayNode) body.get("policy_https");
    for (int i = 2; i <= 6; i++) {
      policies.add(((ObjectNode) policies.get(0).deepCopy()).put("name", "policy_" + i));
    }

    assertError(create(body), 403, "APIG.3113",
        "The number of backend policies has reached the upper limit.");
  }

  @Test
  void a_policy_answers_ids_and_the_frontend_parameter_its_condition_names() {
    ObjectNode body = ordersApi(group(uniqueName("policies")));
    policy(body);

    Response r = create(body);

    assertThat(r.status()).as("%s", r).isEqualTo(201);
    JsonNode p = r.body().at("/policy_https/0");
    assertThat(p.path("id").asText()).matches(HEX_ID);
    assertThat(p.path("timeout").asInt()).isEqualTo(45000);
    assertThat(p.path("vpc_status").asInt()).isEqualTo(2);
    assertThat(p.at("/conditions/0/id").asText()).matches(HEX_ID);
    assertThat(p.at("/conditions/0/req_param_id")).isEqualTo(r.body().at("/req_params/1/id"));
    assertThat(p.at("/conditions/0/req_param_location").asText()).isEqualTo("QUERY");
    assertThat(p.at("/conditions/0/condition_type").asText()).isEqualTo("exact");
  }

  @Test
  void mock_and_function_backends_round_trip_with_their_policies() {
    String groupId = group(uniqueName("backends"));
    ObjectNode mockApi = ordersApi(groupId);
    mockApi.remove("backend_api");
    mockApi.remove("backend_params");
    mock(mockApi).put("version", "1.0");
    ObjectNode pm = mockApi.putArray("policy_mocks").addObject()
        .put("name", "verbose_mock").put("result_content", "{\"verbose\":true}")
        .put("effect_mode", "all");
    pm.putArray("conditions").addObject().put("condition_origin", "source")
        .put("condition_value", "127.0.0.1");
    ObjectNode functionApi = ordersApi(groupId).put("name", "orders_fn").put("req_method", "POST");
    functionApi.remove("backend_api");
    functionApi.remove("backend_params");
    function(functionApi).put("timeout", 0);

    Response m = create(mockApi);
    Response f = create(functionApi);

    assertThat(m.status()).as("%s", m).isEqualTo(201);
    assertThat(m.body().at("/mock_info/result_content").asText()).isEqualTo("{}");
    assertThat(m.body().at("/mock_info/id").asText()).matches(HEX_ID);
    assertThat(m.body().at("/policy_mocks/0/effect_mode").asText()).isEqualTo("ALL");
    assertThat(m.body().at("/policy_mocks/0/conditions/0/condition_origin").asText())
        .isEqualTo("source");
    assertThat(f.status()).as("%s", f).isEqualTo(201);
    assertThat(f.body().at("/func_info/invocation_type").asText()).isEqualTo("sync");
    assertThat(f.body().at("/func_info/timeout").asInt()).isEqualTo(45000);
    assertThat(f.body().has("backend_api")).isFalse();
  }

  @Test
  void an_out_of_range_backend_timeout_is_replaced_by_45000_rather_than_rejected() {
    ObjectNode body = ordersApi(group(uniqueName("timeouts")));
    backend(body).put("timeout", 60001);

    Response r = create(body);

    assertThat(r.status()).as("%s", r).isEqualTo(201);
    assertThat(r.body().at("/backend_api/timeout").asInt()).isEqualTo(45000);
  }

  @Test
  void unknown_fields_are_ignored_and_not_echoed() {
    ObjectNode body = ordersApi(group(uniqueName("unknown")));
    body.put("not_a_huawei_field", "x");
    backend(body).put("neither_is_this", 1);

    Response r = create(body);

    assertThat(r.status()).as("%s", r).isEqualTo(201);
    assertThat(r.body().has("not_a_huawei_field")).isFalse();
    assertThat(r.body().get("backend_api").has("neither_is_this")).isFalse();
  }

  @Test
  void a_body_that_is_not_json_answers_400_apig_2000() {
    assertError(client.post("/apis", "{not json"), 400, "APIG.2000", "Parameter error.");
  }

  @Test
  void a_second_api_of_the_same_name_or_route_in_a_group_answers_400_not_409() {
    String groupId = group(uniqueName("dupes"));
    created(ordersApi(groupId));

    assertError(create(ordersApi(groupId).put("req_uri", "/other/{id}")), 400, "APIG.3202",
        "The API name already exists.");
    assertError(create(ordersApi(groupId).put("name", "orders_again")), 400, "APIG.3301",
        "The API already exists.");
    // the same route matched as a prefix is another API
    assertThat(create(ordersApi(groupId).put("name", "orders_swa").put("match_mode", "SWA"))
        .status()).isEqualTo(201);
    // paths are case-sensitive
    assertThat(create(ordersApi(groupId).put("name", "orders_upper").put("req_uri", "/Orders/{id}"))
        .status()).isEqualTo(201);
    // and another group may reuse both
    assertThat(create(ordersApi(group(uniqueName("dupes")))).status()).isEqualTo(201);
  }

  @Test
  void modify_replaces_the_whole_api_but_keeps_its_group_id_and_register_time() {
    String groupId = group(uniqueName("modify"));
    Response before = create(ordersApi(groupId));
    ObjectNode change = ordersApi(group(uniqueName("other"))).put("remark", "changed");
    change.remove("backend_params");
    backend(change).put("req_uri", "/v2/orders");

    Response r = client.put("/apis/" + before.text("id"), change);

    assertThat(r.status()).as("%s", r).isEqualTo(200);
    assertThat(r.text("group_id")).isEqualTo(groupId);
    assertThat(r.text("register_time")).isEqualTo(before.text("register_time"));
    assertThat(r.text("remark")).isEqualTo("changed");
    assertThat(r.body().has("backend_params")).isFalse();
    assertThat(r.body().at("/backend_api/id")).isEqualTo(before.body().at("/backend_api/id"));
  }

  @Test
  void list_pages_filters_and_searches_precisely_when_asked() {
    String groupId = group(uniqueName("listing"));
    for (int i = 1; i <= 5; i++) {
      created(ordersApi(groupId).put("name", "list_api_" + i).put("req_uri", "/items" + i));
    }
    created(ordersApi(groupId).put("name", "list_api").put("req_uri", "/item")
        .put("req_method", "POST"));
    String q = "/apis?group_id=" + groupId;

    Response page2 = client.get(q + "&page_size=2&page_no=2");
    assertThat(page2.status()).isEqualTo(200);
    assertThat(page2.body().path("total").asInt()).isEqualTo(6);
    assertThat(page2.body().path("size").asInt()).isEqualTo(2);
    assertThat(page2.body().at("/apis/0/name").asText()).isEqualTo("list_api_3");
    assertThat(client.get(q + "&page_size=0").body().path("size").asInt()).isEqualTo(6);
    assertThat(client.get(q + "&page_no=9").body().path("size").asInt()).isZero();
    assertThat(client.get(q + "&name=list_api").body().path("total").asInt()).isEqualTo(6);
    assertThat(client.get(q + "&name=LIST_API_2").body().path("total").asInt()).isEqualTo(1);
    assertThat(client.get(q + "&name=list_api&precise_search=name").body().at("/apis/0/req_uri")
        .asText()).isEqualTo("/item");
    assertThat(client.get(q + "&name=list_api&precise_search=name").body().path("total").asInt())
        .isEqualTo(1);
    assertThat(client.get(q + "&req_uri=/items").body().path("total").asInt()).isEqualTo(5);
    assertThat(client.get(q + "&req_method=post").body().path("total").asInt()).isEqualTo(1);
    assertThat(client.get(q + "&auth_type=IAM").body().path("total").asInt()).isZero();
    assertThat(client.get(q + "&type=1").body().path("total").asInt()).isEqualTo(6);
  }

  @Test
  void a_page_size_over_500_or_a_page_no_of_0_answers_400_naming_it() {
    assertError(client.get("/apis?page_size=501"), 400, "APIG.2012", invalid("page_size"));
    assertError(client.get("/apis?page_no=0"), 400, "APIG.2012", invalid("page_no"));
    assertError(client.get("/apis?page_size=ten"), 400, "APIG.2012", invalid("page_size"));
    assertThat(client.get("/apis?page_size=500").status()).isEqualTo(200);
  }
}
