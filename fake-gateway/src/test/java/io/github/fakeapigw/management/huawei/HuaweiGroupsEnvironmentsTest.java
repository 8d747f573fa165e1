package io.github.fakeapigw.management.huawei;

import static io.github.fakeapigw.management.huawei.HuaweiFixtures.HEX_ID;
import static io.github.fakeapigw.management.huawei.HuaweiFixtures.TIME;
import static io.github.fakeapigw.management.huawei.HuaweiFixtures.load;
import static io.github.fakeapigw.management.huawei.HuaweiFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.management.huawei.HuaweiClient.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** API groups, environments and environment variables over real HTTP. */
class HuaweiGroupsEnvironmentsTest extends HuaweiManagementTest {
  private static final String UNKNOWN = "0123456789abcdef0123456789abcdef";

  static void assertError(Response r, int status, String code, String msg) {
    assertThat(r.status()).as("%s", r).isEqualTo(status);
    assertThat(r.text("error_code")).as("%s", r).isEqualTo(code);
    assertThat(r.text("error_msg")).as("%s", r).isEqualTo(msg);
  }

  private String group(String name) {
    Response r = client.post("/api-groups", Map.of("name", name));
    assertThat(r.status()).as("%s", r).isEqualTo(201);
    return r.text("id");
  }

  private String env(String name) {
    Response r = client.post("/envs", Map.of("name", name, "remark", "for tests"));
    assertThat(r.status()).as("%s", r).isEqualTo(201);
    return r.text("id");
  }

  @Test
  void creating_a_group_answers_its_debug_domain_ids_and_times() {
    Response r = client.post("/api-groups", Map.of("name", "shop_api", "remark", "the shop"));

    assertThat(r.status()).isEqualTo(201);
    assertThat(r.text("id")).matches(HEX_ID);
    assertThat(r.text("name")).isEqualTo("shop_api");
    assertThat(r.text("remark")).isEqualTo("the shop");
    assertThat(r.body().path("status").asInt()).isEqualTo(1);
    assertThat(r.text("sl_domain")).isEqualTo(r.text("id") + ".apic.cn-north-4.huaweicloudapis.com");
    assertThat(r.body().path("sl_domains").get(0).asText()).isEqualTo(r.text("sl_domain"));
    assertThat(r.text("register_time")).matches(TIME);
    assertThat(r.body().path("on_sell_status").asInt()).isEqualTo(2);
    assertThat(r.body().path("url_domains").isArray()).isTrue();
    assertThat(r.headers().firstValue("X-Request-Id")).isPresent();
    assertThat(client.get("/api-groups/" + r.text("id")).body()).isEqualTo(r.body());
  }

  @Test
  void group_names_follow_the_v1_rule_and_are_unique() {
    group("unique_group");
    assertError(client.post("/api-groups", Map.of("name", "unique_group")), 400, "APIG.3201",
        "The API group name already exists.");
    assertError(client.post("/api-groups", Map.of("name", "ab")), 400, "APIG.2012",
        "Invalid parameter value,parameterName:name. Please refer to the support documentation");
    assertError(client.post("/api-groups", Map.of("name", "shop-api")), 400, "APIG.2012",
        "Invalid parameter value,parameterName:name. Please refer to the support documentation");
    assertError(client.post("/api-groups", Map.of("remark", "no name")), 400, "APIG.2001",
        "The request parameters must be specified,parameterName:name. Please refer to the"
            + " support documentation");
    assertError(client.post("/api-groups", Map.of("name", "long_remark", "remark", "r".repeat(256))),
        400, "APIG.2012",
        "Invalid parameter value,parameterName:remark. Please refer to the support documentation");
  }

  @Test
  void modifying_a_group_renames_it_on_its_apis_too() {
    String id = group(uniqueName("before"));
    Response api = client.post("/apis", load("create-api-request.json", Map.of("group", id)));
    assertThat(api.status()).as("%s", api).isEqualTo(201);

    Response r = client.put("/api-groups/" + id, Map.of("name", "after_rename", "remark", "new"));

    assertThat(r.status()).as("%s", r).isEqualTo(200);
    assertThat(r.text("name")).isEqualTo("after_rename");
    assertThat(r.text("remark")).isEqualTo("new");
    assertThat(client.get("/apis/" + api.text("id")).text("group_name")).isEqualTo("after_rename");
  }

