package io.github.fakeapigw.invoke;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.github.fakeapigw.TestDeployer.api;
import static io.github.fakeapigw.TestDeployer.http;
import static io.github.fakeapigw.TestDeployer.mock;
import static io.github.fakeapigw.TestDeployer.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.fakeapigw.CanarySide;
import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.FakeApiGatewayOptions;
import io.github.fakeapigw.TestDeployer;
import io.github.fakeapigw.TestInvoker;
import io.github.fakeapigw.internal.http.HttpResponseData;
import io.github.fakeapigw.model.Stage;
import io.github.fakeapigw.recording.CanaryDecision;
import io.github.fakeapigw.recording.RecordedInvocation;
import io.github.fakeapigw.recording.StageTraffic;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CanaryRoutingTest {
  private WireMockServer backend;
  private final InvokeHttp client = new InvokeHttp();

  @BeforeAll
  void start() {
    backend = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    backend.start();
    backend.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
  }

  @AfterAll
  void stop() {
    backend.stop();
  }

  /** A stage whose base answers X-Side: base and whose canary answers X-Side: canary. */
  private static TestDeployer.Deployed canaryStage(FakeApiGateway gateway, double percent) {
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("c").method("/x", "GET", mock().respond(response("200").header("X-Side", "'base'"))),
        "live", Map.of("testVar", "default", "defaultVar", "default"));
    TestDeployer.canary(d,
        api("c").method("/x", "GET", mock().respond(response("200")
            .header("X-Side", "'canary'")
            .template("application/json", "$stageVariables.testVar / $stageVariables.noStageVar"
                + " / $stageVariables.defaultVar / $context.isCanaryRequest"
                + " / $context.deploymentId"))),
        percent, Map.of("testVar", "canary", "noStageVar", "canary"));
    return d;
  }

  /**
   * 10,000 requests go through the pipeline in process (the same code the HTTP server calls) to
   * keep the class fast; the other tests here go over real HTTP.
   */
  @Test
  void routes_about_percent_traffic_of_10000_requests_to_the_canary() throws Exception {
    // seeded: each request takes exactly one draw of the gateway's RNG, so whatever the threads'
    // order the 10,000 draws, and with them the canary count, are the same on every run
    try (FakeApiGateway gateway =
        new FakeApiGateway(io.github.fakeapigw.FakeApiGatewayOptions.defaults().withSeed(20_260_101)).start()) {
      TestDeployer.Deployed d = canaryStage(gateway, 10.0);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Integer>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          futures.add(pool.submit(() -> {
            int canary = 0;
            for (int i = 0; i < 2500; i++) {
              HttpResponseData r = TestInvoker.invoke(gateway, d.apiId(), "live", "GET", "/x");
              canary += r.headers().last("X-Side").orElseThrow().equals("canary") ? 1 : 0;
            }
            return canary;
          }));
        }
        int canary = 0;
        for (Future<Integer> f : futures) {
          canary += f.get(60, TimeUnit.SECONDS);
        }

        StageTraffic traffic = gateway.stageTraffic(d.apiId(), "live");
        assertThat(traffic.requests()).isEqualTo(10_000);
        assertThat(traffic.canaryRequests()).isEqualTo(canary);
        assertThat(traffic.canaryShare()).isBetween(0.09, 0.11);
        assertThat(traffic.seed()).isEqualTo(gateway.seed());
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void zero_percent_never_and_hundred_percent_always_routes_to_the_canary() {
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      TestDeployer.Deployed none = canaryStage(gateway, 0.0);
      TestDeployer.Deployed all = canaryStage(gateway, 100.0);

      for (int i = 0; i < 200; i++) {
        client.get(none.url("/x"));
        client.get(all.url("/x"));
      }

      assertThat(gateway.stageTraffic(none.apiId(), "live").canaryRequests()).isZero();
      assertThat(gateway.stageTraffic(all.apiId(), "live").canaryRequests()).isEqualTo(200);
    }
  }

  @Test
  void the_same_seed_gives_the_same_sequence_of_decisions_on_two_gateways() {
    List<List<Double>> draws = new ArrayList<>();
    List<List<Boolean>> sides = new ArrayList<>();
    for (int g = 0; g < 2; g++) {
      try (FakeApiGateway gateway =
          new FakeApiGateway(FakeApiGatewayOptions.defaults().withSeed(1234)).start()) {
        TestDeployer.Deployed d = canaryStage(gateway, 30.0);
        for (int i = 0; i < 100; i++) {
          client.get(d.url("/x"));
        }
        List<CanaryDecision> decisions =
            gateway.invocations().stream().map(r -> r.canary().orElseThrow()).toList();
        draws.add(decisions.stream().map(CanaryDecision::draw).toList());
        sides.add(decisions.stream().map(CanaryDecision::canary).toList());
        assertThat(decisions).allSatisfy(c -> assertThat(c.seed()).isEqualTo(1234));
      }
    }
    assertThat(draws.get(1)).isEqualTo(draws.get(0));
    assertThat(sides.get(1)).isEqualTo(sides.get(0)).contains(true, false);
  }

  @Test
  void canary_requests_see_the_canary_deployment_its_overrides_and_context() {
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      TestDeployer.Deployed d = canaryStage(gateway, 100.0);

      HttpResponse<String> r = client.get(d.url("/x"));

      RecordedInvocation recorded = gateway.invocations().get(0);
      String canaryDeployment = recorded.deploymentId().orElseThrow();
      assertThat(canaryDeployment).isNotEqualTo(d.deploymentId());
      assertThat(r.headers().firstValue("X-Side")).hasValue("canary");
      assertThat(r.body()).isEqualTo("canary / canary / default / true / " + canaryDeployment);
      assertThat(recorded.stageVariables()).containsEntry("testVar", "canary")
          .containsEntry("noStageVar", "canary").containsEntry("defaultVar", "default");
      assertThat(recorded.canary()).hasValueSatisfying(c -> {
        assertThat(c.canary()).isTrue();
        assertThat(c.deploymentId()).isEqualTo(canaryDeployment);
        assertThat(c.percentTraffic()).isEqualTo(100.0);
        assertThat(c.forced()).isEmpty();
      });
    }
  }

  @Test
  void base_requests_on_a_canary_stage_see_is_canary_request_false() {
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      TestDeployer.Deployed d = TestDeployer.deploy(gateway,
          api("b").method("/x", "GET", mock().respond(response("200").template(
              "application/json", "[$context.isCanaryRequest] [$stageVariables.testVar]"))),
          "live", Map.of("testVar", "default"));
      TestDeployer.Deployed plain = TestDeployer.addStage(d, "plain", Map.of());
      TestDeployer.canary(d, api("b"), 0.0, Map.of("testVar", "canary"));

      assertThat(client.get(d.url("/x")).body()).isEqualTo("[false] [default]");
      assertThat(client.get(plain.url("/x")).body()).isEqualTo("[] []");
      assertThat(gateway.invocations().get(1).canary()).isEmpty();
    }
  }

  @Test
  void stage_variable_overrides_reach_http_integration_uris() {
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      TestDeployer.Integ integ = http("GET",
          "http://127.0.0.1:" + backend.port() + "/${stageVariables.flavour}/${stageVariables.uniq}")
          .respond(response("200"));
      String uniq = "u" + System.nanoTime();
      TestDeployer.Deployed d = TestDeployer.deploy(gateway, api("h").method("/x", "GET", integ),
          "live", Map.of("flavour", "old", "uniq", uniq));
      TestDeployer.canary(d, api("h").method("/x", "GET", integ), 0.0, Map.of("flavour", "new"));

      client.get(d.url("/x"));
      gateway.canary().forceNext(1, CanarySide.CANARY);
      client.get(d.url("/x"));

      backend.verify(1, getRequestedFor(urlEqualTo("/old/" + uniq)));
      backend.verify(1, getRequestedFor(urlEqualTo("/new/" + uniq)));
    }
  }

  @Test
  void forcing_overrides_the_draw_without_changing_the_stage() {
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      TestDeployer.Deployed d = canaryStage(gateway, 0.0);
      Stage before = TestDeployer.stage(d);

      gateway.canary().forceNext(3, CanarySide.CANARY);
      List<String> sides = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        sides.add(client.get(d.url("/x")).headers().firstValue("X-Side").orElseThrow());
      }
      gateway.canary().forceAll(CanarySide.CANARY);
      sides.add(client.get(d.url("/x")).headers().firstValue("X-Side").orElseThrow());
      gateway.canary().release();
      sides.add(client.get(d.url("/x")).headers().firstValue("X-Side").orElseThrow());

      assertThat(sides).containsExactly("canary", "canary", "canary", "base", "base", "canary",
          "base");
      List<RecordedInvocation> recorded = gateway.invocations();
      assertThat(recorded.get(0).canary().orElseThrow().forced())
          .hasValue("forceNext(3, CANARY): request 1 of 3");
      assertThat(recorded.get(5).canary().orElseThrow().forced()).hasValue("forceAll(CANARY)");
      assertThat(recorded.get(6).canary().orElseThrow().forced()).isEmpty();
      assertThat(TestDeployer.stage(d)).isEqualTo(before);
      assertThat(gateway.canary().forcedRemaining()).isZero();
      assertThatThrownBy(() -> gateway.canary().forceNext(0, CanarySide.BASE))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("n must be at least 1; offending: 0");
    }
  }

  @Test
  void reset_clears_the_stage_traffic_counters() {
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      TestDeployer.Deployed d = canaryStage(gateway, 100.0);
      client.get(d.url("/x"));
      assertThat(gateway.stageTraffic(d.apiId(), "live").requests()).isEqualTo(1);

      gateway.reset();

      assertThat(gateway.stageTraffic(d.apiId(), "live"))
          .isEqualTo(new StageTraffic(d.apiId(), "live", 0, 0, gateway.seed()));
      assertThat(Optional.of(gateway.invocations())).hasValue(List.of());
    }
  }
}
