package io.github.fakeapigw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

@Isolated("counts the JVM's live threads")
class FakeApiGatewayLifecycleTest {

  @Test
  void binds_loopback_on_an_ephemeral_port_and_serves_the_control_endpoint() throws Exception {
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      assertThat(gateway.managementUrl().toString()).startsWith("http://127.0.0.1:");
      assertThat(gateway.port()).isPositive();
      HttpResponse<String> health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(gateway.managementUrl().resolve("/_fakeapigw/health"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).isEqualTo("{\"status\":\"running\"}");
    }
  }

  @Test
  void close_is_idempotent_and_later_calls_say_the_gateway_was_closed() {
    FakeApiGateway gateway = new FakeApiGateway().start();
    gateway.close();
    gateway.close();
    assertThat(gateway.isRunning()).isFalse();
    assertThatThrownBy(gateway::managementUrl)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("FakeApiGateway was closed");
  }

  @Test
  void close_from_many_threads_at_once_closes_once() throws Exception {
    FakeApiGateway gateway = new FakeApiGateway().start();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch go = new CountDownLatch(1);
    java.util.List<java.util.concurrent.Future<Object>> closes = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        closes.add(pool.submit(
            () -> {
              go.await();
              gateway.close();
              return null;
            }));
      }
      go.countDown();
      for (java.util.concurrent.Future<Object> close : closes) {
        // get() rethrows what a close() threw; a hanging close() fails on the bound
        close.get(30, java.util.concurrent.TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }
    assertThat(closes).allMatch(java.util.concurrent.Future::isDone);
    assertThat(gateway.isRunning()).isFalse();
    assertThatThrownBy(gateway::managementUrl).hasMessage("FakeApiGateway was closed");
  }

  @Test
  void a_gateway_cannot_be_started_twice() {
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      assertThatThrownBy(gateway::start)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("FakeApiGateway can be started once; this one is running");
    }
  }

  @Test
  void a_closed_gateway_leaves_no_thread_and_its_port_binds_again() throws Exception {
    Set<String> before = liveThreadNames();
    int port;
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      port = gateway.port();
      HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(gateway.managementUrl() + "/_fakeapigw/health"))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
    }
    await("gateway threads ended")
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(liveThreadNames())
                    .filteredOn(n -> n.startsWith("fake-apigw-"))
                    .isSubsetOf(before));
    assertThat(canBind(port)).isTrue();
  }

  @Test
  void close_returns_at_once_while_an_http_proxy_call_waits_for_its_backend() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"))) {
      silent.setSoTimeout(5_000);
      FakeApiGateway gateway = new FakeApiGateway().start();
      String prefix = gateway.runtime().threadNamePrefix();
      TestDeployer.Deployed d = TestDeployer.deploy(gateway,
          TestDeployer.api("stalled").method("/s", "GET", TestDeployer.httpProxy(
              "GET", "http://127.0.0.1:" + silent.getLocalPort() + "/s")),
          "dev");
      CompletableFuture<HttpResponse<Void>> call = HttpClient.newHttpClient().sendAsync(
          HttpRequest.newBuilder(d.url("/s")).build(), HttpResponse.BodyHandlers.discarding());
      try (Socket stalled = silent.accept()) {
        long start = System.nanoTime();
        gateway.close();
        // well under the integration's 29 s timeout it would otherwise wait for, with room for a loaded CI
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
      }
      await("the client's call ended").atMost(Duration.ofSeconds(5)).until(call::isDone);
      await("gateway threads ended").atMost(Duration.ofSeconds(2)).untilAsserted(() ->
          assertThat(liveThreadNames()).noneMatch(n -> n.startsWith(prefix)));
    }
  }

  private static Set<String> liveThreadNames() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .collect(Collectors.toSet());
  }

  private static boolean canBind(int port) throws IOException {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new java.net.InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
      return true;
    }
  }
}
