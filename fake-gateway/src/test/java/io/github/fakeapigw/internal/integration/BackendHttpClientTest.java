package io.github.fakeapigw.internal.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.github.fakeapigw.internal.context.EndpointResponse;
import io.github.fakeapigw.internal.context.IntegrationRequest;
import io.github.fakeapigw.internal.http.HttpHeaders;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackendHttpClientTest {
  private final BackendHttpClient client = new BackendHttpClient();

  @AfterEach
  void close() {
    client.close();
  }

  private static IntegrationRequest get(URI uri, int timeoutMillis) {
    return new IntegrationRequest("GET", uri, HttpHeaders.empty(), new byte[0], timeoutMillis);
  }

  @Test
  void reuses_one_keep_alive_connection_for_sequential_requests() throws Exception {
    try (ScriptedBackend backend = new ScriptedBackend((req, out) -> ScriptedBackend.ok("hi", out))) {
      for (int i = 0; i < 3; i++) {
        EndpointResponse r = client.send(get(backend.uri("/a?x=" + i), 5000));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.bodyAsString()).isEqualTo("hi");
      }
      assertThat(backend.connections).hasValue(1);
      assertThat(backend.requests).extracting(m -> m.startLine())
          .containsExactly("GET /a?x=0 HTTP/1.1", "GET /a?x=1 HTTP/1.1", "GET /a?x=2 HTTP/1.1");
    }
  }

  @Test
  void sends_host_and_content_length_and_no_user_agent_of_its_own() throws Exception {
    try (ScriptedBackend backend = new ScriptedBackend((req, out) -> ScriptedBackend.ok("", out))) {
      URI uri = backend.uri("/pets");
      client.send(new IntegrationRequest("post", uri,
          HttpHeaders.builder().add("X-Custom", "1").add("X-Custom", "2").build(),
          "{\"a\":1}".getBytes(StandardCharsets.UTF_8), 5000));
      assertThat(backend.requests).singleElement().satisfies(m -> {
        assertThat(m.startLine()).isEqualTo("POST /pets HTTP/1.1");
        assertThat(m.headers())
            .containsEntry("host", uri.getAuthority())
            .containsEntry("content-length", "7")
            .containsEntry("x-custom", "1,2")
            .doesNotContainKey("user-agent");
        assertThat(m.body()).isEqualTo("{\"a\":1}");
      });
    }
  }

  @Test
  void replaces_a_pooled_connection_the_backend_has_closed() throws Exception {
    try (BackendHttpClient checking = new BackendHttpClient(Duration.ZERO);
        ScriptedBackend backend = new ScriptedBackend((req, out) -> {
          ScriptedBackend.ok("once", out);
          return false; // closes without saying so, as an idle timeout does
        })) {
      assertThat(checking.send(get(backend.uri("/"), 5000)).bodyAsString()).isEqualTo("once");
      await("backend closed the first connection").atMost(Duration.ofSeconds(5))
          .until(() -> backend.closedByBackend.get() == 1);

      assertThat(checking.send(get(backend.uri("/"), 5000)).bodyAsString()).isEqualTo("once");
      assertThat(backend.connections).hasValue(2);
    }
  }

  @Test
  void does_not_reuse_a_connection_the_backend_asked_to_close() throws Exception {
    try (ScriptedBackend backend = new ScriptedBackend((req, out) -> {
      out.write("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok"
          .getBytes(StandardCharsets.US_ASCII));
      return false;
    })) {
      client.send(get(backend.uri("/"), 5000));
      client.send(get(backend.uri("/"), 5000));
      assertThat(backend.connections).hasValue(2);
    }
  }

  @Test
  void reads_a_body_that_ends_when_the_backend_closes() throws Exception {
    try (ScriptedBackend backend = new ScriptedBackend((req, out) -> {
      out.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end"
          .getBytes(StandardCharsets.US_ASCII));
      return false;
    })) {
      EndpointResponse r = client.send(get(backend.uri("/"), 5000));
      assertThat(r.bodyAsString()).isEqualTo("until the end");
      assertThat(r.headers().first("Content-Type")).contains("text/plain");
    }
  }

  @Test
  void reads_a_chunked_body_whole_and_keeps_the_transfer_encoding_header() throws Exception {
    try (ScriptedBackend backend = new ScriptedBackend((req, out) -> {
      out.write(("HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n"
          + "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      return true;
    })) {
      EndpointResponse r = client.send(get(backend.uri("/"), 5000));
      assertThat(r.status()).isEqualTo(201);
      assertThat(r.bodyAsString()).isEqualTo("hello world");
      assertThat(r.headers().first("Transfer-Encoding")).contains("chunked");
      client.send(get(backend.uri("/"), 5000));
      assertThat(backend.connections).hasValue(1);
    }
  }

  @Test
  void a_backend_slower_than_the_timeout_is_a_timeout_and_its_connection_is_dropped()
      throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (ScriptedBackend backend = new ScriptedBackend((req, out) -> {
      if (req.startLine().startsWith("GET /slow")) {
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return ScriptedBackend.ok("late", out);
    })) {
      assertThatThrownBy(() -> client.send(get(backend.uri("/slow"), 100)))
          .isInstanceOfSatisfying(IntegrationException.class,
              e -> assertThat(e.kind()).isEqualTo(IntegrationException.Kind.TIMEOUT))
          .hasMessageStartingWith("Endpoint request timed out: no response from "
              + backend.uri("/slow") + " within 100 ms (timeoutInMillis)");
      release.countDown();

      assertThat(client.send(get(backend.uri("/fast"), 5000)).bodyAsString()).isEqualTo("late");
      assertThat(backend.connections).hasValue(2);
    }
  }

  @Test
  void a_backend_that_cannot_be_connected_to_within_the_timeout_is_a_timeout() throws Exception {
    // A listener that never accepts, with its accept queue filled: the kernel drops further
    // connection attempts, so connecting hangs until the client gives up.
    try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      java.util.List<java.net.Socket> fillers = new java.util.ArrayList<>();
      try {
        for (int i = 0; i < 4; i++) {
          java.net.Socket s = new java.net.Socket();
          try {
            s.connect(full.getLocalSocketAddress(), 200);
            fillers.add(s);
          } catch (IOException queueFull) {
            s.close();
            break;
          }
        }
        URI uri = URI.create("http://127.0.0.1:" + full.getLocalPort() + "/busy");
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> client.send(get(uri, 300)))
            .isInstanceOfSatisfying(IntegrationException.class,
                e -> assertThat(e.kind()).isEqualTo(IntegrationException.Kind.TIMEOUT))
            .hasMessageStartingWith("Endpoint request timed out: could not connect to " + uri
                + " within 300 ms (timeoutInMillis)");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
      } finally {
        for (java.net.Socket s : fillers) {
          s.close();
        }
      }
    }
  }

  @Test
  void an_unreachable_backend_is_a_network_error() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = s.getLocalPort();
    }
    URI uri = URI.create("http://127.0.0.1:" + port + "/gone");
    assertThatThrownBy(() -> client.send(get(uri, 5000)))
        .isInstanceOfSatisfying(IntegrationException.class,
            e -> assertThat(e.kind()).isEqualTo(IntegrationException.Kind.NETWORK))
        .hasMessageStartingWith("Network error communicating with endpoint " + uri + ": ")
        .hasMessageContaining("Connection refused");
  }

  @Test
  void a_response_that_is_not_http_is_a_network_error() throws Exception {
    try (ScriptedBackend backend = new ScriptedBackend((req, out) -> {
      out.write("SSH-2.0-OpenSSH\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      return false;
    })) {
      assertThatThrownBy(() -> client.send(get(backend.uri("/"), 5000)))
          .isInstanceOfSatisfying(IntegrationException.class,
              e -> assertThat(e.kind()).isEqualTo(IntegrationException.Kind.NETWORK));
    }
  }

  @Test
  void closing_the_client_fails_a_call_in_flight_at_once() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    try (ScriptedBackend backend = new ScriptedBackend((req, out) -> {
      try {
        never.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return false;
    })) {
      CompletableFuture<Throwable> call = CompletableFuture.supplyAsync(() -> {
        try {
          client.send(get(backend.uri("/"), 30_000));
          return null;
        } catch (IntegrationException e) {
          return e;
        }
      });
      await("the request reached the backend").atMost(Duration.ofSeconds(5))
          .until(() -> backend.requests.size() == 1);
      client.close();
      assertThat(call.get(5, TimeUnit.SECONDS))
          .isInstanceOfSatisfying(IntegrationException.class,
              e -> assertThat(e.kind()).isEqualTo(IntegrationException.Kind.NETWORK));
      never.countDown();
    }
  }

  @Test
  void retries_once_on_a_fresh_connection_when_a_reused_one_was_closed_by_the_backend()
      throws Exception {
    try (BackendHttpClient trusting = new BackendHttpClient(Duration.ofHours(1));
        ScriptedBackend backend = new ScriptedBackend((req, out) -> {
          ScriptedBackend.ok("once", out);
          return false; // closes without saying so, as a restarted backend does
        })) {
      assertThat(trusting.send(get(backend.uri("/"), 5000)).bodyAsString()).isEqualTo("once");
      await("backend closed the first connection").atMost(Duration.ofSeconds(5))
          .until(() -> backend.closedByBackend.get() == 1);

      assertThat(trusting.send(get(backend.uri("/"), 5000)).bodyAsString()).isEqualTo("once");
      assertThat(backend.connections).hasValue(2);
      assertThat(backend.requests).hasSize(2);
    }
  }

  @Test
  void a_tls_backend_that_never_answers_the_handshake_is_a_timeout() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      URI uri = URI.create("https://127.0.0.1:" + silent.getLocalPort() + "/");
      CompletableFuture<Throwable> call = CompletableFuture.supplyAsync(() -> {
        try {
          client.send(get(uri, 200));
          return null;
        } catch (IntegrationException e) {
          return e;
        }
      });
      assertThat(call.get(5, TimeUnit.SECONDS))
          .isInstanceOfSatisfying(IntegrationException.class,
              e -> assertThat(e.kind()).isEqualTo(IntegrationException.Kind.TIMEOUT));
    }
  }

  @Test
  void forwards_an_options_body_without_a_content_type() throws Exception {
    try (ScriptedBackend backend = new ScriptedBackend((req, out) -> ScriptedBackend.ok("", out))) {
      EndpointResponse r = client.send(new IntegrationRequest("OPTIONS", backend.uri("/o"),
          HttpHeaders.empty(), "probe".getBytes(StandardCharsets.UTF_8), 5000));
      assertThat(r.status()).isEqualTo(200);
      assertThat(backend.requests).singleElement().satisfies(m -> {
        assertThat(m.startLine()).isEqualTo("OPTIONS /o HTTP/1.1");
        assertThat(m.body()).isEqualTo("probe");
      });
    }
  }

  @Test
  void a_body_shorter_than_its_content_length_is_a_network_error() throws Exception {
    try (ScriptedBackend backend = new ScriptedBackend((req, out) -> {
      if (req.startLine().startsWith("GET /short")) {
        out.write("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"
            .getBytes(StandardCharsets.US_ASCII));
        return false;
      }
      return ScriptedBackend.ok("fine", out);
    })) {
      assertThatThrownBy(() -> client.send(get(backend.uri("/short"), 5000)))
          .isInstanceOfSatisfying(IntegrationException.class,
              e -> assertThat(e.kind()).isEqualTo(IntegrationException.Kind.NETWORK));
      assertThat(client.send(get(backend.uri("/next"), 5000)).bodyAsString()).isEqualTo("fine");
    }
  }

  @Test
  void reads_no_body_for_head_204_and_304_and_reuses_the_connection() throws Exception {
    try (ScriptedBackend backend = new ScriptedBackend((req, out) -> {
      String answer = switch (req.startLine().split(" ")[1]) {
        case "/204" -> "HTTP/1.1 204 No Content\r\n\r\n";
        case "/304" -> "HTTP/1.1 304 Not Modified\r\nETag: \"e\"\r\n\r\n";
        default -> "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n";
      };
      out.write(answer.getBytes(StandardCharsets.US_ASCII));
      return true;
    })) {
      EndpointResponse head = client.send(
          new IntegrationRequest("HEAD", backend.uri("/h"), HttpHeaders.empty(), new byte[0], 5000));
      assertThat(head.status()).isEqualTo(200);
      assertThat(head.headers().first("Content-Length")).contains("5");
      assertThat(head.body()).isEmpty();
      assertThat(client.send(get(backend.uri("/204"), 5000)).status()).isEqualTo(204);
      assertThat(client.send(get(backend.uri("/304"), 5000)).status()).isEqualTo(304);
      assertThat(backend.connections).hasValue(1);
    }
  }

  @Test
  void skips_interim_1xx_answers() throws Exception {
    try (ScriptedBackend backend = new ScriptedBackend((req, out) -> {
      out.write("HTTP/1.1 102 Processing\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      return ScriptedBackend.ok("final", out);
    })) {
      EndpointResponse r = client.send(get(backend.uri("/"), 5000));
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.bodyAsString()).isEqualTo("final");
    }
  }

  @Test
  void keeps_response_header_names_as_sent_and_repeated_values_in_order() throws Exception {
    try (ScriptedBackend backend = new ScriptedBackend((req, out) -> {
      out.write(("HTTP/1.1 200 OK\r\nX-MiXed-Case: 1\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n"
          + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      return true;
    })) {
      EndpointResponse r = client.send(get(backend.uri("/"), 5000));
      assertThat(r.headers().toMultiValueMap())
          .containsEntry("X-MiXed-Case", java.util.List.of("1"))
          .containsEntry("Set-Cookie", java.util.List.of("a=1", "b=2"));
    }
  }

  @Test
  void unsupported_schemes_are_refused_without_a_connection() {
    URI uri = URI.create("ftp://127.0.0.1/file");
    assertThatThrownBy(() -> client.send(get(uri, 5000)))
        .isInstanceOf(IntegrationException.class)
        .hasMessage("Network error communicating with endpoint ftp://127.0.0.1/file: "
            + "unsupported scheme 'ftp'");
  }

  @Test
  void a_closed_client_refuses_new_calls() throws IOException {
    client.close();
    URI uri = URI.create("http://127.0.0.1:9/x");
    assertThatThrownBy(() -> client.send(get(uri, 5000)))
        .isInstanceOf(IntegrationException.class)
        .hasMessageEndingWith("the gateway is closing");
  }
}
