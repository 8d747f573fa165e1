package io.github.fakeapigw.management.huawei;

import static io.github.fakeapigw.management.huawei.HuaweiFixtures.HEX_ID;
import static io.github.fakeapigw.management.huawei.HuaweiFixtures.TIME;
import static io.github.fakeapigw.management.huawei.HuaweiFixtures.load;
import static io.github.fakeapigw.management.huawei.HuaweiFixtures.uniqueName;
import static io.github.fakeapigw.management.huawei.HuaweiGroupsEnvironmentsTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.management.huawei.HuaweiClient.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Publishing, taking offline, history, switching versions and batches, over real HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HuaweiPublicationTest {
  private static final String RELEASE = "DEFAULT_ENVIRONMENT_RELEASE_ID";
  private FakeApiGateway gateway;
  private HuaweiClient client;
  private String groupId;
  private String apiId;

  @BeforeAll
  void start() {
    gateway = new FakeApiGateway().start();
    client = new HuaweiClient(gateway.managementUrl(), "/v1.0/apigw");
  }

  @AfterAll
  void stop() {
    gateway.close();
  }

  @BeforeEach
  void an_api_whose_backend_uses_a_variable_set_in_release() {
    groupId = client.post("/api-groups", Map.of("name", uniqueName("pub"))).text("id");
    client.post("/env-variables", Map.of("group_id", groupId, "env_id", RELEASE,
        "variable_name", "backend", "variable_value", "127.0.0.1:9999"));
    Response api = client.post("/apis", load("create-api-request.json", Map.of("group", groupId)));
    assertThat(api.status()).as("%s", api).isEqualTo(201);
    apiId = api.text("id");
  }

  private Response publish(String remark) {
    return client.post("/apis/publish/" + apiId, Map.of("env_id", RELEASE, "remark", remark));
  }

  @Test
  void publishing_answers_201_with_the_publication_record_and_the_api_shows_where_it_runs() {
    Response r = publish("first");

    assertThat(r.status()).as("%s", r).isEqualTo(201);
    assertThat(r.text("publish_id")).matches(HEX_ID);
    assertThat(r.text("version_id")).matches(HEX_ID);
    assertThat(r.text("api_id")).isEqualTo(apiId);
    assertThat(r.text("env_id")).isEqualTo(RELEASE);
    assertThat(r.text("remark")).isEqualTo("first");
    assertThat(r.text("publish_time")).matches(TIME);
    assertThat(r.body().has("api_name")).isFalse();
    Response api = client.get("/apis/" + apiId);
    assertThat(api.text("run_env_name")).isEqualTo("RELEASE");
    assertThat(api.text("run_env_id")).isEqualTo(RELEASE);
    assertThat(api.text("publish_id")).isEqualTo(r.text("publish_id"));
    assertThat(client.get("/apis?env_id=" + RELEASE + "&group_id=" + groupId).body()
        .path("total").asInt()).isEqualTo(1);
  }

  @Test
  void an_api_using_a_variable_without_a_value_in_the_environment_cannot_be_published_there() {
    String envId = client.post("/envs", Map.of("name", uniqueName("novars"))).text("id");

    assertError(client.post("/apis/publish/" + apiId, Map.of("env_id", envId)), 404, "APIG.3011",
        "The environment variable does not exist,variableName:backend");
  }

  @Test
  void publishing_needs_an_existing_api_and_environment() {
    assertError(client.post("/apis/publish/" + apiId, Map.of("remark", "x")), 400, "APIG.2001",
        "The request parameters must be specified,parameterName:env_id. Please refer to the"
            + " support documentation");
    assertError(client.post("/apis/publish/" + apiId, Map.of("env_id", "0123456789abcdef0123456789abcdef")),
        404, "APIG.3003", "The environment does not exist.");
    assertError(client.post("/apis/publish/0123456789abcdef0123456789abcdef",
        Map.of("env_id", RELEASE)), 404, "APIG.3002", "The API does not exist.");
  }

  @Test
  void a_published_api_cannot_be_deleted_until_it_is_taken_offline() {
    publish("live");

    assertError(client.delete("/apis/" + apiId), 403, "APIG.3416",
        "The API cannot be deleted because it has been published.");
    Response offline = client.delete("/apis/publish/" + apiId + "?env_id=" + RELEASE);
    assertThat(offline.status()).isEqualTo(204);
    assertThat(client.get("/apis/" + apiId).body().has("run_env_id")).isFalse();
    assertError(client.delete("/apis/publish/" + apiId + "?env_id=" + RELEASE), 404,
        "APIG.3015", "The API publication record does not exist.");
    assertThat(client.delete("/apis/" + apiId).status()).isEqualTo(204);
  }

  @Test
  void taking_offline_needs_the_env_id_query_parameter() {
    publish("live");

    assertError(client.delete("/apis/publish/" + apiId), 400, "APIG.2001",
        "The request parameters must be specified,parameterName:env_id. Please refer to the"
            + " support documentation");
  }

  @Test
  void the_history_lists_versions_newest_first_with_the_effective_one_marked() {
    String first = publish("one").text("version_id");
    String second = publish("two").text("version_id");

    Response h = client.get("/apis/publish/" + apiId + "?env_id=" + RELEASE);

    assertThat(h.status()).as("%s", h).isEqualTo(200);
    assertThat(h.body().path("total").asInt()).isEqualTo(2);
    JsonNode newest = h.body().at("/api_versions/0");
    assertThat(newest.path("version_id").asText()).isEqualTo(second);
    assertThat(newest.path("status").asInt()).isEqualTo(1);
    assertThat(newest.path("env_name").asText()).isEqualTo("RELEASE");
    assertThat(newest.path("version_no").asText()).matches("\\d{14}");
    assertThat(h.body().at("/api_versions/1/version_id").asText()).isEqualTo(first);
    assertThat(h.body().at("/api_versions/1/status").asInt()).isEqualTo(2);
    assertThat(client.get("/apis/publish/" + apiId + "?env_name=RELEASE").body())
        .isEqualTo(h.body());
  }

  @Test
  void at_most_ten_publication_records_are_kept_per_environment() {
    for (int i = 1; i <= 12; i++) {
      assertThat(publish("v" + i).status()).isEqualTo(201);
    }

    Response h = client.get("/apis/publish/" + apiId + "?env_id=" + RELEASE + "&page_size=0");

    assertThat(h.body().path("total").asInt()).isEqualTo(10);
    assertThat(h.body().at("/api_versions/0/remark").asText()).isEqualTo("v12");
    assertThat(h.body().at("/api_versions/9/remark").asText()).isEqualTo("v3");
  }

  @Test
  void switching_the_version_makes_an_earlier_publication_effective_again() {
    String first = publish("one").text("version_id");
    publish("two");

    Response r = client.put("/apis/publish/" + apiId, Map.of("version_id", first));

    assertThat(r.status()).as("%s", r).isEqualTo(200);
    assertThat(r.text("version_id")).isEqualTo(first);
    assertThat(r.text("remark")).isEqualTo("one");
    Response h = client.get("/apis/publish/" + apiId + "?env_id=" + RELEASE);
    assertThat(h.body().at("/api_versions/1/status").asInt()).isEqualTo(1);
    assertThat(h.body().at("/api_versions/0/status").asInt()).isEqualTo(2);
    assertError(client.put("/apis/publish/" + apiId,
        Map.of("version_id", "0123456789abcdef0123456789abcdef")), 404, "APIG.3022",
        "The API version does not exist.");
  }

  @Test
  void a_batch_publishes_each_api_on_its_own_and_reports_the_failures() {
    String missing = "0123456789abcdef0123456789abcdef";

    Response r = client.post("/apis/publish?action=online",
        Map.of("apis", List.of(apiId, missing), "env_id", RELEASE, "remark", "batch"));

    assertThat(r.status()).as("%s", r).isEqualTo(200);
    assertThat(r.body().path("success")).hasSize(1);
    assertThat(r.body().at("/success/0/api_id").asText()).isEqualTo(apiId);
    assertThat(r.body().at("/success/0/api_name").asText()).isEqualTo("orders_get");
    assertThat(r.body().at("/success/0/version_id").asText()).matches(HEX_ID);
    assertThat(r.body().path("failure")).hasSize(1);
    assertThat(r.body().at("/failure/0/api_id").asText()).isEqualTo(missing);
    assertThat(r.body().at("/failure/0/error_code").asText()).isEqualTo("APIG.3002");
    assertThat(r.body().at("/failure/0/error_msg").asText()).isEqualTo("The API does not exist.");
    assertThat(client.get("/apis/" + apiId).text("run_env_id")).isEqualTo(RELEASE);

    Response off = client.post("/apis/publish?action=offline",
        Map.of("apis", List.of(apiId), "env_id", RELEASE));
    assertThat(off.body().path("success")).hasSize(1);
    assertThat(client.get("/apis/" + apiId).body().has("run_env_id")).isFalse();
  }

  @Test
  void a_batch_needs_an_action_the_apis_and_the_environment() {
    String suffix = ". Please refer to the support documentation";
    assertError(client.post("/apis/publish", Map.of("apis", List.of(apiId), "env_id", RELEASE)),
        400, "APIG.2001", "The request parameters must be specified,parameterName:action" + suffix);
    assertError(client.post("/apis/publish?action=later",
        Map.of("apis", List.of(apiId), "env_id", RELEASE)), 400, "APIG.2012",
        "Invalid parameter value,parameterName:action" + suffix);
    assertError(client.post("/apis/publish?action=online", Map.of("env_id", RELEASE)), 400,
        "APIG.2001", "The request parameters must be specified,parameterName:apis" + suffix);
  }
}
