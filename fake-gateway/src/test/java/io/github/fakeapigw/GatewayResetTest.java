package io.github.fakeapigw;

import static io.github.fakeapigw.dsl.GatewayDsl.JSON;
import static io.github.fakeapigw.dsl.GatewayDsl.canary;
import static io.github.fakeapigw.dsl.GatewayDsl.get;
import static io.github.fakeapigw.dsl.GatewayDsl.integrationResponse;
import static io.github.fakeapigw.dsl.GatewayDsl.mock;
import static io.github.fakeapigw.dsl.GatewayDsl.restApi;
import static io.github.fakeapigw.dsl.GatewayDsl.stage;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
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
  void reset_to_a_checkpoint_puts_the_backend_stubs_back_and_clears_their_journal() throws Exception {
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      Backend backend = gateway.backend("orders.example.com");
      WireMock wireMock = new WireMock("127.0.0.1", backend.port());
      wireMock.register(WireMock.get("/base").willReturn(WireMock.ok()));
      GatewayCheckpoint checkpoint = gateway.checkpoint();
      wireMock.register(WireMock.get("/extra").willReturn(WireMock.ok()));
      Backend later = gateway.backend("later.example.com");
      new WireMock("127.0.0.1", later.port()).register(WireMock.get("/later").willReturn(WireMock.ok()));
      assertThat(send(URI.create(backend.url("/extra")))).isEqualTo(200);

      gateway.resetTo(checkpoint);

      assertThat(wireMock.find(WireMock.anyRequestedFor(WireMock.anyUrl()))).isEmpty();
      assertThat(send(URI.create(backend.url("/base")))).isEqualTo(200);
      assertThat(send(URI.create(backend.url("/extra")))).isEqualTo(404);
      assertThat(send(URI.create(later.url("/later")))).isEqualTo(404);
    }
  }

  @Test
  void reset_to_a_checkpoint_restarts_the_canary_draws_from_the_seed() throws Exception {
    try (FakeApiGateway gateway = new FakeApiGateway(FakeApiGatewayOptions.defaults().withSeed(11)).start()) {
      DeployedApi api = deployCanaryApi(gateway);
      GatewayCheckpoint checkpoint = gateway.checkpoint();
      URI x = URI.create(api.invokeUrl("s") + "/x");
      List<Boolean> first = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        send(x);
      }
      gateway.invocations().forEach(inv -> first.add(inv.canary().orElseThrow().canary()));

      gateway.resetTo(checkpoint);
      for (int i = 0; i < 8; i++) {
        send(x);
      }

      assertThat(gateway.invocations()).extracting(inv -> inv.canary().orElseThrow().canary())
          .containsExactlyElementsOf(first);
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
