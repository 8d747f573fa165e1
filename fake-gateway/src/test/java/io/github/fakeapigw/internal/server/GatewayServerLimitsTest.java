package io.github.fakeapigw.internal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.fakeapigw.internal.RawHttp;
import io.github.fakeapigw.internal.http.HttpHandler;
import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.http.HttpResponseData;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The server's bounds: connection threads, read deadlines, head size, malformed requests. */
class GatewayServerLimitsTest {
  private final HttpHandler ok = request -> HttpResponseData.of(200,
      HttpHeaders.builder().add("Content-Type", "text/plain").build(),
      request.method() + " " + request.rawPath() + " " + request.bodyAsString());
  private final List<AutoCloseable> toClose = new ArrayList<>();
  private GatewayServer server;

  private GatewayServer start(ServerLimits limits, ThreadFactory threads) throws IOException {
    server = new GatewayServer(0, ok, "fake-apigw-limits-", limits, threads);
    server.start();
    return server;
  }

  private GatewayServer start(ServerLimits limits) throws IOException {
    return start(limits, Thread::new);
  }

  private RawHttp connect() throws IOException {
    RawHttp http = RawHttp.connect(server.port());
    toClose.add(http);
    return http;
  }

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable c : toClose) {
      c.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void a_connection_thread_that_cannot_be_started_gets_a_503_and_the_acceptor_keeps_accepting()
      throws Exception {
    // GIVEN a JVM that cannot start the first connection thread (a pids limit, native memory)
    AtomicInteger attempts = new AtomicInteger();
    start(ServerLimits.DEFAULTS, r -> {
      if (attempts.incrementAndGet() == 1) {
        throw new OutOfMemoryError("unable to create native thread: possibly out of memory");
      }
      return new Thread(r);
    });
    // WHEN a client connects, THEN it is refused with 503 in API Gateway's shape
    RawHttp.Message refused = connect().read();
    assertThat(refused.status()).isEqualTo(503);
    assertThat(refused.headers()).containsEntry("x-amzn-errortype", "ServiceUnavailableException")
        .containsEntry("content-type", "application/json");
    assertThat(refused.body()).contains("\"message\"");
    // AND the next one is served: the acceptor survived the error
    assertThat(connect().send("GET /next HTTP/1.1\r\nHost: x\r\n\r\n").read().body())
        .isEqualTo("GET /next ");
  }

  @Test
  void connections_beyond_the_thread_limit_get_a_503_until_a_thread_is_free() throws Exception {
    start(ServerLimits.DEFAULTS.withMaxConnections(2));
    RawHttp first = connect();
    RawHttp second = connect();
    // Both hold a thread each, waiting on keep-alive after one request.
    assertThat(first.send("GET /1 HTTP/1.1\r\nHost: x\r\n\r\n").read().status()).isEqualTo(200);
    assertThat(second.send("GET /2 HTTP/1.1\r\nHost: x\r\n\r\n").read().status()).isEqualTo(200);

    RawHttp.Message third = connect().read();
    assertThat(third.status()).isEqualTo(503);
    assertThat(third.body())
        .isEqualTo("{\"message\":\"Service Unavailable: too many connections to the gateway\"}");

    first.close();
    await("a connection is served again once one closed")
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> {
          try (RawHttp again = RawHttp.connect(server.port())) {
            assertThat(again.send("GET /3 HTTP/1.1\r\nHost: x\r\n\r\n").read().status())
                .isEqualTo(200);
          }
        });
  }

  @Test
  void a_client_that_sends_headers_and_stalls_its_body_is_closed_at_the_body_read_timeout()
      throws Exception {
    start(ServerLimits.DEFAULTS.withBodyReadTimeout(Duration.ofSeconds(1)));
    try (Socket socket = socket()) {
      send(socket, "POST /slow HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nab");
      assertClosedWithin(socket, Duration.ofSeconds(10));
    }
    // The server still serves others.
    assertThat(connect().send("GET /ok HTTP/1.1\r\nHost: x\r\n\r\n").read().status())
        .isEqualTo(200);
  }

  @Test
  void a_client_that_stalls_inside_its_headers_is_closed_at_the_idle_timeout() throws Exception {
    // 1 s leaves a loaded machine time to send the half head before the server may close; a broken
    // timeout (the default is 30 s) still fails the 10 s bound
    start(ServerLimits.DEFAULTS.withIdleTimeout(Duration.ofSeconds(1)));
    try (Socket socket = socket()) {
      send(socket, "GET /slow HTTP/1.1\r\nHost: x\r\nX-Half: ab");
      assertClosedWithin(socket, Duration.ofSeconds(10));
    }
  }

  @Test
  void a_head_over_10_kb_gets_a_json_431_as_api_gateway_answers() throws Exception {
    start(ServerLimits.DEFAULTS);
    StringBuilder head = new StringBuilder("GET /big HTTP/1.1\r\nHost: x\r\n");
    for (int i = 0; i < 20; i++) {
      head.append("X-H").append(i).append(": ").append("v".repeat(600)).append("\r\n");
    }
    RawHttp.Message r = connect().send(head.append("\r\n").toString()).read();
    assertThat(r.status()).isEqualTo(431);
    assertThat(r.headers()).containsEntry("content-type", "application/json")
        .containsEntry("x-amzn-errortype", "RequestHeaderFieldsTooLargeException");
    assertThat(r.body()).isEqualTo("{\"message\":\"Request Header Fields Too Large\"}");
  }

  @Test
  void ten_thousand_request_headers_get_a_431() throws Exception {
    start(ServerLimits.DEFAULTS);
    StringBuilder head = new StringBuilder("GET /many HTTP/1.1\r\nHost: x\r\n");
    for (int i = 0; i < 10_000; i++) {
      head.append("a:b\r\n");
    }
    RawHttp.Message r = connect().send(head.append("\r\n").toString()).read();
    assertThat(r.status()).isEqualTo(431);
    assertThat(r.body()).isEqualTo("{\"message\":\"Request Header Fields Too Large\"}");
  }

  @Test
  void more_header_fields_than_the_limit_get_a_431_though_the_head_is_small() throws Exception {
    start(new ServerLimits(4, Duration.ofSeconds(30), Duration.ofSeconds(30), 10_240, 8));
    StringBuilder head = new StringBuilder("GET /many HTTP/1.1\r\nHost: x\r\n");
    for (int i = 0; i < 20; i++) {
      head.append("a:b\r\n");
    }
    RawHttp.Message r = connect().send(head.append("\r\n").toString()).read();
    assertThat(r.status()).isEqualTo(431);
    assertThat(r.body()).isEqualTo("{\"message\":\"Request Header Fields Too Large\"}");
  }

  @Test
  void an_over_long_url_gets_a_json_431() throws Exception {
    start(ServerLimits.DEFAULTS);
    RawHttp.Message r = connect().send("GET /" + "p".repeat(70 * 1024) + " HTTP/1.1\r\nHost: x\r\n\r\n")
        .read();
    assertThat(r.status()).isEqualTo(431);
    assertThat(r.headers()).containsEntry("content-type", "application/json");
    assertThat(r.body()).isEqualTo("{\"message\":\"Request Header Fields Too Large\"}");
  }

  @Test
  void a_malformed_chunked_body_gets_a_400_and_the_connection_closes() throws Exception {
    start(ServerLimits.DEFAULTS);
    RawHttp http = connect();
    RawHttp.Message r = http.send("POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
        + "\r\nzz\r\nabc\r\n0\r\n\r\n").read();
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.headers()).containsEntry("connection", "close")
        .containsEntry("content-type", "application/json");
    assertThat(r.body()).isEqualTo("{\"message\":\"Bad Request\"}");
    assertThat(http.closedByPeer()).isTrue();
  }

  @Test
  void an_overlong_utf8_byte_pair_in_the_request_target_gets_a_400_not_a_slash()
      throws Exception {
    start(ServerLimits.DEFAULTS);
    try (Socket socket = socket()) {
      OutputStream out = socket.getOutputStream();
      out.write("GET /a".getBytes(StandardCharsets.US_ASCII));
      out.write(new byte[] {(byte) 0xC0, (byte) 0xAF});
      out.write("etc HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      RawHttp.Message r = RawHttp.readRequest(socket.getInputStream());
      assertThat(r.status()).isEqualTo(400);
      assertThat(r.body()).isEqualTo("{\"message\":\"Bad Request\"}");
    }
  }

  private Socket socket() throws IOException {
    Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), server.port());
    socket.setSoTimeout(10_000);
    return socket;
  }

  private static void send(Socket socket, String text) throws IOException {
    socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
    socket.getOutputStream().flush();
  }

  /** The server closes the connection well before the socket's own 10 s read timeout. */
  private static void assertClosedWithin(Socket socket, Duration bound) throws IOException {
    long start = System.nanoTime();
    int read;
    try {
      read = socket.getInputStream().read();
    } catch (SocketException reset) {
      read = -1;
    }
    assertThat(read).as("end of stream").isEqualTo(-1);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(bound);
  }
}