  @Test
  void a_group_with_apis_cannot_be_deleted_and_an_empty_one_can() {
    String id = group(uniqueName("busy"));
    Response api = client.post("/apis", load("create-api-request.json", Map.of("group", id)));

    assertError(client.delete("/api-groups/" + id), 403, "APIG.3415",
        "The API group cannot be deleted because it contains APIs.");
    assertThat(client.delete("/apis/" + api.text("id")).status()).isEqualTo(204);
    assertThat(client.delete("/api-groups/" + id).status()).isEqualTo(204);
    assertError(client.get("/api-groups/" + id), 404, "APIG.3001", "The API group does not exist.");
    assertError(client.delete("/api-groups/" + id), 404, "APIG.3001",
        "The API group does not exist.");
  }

  @Test
  void groups_list_by_name_fuzzily_or_precisely() {
    group("listed_alpha");
    group("listed_alpha_two");
    group("listed_beta");

    assertThat(client.get("/api-groups?name=listed_").body().path("total").asInt()).isEqualTo(3);
    assertThat(client.get("/api-groups?name=listed_alpha").body().path("total").asInt())
        .isEqualTo(2);
    Response precise = client.get("/api-groups?name=listed_alpha&precise_search=name");
    assertThat(precise.body().path("total").asInt()).isEqualTo(1);
    assertThat(precise.body().at("/groups/0/name").asText()).isEqualTo("listed_alpha");
    Response paged = client.get("/api-groups?name=listed_&page_size=2&page_no=2");
    assertThat(paged.body().path("size").asInt()).isEqualTo(1);
    assertThat(paged.body().at("/groups/0/name").asText()).isEqualTo("listed_beta");
  }

  @Test
  void the_release_environment_is_built_in_and_cannot_be_changed() {
    Response list = client.get("/envs?name=RELEASE&precise_search=name");

    assertThat(list.body().path("total").asInt()).isEqualTo(1);
    assertThat(list.body().at("/envs/0/id").asText()).isEqualTo("DEFAULT_ENVIRONMENT_RELEASE_ID");
    assertError(client.delete("/envs/DEFAULT_ENVIRONMENT_RELEASE_ID"), 403, "APIG.3400",
        "The resource cannot be changed.");
    assertError(client.put("/envs/DEFAULT_ENVIRONMENT_RELEASE_ID", Map.of("name", "PROD")), 403,
        "APIG.3400", "The resource cannot be changed.");
  }

  @Test
  void environments_are_created_renamed_listed_and_deleted() {
    Response created = client.post("/envs", Map.of("name", "env_crud", "remark", "r"));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.text("id")).matches(HEX_ID);
    assertThat(created.text("create_time")).matches(TIME);
    String id = created.text("id");

