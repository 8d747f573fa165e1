package io.github.fakeapigw;

import static io.github.fakeapigw.dsl.GatewayDsl.JSON;
import static io.github.fakeapigw.dsl.GatewayDsl.canary;
import static io.github.fakeapigw.dsl.GatewayDsl.get;
import static io.github.fakeapigw.dsl.GatewayDsl.integrationResponse;
import static io.github.fakeapigw.dsl.GatewayDsl.mock;
import static io.github.fakeapigw.dsl.GatewayDsl.restApi;
import static io.github.fakeapigw.dsl.GatewayDsl.stage;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class GatewayResetTest {
  private final HttpClient http = HttpClient.newHttpClient();

  private int send(URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static DeployedApi deployCanaryApi(FakeApiGateway gateway) {
    return gateway.deploy(
        restApi("r")
            .resource(
                "/x",
                get().integration(mock().respond(integrationResponse(200).withTemplate(JSON, "ok"))))
            .stage("s", stage().withCanary(canary(50.0))));
  }

  @Test
  void reset_to_a_checkpoint_starts_traffic_counters_forcing_and_numbering_afresh()
      throws Exception {
    try (FakeApiGateway gateway = new FakeApiGateway(FakeApiGatewayOptions.defaults().withSeed(5)).start()) {
      DeployedApi api = deployCanaryApi(gateway);
      GatewayCheckpoint checkpoint = gateway.checkpoint();
      URI x = URI.create(api.invokeUrl("s") + "/x");
      for (int i = 0; i < 4; i++) {
        assertThat(send(x)).isEqualTo(200);
      }
      gateway.canary().forceNext(10, CanarySide.CANARY);

      gateway.resetTo(checkpoint);

      assertThat(gateway.stageTraffic(api.id(), "s").requests()).isZero();
      assertThat(gateway.canary().forcedRemaining()).isZero();
      assertThat(send(x)).isEqualTo(200);
      assertThat(gateway.invocations()).singleElement()
          .satisfies(i -> assertThat(i.sequence()).isEqualTo(1));
      assertThat(gateway.stageTraffic(api.id(), "s").requests()).isEqualTo(1);
    }
  }

  @Test
  void clearing_the_recording_numbers_invocations_from_one_again() throws Exception {
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      URI x = URI.create(deployCanaryApi(gateway).invokeUrl("s") + "/x");
      send(x);
      send(x);
      gateway.clearInvocations();
      send(x);
      assertThat(gateway.invocations()).extracting(i -> i.sequence()).containsExactly(1L);
    }
  }
}
