package io.github.fakeapigw.junit;

import static io.github.fakeapigw.dsl.GatewayDsl.get;
import static io.github.fakeapigw.dsl.GatewayDsl.mock;
import static io.github.fakeapigw.dsl.GatewayDsl.restApi;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.FakeApiGateway;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Fixture classes run through the EngineTestKit by {@link FailOnUnmatchedRequestsTest}. */
final class UnmatchedTestCases {
  private UnmatchedTestCases() {}

  static int call(URI uri) throws Exception {
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @ApiGatewayTest(seed = 5)
  static class StrictTestCases {
    @Test
    void calls_a_path_no_resource_serves(FakeApiGateway gateway) throws Exception {
      gateway.deploy(restApi("orders")
          .resource("/orders", get().integration(mock()))
          .resource("/orders/{id}", get().integration(mock()))
          .stage("test"));

      assertThat(call(URI.create(gateway.api("orders").invokeUrl("test") + "/order/42"))).isEqualTo(403);
    }

    @Test
    void calls_only_existing_paths(FakeApiGateway gateway) throws Exception {
      gateway.deploy(restApi("orders").resource("/orders", get().integration(mock())).stage("test"));

      assertThat(call(URI.create(gateway.api("orders").invokeUrl("test") + "/orders"))).isEqualTo(200);
    }
  }

  @ApiGatewayTest(failOnUnmatchedRequests = false)
  static class LenientTestCases {
    @Test
    void calls_a_path_no_resource_serves(FakeApiGateway gateway) throws Exception {
      gateway.deploy(restApi("orders").resource("/orders", get().integration(mock())).stage("test"));

      assertThat(call(URI.create(gateway.api("orders").invokeUrl("test") + "/nope"))).isEqualTo(403);
    }
  }
}