    assertError(client.post("/envs", Map.of("name", "ENV_CRUD")), 400, "APIG.3205",
        "The environment name already exists.");
    assertError(client.post("/envs", Map.of("name", "9env")), 400, "APIG.2012",
        "Invalid parameter value,parameterName:name. Please refer to the support documentation");
    Response renamed = client.put("/envs/" + id, Map.of("name", "env_crud_renamed"));
    assertThat(renamed.status()).as("%s", renamed).isEqualTo(200);
    assertThat(renamed.text("create_time")).isEqualTo(created.text("create_time"));
    assertThat(client.get("/envs?name=env_crud_renamed").body().path("total").asInt())
        .isEqualTo(1);
    assertThat(client.delete("/envs/" + id).status()).isEqualTo(204);
    assertError(client.delete("/envs/" + id), 404, "APIG.3003", "The environment does not exist.");
  }

  @Test
  void an_environment_with_published_apis_cannot_be_deleted() {
    String envId = env(uniqueName("busy_env"));
    String groupId = group(uniqueName("busy_env_group"));
    client.post("/env-variables", Map.of("group_id", groupId, "env_id", envId,
        "variable_name", "backend", "variable_value", "127.0.0.1:8080"));
    String apiId = client.post("/apis", load("create-api-request.json", Map.of("group", groupId)))
        .text("id");
    assertThat(client.post("/apis/publish/" + apiId, Map.of("env_id", envId)).status())
        .isEqualTo(201);

    assertError(client.delete("/envs/" + envId), 403, "APIG.3418",
        "The environment cannot be deleted because it contains published APIs.");
    assertThat(client.delete("/apis/publish/" + apiId + "?env_id=" + envId).status())
        .isEqualTo(204);
    assertThat(client.delete("/envs/" + envId).status()).isEqualTo(204);
  }

  @Test
  void environment_variables_are_per_group_and_environment() {
    String groupId = group(uniqueName("vars"));
    String envId = env(uniqueName("vars_env"));
    Map<String, String> body = Map.of("group_id", groupId, "env_id", envId,
        "variable_name", "address", "variable_value", "backend.example.com:8080");

    Response created = client.post("/env-variables", body);

    assertThat(created.status()).as("%s", created).isEqualTo(201);
    assertThat(created.text("id")).matches(HEX_ID);
    assertThat(created.text("variable_value")).isEqualTo("backend.example.com:8080");
    assertError(client.post("/env-variables", body), 400, "APIG.3303",
        "The environment variable already exists.");
    assertThat(client.post("/env-variables", Map.of("group_id", groupId,
        "env_id", "DEFAULT_ENVIRONMENT_RELEASE_ID", "variable_name", "address",
        "variable_value", "prod.example.com")).status()).isEqualTo(201);
    Response list = client.get("/env-variables?group_id=" + groupId + "&env_id=" + envId);
    assertThat(list.body().path("total").asInt()).isEqualTo(1);
    assertThat(list.body().at("/variables/0/variable_name").asText()).isEqualTo("address");
    assertThat(client.get("/env-variables?group_id=" + groupId).body().path("total").asInt())
        .isEqualTo(2);
    assertThat(client.get("/env-variables/" + created.text("id")).body())
        .isEqualTo(created.body());
    assertThat(client.delete("/env-variables/" + created.text("id")).status()).isEqualTo(204);
    assertError(client.get("/env-variables/" + created.text("id")), 404, "APIG.3011",
        "The environment variable does not exist.");
  }

  @Test
  void environment_variable_rules_answer_huaweis_codes() {
    String groupId = group(uniqueName("var_rules"));
    String base = "The request parameters must be specified,parameterName:";
    String suffix = ". Please refer to the support documentation";
    assertError(client.get("/env-variables"), 400, "APIG.2001", base + "group_id" + suffix);
    assertError(client.post("/env-variables", Map.of("env_id", "DEFAULT_ENVIRONMENT_RELEASE_ID",
        "variable_name", "abc", "variable_value", "v")), 400, "APIG.2001",
        base + "group_id" + suffix);
    assertError(client.post("/env-variables", Map.of("group_id", groupId,
        "env_id", "DEFAULT_ENVIRONMENT_RELEASE_ID", "variable_name", "ab",
        "variable_value", "v")), 400, "APIG.2012",
        "Invalid parameter value,parameterName:variable_name" + suffix);
    assertError(client.post("/env-variables", Map.of("group_id", UNKNOWN,
        "env_id", "DEFAULT_ENVIRONMENT_RELEASE_ID", "variable_name", "abc",
        "variable_value", "v")), 404, "APIG.3001", "The API group does not exist.");
    assertError(client.post("/env-variables", Map.of("group_id", groupId, "env_id", UNKNOWN,
        "variable_name", "abc", "variable_value", "v")), 404, "APIG.3003",
        "The environment does not exist.");
  }

  @Test
  void an_unknown_path_answers_404_in_huaweis_shape() {
    assertError(client.get("/no-such-resource"), 404, "APIG.0101",
        "The API does not exist or has not been published in the environment.");
  }
}
