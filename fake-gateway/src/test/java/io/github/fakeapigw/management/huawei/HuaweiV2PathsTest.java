package io.github.fakeapigw.management.huawei;

import static io.github.fakeapigw.management.huawei.HuaweiFixtures.load;
import static io.github.fakeapigw.management.huawei.HuaweiGroupsEnvironmentsTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.management.huawei.HuaweiClient.Response;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The dedicated gateway's paths, {@code /v2/{project_id}/apigw/instances/{instance_id}/...}, as
 * Huawei's SDKs and Terraform provider call them: the same resources and state as v1.0.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HuaweiV2PathsTest {
  private static final String RELEASE = "DEFAULT_ENVIRONMENT_RELEASE_ID";
  private FakeApiGateway gateway;
  private HuaweiClient v2;
  private HuaweiClient v1;

  @BeforeAll
  void start() {
    gateway = new FakeApiGateway().start();
    v2 = new HuaweiClient(gateway.managementUrl(),
        "/v2/0a1b2c3d4e5f60718293a4b5c6d7e8f9/apigw/instances/eddc4d25480b4cd6b512f270a1b8b341");
    v1 = new HuaweiClient(gateway.managementUrl(), "/v1.0/apigw");
  }

  @AfterAll
  void stop() {
    gateway.close();
  }

  @Test
  void groups_apis_and_publication_answer_under_the_v2_paths_and_share_state_with_v1() {
    Response group = v2.post("/api-groups", Map.of("name", "Shop-API_(v2)"));
    assertThat(group.status()).as("%s", group).isEqualTo(201);
    String groupId = group.text("id");
    Response variable = v2.post("/env-variables", Map.of("group_id", groupId, "env_id", RELEASE,
        "variable_name", "backend", "variable_value", "127.0.0.1:1"));
    Response changed = v2.put("/env-variables/" + variable.text("id"),
        Map.of("variable_value", "127.0.0.1:2"));
    assertThat(changed.status()).as("%s", changed).isEqualTo(200);
    assertThat(v1.get("/env-variables/" + variable.text("id")).text("variable_value"))
        .isEqualTo("127.0.0.1:2");
    Response api = v2.post("/apis", load("create-api-request.json", Map.of("group", groupId)));
    assertThat(api.status()).as("%s", api).isEqualTo(201);

    Response published = v2.post("/apis/action",
        Map.of("action", "online", "api_id", api.text("id"), "env_id", RELEASE));

    assertThat(published.status()).as("%s", published).isEqualTo(201);
    assertThat(published.text("api_name")).isEqualTo("orders_get");
    assertThat(v1.get("/apis/" + api.text("id")).text("run_env_name")).isEqualTo("RELEASE");
    assertThat(v1.get("/api-groups/" + groupId).text("name")).isEqualTo("Shop-API_(v2)");
    Response offline = v2.post("/apis/action",
        Map.of("action", "offline", "api_id", api.text("id"), "env_id", RELEASE));
    assertThat(offline.status()).isEqualTo(201);
    assertThat(v2.get("/apis/" + api.text("id")).body().has("run_env_id")).isFalse();
    assertThat(v2.get("/envs").body().path("total").asInt()).isEqualTo(1);
  }

  @Test
  void the_v1_group_name_rule_is_stricter_than_v2s() {
    assertError(v1.post("/api-groups", Map.of("name", "Shop-API (v1)")), 400, "APIG.2012",
        "Invalid parameter value,parameterName:name. Please refer to the support documentation");
  }

  @Test
  void an_unknown_action_answers_400_naming_it() {
    assertError(v2.post("/apis/action", Map.of("action", "pause",
        "api_id", "0123456789abcdef0123456789abcdef", "env_id", RELEASE)), 400, "APIG.2012",
        "Invalid parameter value,parameterName:action. Please refer to the support documentation");
  }
}
