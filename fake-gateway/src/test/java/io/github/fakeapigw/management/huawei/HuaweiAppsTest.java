package io.github.fakeapigw.management.huawei;

import static io.github.fakeapigw.management.huawei.HuaweiFixtures.HEX_ID;
import static io.github.fakeapigw.management.huawei.HuaweiFixtures.TIME;
import static io.github.fakeapigw.management.huawei.HuaweiGroupsEnvironmentsTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.management.huawei.HuaweiClient.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Apps and app codes (the identities of APP authentication) over real HTTP. */
class HuaweiAppsTest extends HuaweiManagementTest {
  private static final String CODE = "A" + "b1".repeat(40);

  @Test
  void an_app_is_created_with_a_key_and_secret_renamed_listed_and_deleted() {
    Response app = client.post("/apps", Map.of("name", "mobile_app", "remark", "the phone app"));

    assertThat(app.status()).as("%s", app).isEqualTo(201);
    assertThat(app.text("id")).matches(HEX_ID);
    assertThat(app.text("app_key")).matches(HEX_ID);
    assertThat(app.text("app_secret")).hasSize(32);
    assertThat(app.body().path("status").asInt()).isEqualTo(1);
    assertThat(app.text("register_time")).matches(TIME);
    assertThat(app.text("creator")).isEqualTo("USER");
    String id = app.text("id");
    assertError(client.post("/apps", Map.of("name", "mobile_app")), 400, "APIG.3203",
        "The app name already exists.");
    Response renamed = client.put("/apps/" + id, Map.of("name", "mobile_app_2"));
    assertThat(renamed.text("name")).isEqualTo("mobile_app_2");
    assertThat(renamed.text("app_secret")).isEqualTo(app.text("app_secret"));
    Response reset = client.put("/apps/secret/" + id, Map.of());
    assertThat(reset.text("app_secret")).isNotEqualTo(app.text("app_secret"));
    assertThat(client.get("/apps?name=mobile_app_2&precise_search=name").body().path("total")
        .asInt()).isEqualTo(1);
    assertThat(client.delete("/apps/" + id).status()).isEqualTo(204);
    assertError(client.get("/apps/" + id), 404, "APIG.3004", "App " + id + " does not exist");
  }

  @Test
  void an_app_may_bring_its_own_key_and_secret() {
    Response app = client.post("/apps", Map.of("name", "own_keys", "app_key", "my-app-key-1",
        "app_secret", "my-secret-1"));

    assertThat(app.status()).as("%s", app).isEqualTo(201);
    assertThat(app.text("app_key")).isEqualTo("my-app-key-1");
    assertThat(app.text("app_secret")).isEqualTo("my-secret-1");
    assertError(client.post("/apps", Map.of("name", "short_key", "app_key", "short")), 400,
        "APIG.2012",
        "Invalid parameter value,parameterName:app_key. Please refer to the support documentation");
  }

  @Test
  void app_codes_are_added_generated_listed_and_deleted() {
    String appId = client.post("/apps", Map.of("name", "coded_app")).text("id");

    Response given = client.post("/apps/" + appId + "/app-codes", Map.of("app_code", CODE));
    Response generated = client.put("/apps/" + appId + "/app-codes", Map.of());

    assertThat(given.status()).as("%s", given).isEqualTo(201);
    assertThat(given.text("app_code")).isEqualTo(CODE);
    assertThat(given.text("app_id")).isEqualTo(appId);
    assertThat(given.text("create_time")).matches(TIME);
    assertThat(generated.status()).isEqualTo(201);
    assertThat(generated.text("app_code")).hasSize(64);
    Response list = client.get("/apps/" + appId + "/app-codes");
    assertThat(list.body().path("total").asInt()).isEqualTo(2);
    assertThat(client.get("/apps/" + appId + "/app-codes/" + given.text("id")).body())
        .isEqualTo(given.body());
    assertError(client.post("/apps/" + appId + "/app-codes", Map.of("app_code", CODE)), 400,
        "APIG.3305", "The app code already exists.");
    assertError(client.post("/apps/" + appId + "/app-codes", Map.of("app_code", "short")), 400,
        "APIG.2012",
        "Invalid parameter value,parameterName:app_code. Please refer to the support documentation");
    assertThat(client.delete("/apps/" + appId + "/app-codes/" + given.text("id")).status())
        .isEqualTo(204);
    assertError(client.get("/apps/" + appId + "/app-codes/" + given.text("id")), 404,
        "APIG.3060", "The app code does not exist.");
  }
}
