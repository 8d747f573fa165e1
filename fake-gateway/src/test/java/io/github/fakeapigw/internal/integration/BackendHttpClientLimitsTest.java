package io.github.fakeapigw.internal.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakeapigw.internal.context.EndpointResponse;
import io.github.fakeapigw.internal.context.IntegrationRequest;
import io.github.fakeapigw.internal.http.HttpHeaders;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The backend client's bounds: answer size, header count, trailing bytes, overall deadline. */
class BackendHttpClientLimitsTest {
  private final BackendHttpClient client =
      new BackendHttpClient(BackendHttpClient.VALIDATE_AFTER_IDLE, 1024);

  @AfterEach
  void close() {
    client.close();
  }

  private static IntegrationRequest get(URI uri, int timeoutMillis) {
    return new IntegrationRequest("GET", uri, HttpHeaders.empty(), new byte[0], timeoutMillis);
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void an_answer_whose_content_length_passes_the_limit_fails_the_call() throws Exception {
    try (ScriptedBackend backend = new ScriptedBackend((req, out) -> {
      write(out, "HTTP/1.1 200 OK\r\nContent-Length: 2048\r\n\r\n" + "x".repeat(2048));
      return true;
    })) {
      assertThatThrownBy(() -> client.send(get(backend.uri("/big"), 5000)))
          .isInstanceOfSatisfying(IntegrationException.class,
              e -> assertThat(e.kind()).isEqualTo(IntegrationException.Kind.NETWORK))
          .hasMessage("Network error communicating with endpoint " + backend.uri("/big")
              + ": the endpoint answered 2048 bytes (Content-Length), over API Gateway's limit"
              + " of 1024 bytes (10 MB) for an integration response");
    }
  }

  @Test
  void an_unframed_answer_is_read_only_to_the_limit() throws Exception {
    try (ScriptedBackend backend = new ScriptedBackend((req, out) -> {
      write(out, "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + "x".repeat(64 * 1024));
      return false;
    })) {
      assertThatThrownBy(() -> client.send(get(backend.uri("/endless"), 5000)))
          .isInstanceOf(IntegrationException.class)
          .hasMessageEndingWith("the endpoint answered more than 1024 bytes, over API Gateway's"
              + " limit of 1024 bytes (10 MB) for an integration response");
    }
  }

  @Test
  void an_answer_with_twenty_thousand_headers_is_a_network_error() throws Exception {
    try (ScriptedBackend backend = new ScriptedBackend((req, out) -> {
      StringBuilder head = new StringBuilder("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n");
      for (int i = 0; i < 20_000; i++) {
        head.append("X-").append(i).append(": v\r\n");
      }
      write(out, head.append("\r\nok").toString());
      return true;
    })) {
      assertThatThrownBy(() -> client.send(get(backend.uri("/headers"), 5000)))
          .isInstanceOfSatisfying(IntegrationException.class,
              e -> assertThat(e.kind()).isEqualTo(IntegrationException.Kind.NETWORK))
          .hasMessageContaining("Maximum header count exceeded");
    }
  }

  @Test
  void bytes_past_the_content_length_do_not_poison_the_next_request() throws Exception {
    try (ScriptedBackend backend = new ScriptedBackend((req, out) -> {
      if (req.startLine().startsWith("GET /poison")) {
        write(out, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokGARBAGE AFTER THE BODY");
        return true;
      }
      return ScriptedBackend.ok("next", out);
    })) {
      assertThat(client.send(get(backend.uri("/poison"), 5000)).bodyAsString()).isEqualTo("ok");
      EndpointResponse next = client.send(get(backend.uri("/next"), 5000));
      assertThat(next.status()).isEqualTo(200);
      assertThat(next.bodyAsString()).isEqualTo("next");
      assertThat(backend.connections).hasValue(2);
    }
  }

  @Test
  void a_backend_that_trickles_its_answer_times_out_at_the_timeout_not_per_read()
      throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    try (ScriptedBackend backend = new ScriptedBackend((req, out) -> {
      write(out, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n");
      out.flush();
      for (int i = 0; i < 100; i++) { // a byte every 50 ms: 5 s in all
        try {
          never.await(50, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          return false;
        }
        out.write('x');
        out.flush();
      }
      return true;
    })) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> client.send(get(backend.uri("/trickle"), 300)))
          .isInstanceOfSatisfying(IntegrationException.class,
              e -> assertThat(e.kind()).isEqualTo(IntegrationException.Kind.TIMEOUT));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }
  }
}
