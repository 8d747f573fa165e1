package io.github.fakeapigw.management.huawei;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.FakeApiGateway;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The gateway's reset clears the Huawei state too; a checkpoint keeps it as it was. */
class HuaweiResetTest {
  @Test
  void reset_forgets_huawei_groups_apps_and_environments_but_release() {
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      HuaweiClient client = new HuaweiClient(gateway.managementUrl(), "/v1.0/apigw");
      String groupId = client.post("/api-groups", Map.of("name", "to_forget")).text("id");
      client.post("/envs", Map.of("name", "to_forget"));
      client.post("/apps", Map.of("name", "to_forget"));

      gateway.reset();

      assertThat(client.get("/api-groups/" + groupId).status()).isEqualTo(404);
      assertThat(client.get("/api-groups").body().path("total").asInt()).isZero();
      assertThat(client.get("/apps").body().path("total").asInt()).isZero();
      assertThat(client.get("/envs").body().at("/envs/0/name").asText()).isEqualTo("RELEASE");
      assertThat(client.get("/envs").body().path("total").asInt()).isEqualTo(1);
      assertThat(client.post("/api-groups", Map.of("name", "to_forget")).status()).isEqualTo(201);
    }
  }

  @Test
  void restoring_a_checkpoint_puts_back_the_huawei_state_it_was_taken_with() {
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      HuaweiClient client = new HuaweiClient(gateway.managementUrl(), "/v1.0/apigw");
      String kept = client.post("/api-groups", Map.of("name", "before_checkpoint")).text("id");
      var checkpoint = gateway.checkpoint();
      String dropped = client.post("/api-groups", Map.of("name", "after_checkpoint")).text("id");
      client.delete("/api-groups/" + kept);

      gateway.resetTo(checkpoint);

      assertThat(client.get("/api-groups").body().path("total").asInt()).isEqualTo(1);
      assertThat(client.get("/api-groups/" + kept).status()).isEqualTo(200);
      assertThat(client.get("/api-groups/" + dropped).status()).isEqualTo(404);
    }
  }
}
