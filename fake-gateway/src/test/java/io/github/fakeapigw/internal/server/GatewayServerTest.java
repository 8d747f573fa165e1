package io.github.fakeapigw.internal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.fakeapigw.internal.RawHttp;
import io.github.fakeapigw.internal.http.HttpHandler;
import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.http.HttpRequestData;
import io.github.fakeapigw.internal.http.HttpResponseData;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GatewayServerTest {
  private final List<HttpRequestData> received = new CopyOnWriteArrayList<>();
  private GatewayServer server;

  /** Answers with what it received: method, path, query and body. */
  private final HttpHandler echo = request -> {
    received.add(request);
    if (request.rawPath().equals("/fail")) {
      throw new IllegalStateException("handler bug");
    }
    return HttpResponseData.of(200,
        HttpHeaders.builder().add("Content-Type", "text/plain").add("X-Echo", "yes").build(),
        request.method() + " " + request.rawPath() + " ?" + request.rawQuery() + " "
            + request.bodyAsString());
  };

  private GatewayServer start(Duration idleTimeout) throws Exception {
    server = new GatewayServer(0, echo, "fake-apigw-test-", idleTimeout);
    server.start();
    return server;
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void answers_several_requests_on_one_keep_alive_connection() throws Exception {
    start(GatewayServer.IDLE_TIMEOUT);
    try (RawHttp http = RawHttp.connect(server.port())) {
      for (int i = 0; i < 3; i++) {
        RawHttp.Message r = http.send("GET /pets/" + i + "?q=" + i + " HTTP/1.1\r\nHost: x\r\n\r\n")
            .read();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("GET /pets/" + i + " ?q=" + i + " ");
        assertThat(r.headers()).containsEntry("x-echo", "yes").containsKey("date")
            .doesNotContainKey("connection");
      }
    }
    assertThat(received).extracting(HttpRequestData::remoteAddress).containsOnly("127.0.0.1");
    assertThat(received).extracting(HttpRequestData::protocol).containsOnly("HTTP/1.1");
  }

  @Test
  void keeps_the_path_exactly_as_sent() throws Exception {
    start(GatewayServer.IDLE_TIMEOUT);
    try (RawHttp http = RawHttp.connect(server.port())) {
      RawHttp.Message r =
          http.send("GET /a%2Fb//c/../d?x=%20y&x=z HTTP/1.1\r\nHost: x\r\n\r\n").read();
      assertThat(r.body()).isEqualTo("GET /a%2Fb//c/../d ?x=%20y&x=z ");
    }
  }

  @Test
  void reads_a_chunked_request_body_whole() throws Exception {
    start(GatewayServer.IDLE_TIMEOUT);
    try (RawHttp http = RawHttp.connect(server.port())) {
      RawHttp.Message r = http.send("POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
          + "\r\n4\r\n{\"a\"\r\n3\r\n:1}\r\n0\r\n\r\n").read();
      assertThat(r.body()).isEqualTo("POST /c ? {\"a\":1}");
    }
  }

  @Test
  void answers_expect_100_continue_before_the_body_is_sent() throws Exception {
    start(GatewayServer.IDLE_TIMEOUT);
    try (RawHttp http = RawHttp.connect(server.port())) {
      RawHttp.Message interim = http.send("PUT /e HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
          + "Expect: 100-continue\r\n\r\n").read();
      assertThat(interim.status()).isEqualTo(100);
      RawHttp.Message r = http.send("hello").read();
      assertThat(r.body()).isEqualTo("PUT /e ? hello");
    }
  }

  @Test
  void takes_path_and_query_from_an_absolute_form_request_target() throws Exception {
    start(GatewayServer.IDLE_TIMEOUT);
    try (RawHttp http = RawHttp.connect(server.port())) {
      RawHttp.Message r =
          http.send("GET http://api.example/p/q?z=1 HTTP/1.1\r\nHost: api.example\r\n\r\n").read();
      assertThat(r.body()).isEqualTo("GET /p/q ?z=1 ");
    }
  }

  @Test
  void answers_head_with_the_length_and_no_body() throws Exception {
    start(GatewayServer.IDLE_TIMEOUT);
    try (RawHttp http = RawHttp.connect(server.port())) {
      RawHttp.Message head = http.send("HEAD /h HTTP/1.1\r\nHost: x\r\n\r\n").readHead();
      assertThat(head.headers()).containsEntry("content-length", "10");
      RawHttp.Message next = http.send("GET /n HTTP/1.1\r\nHost: x\r\n\r\n").read();
      assertThat(next.body()).isEqualTo("GET /n ? ");
    }
  }

  @Test
  void a_failing_handler_gets_a_500_and_the_connection_keeps_serving() throws Exception {
    start(GatewayServer.IDLE_TIMEOUT);
    try (RawHttp http = RawHttp.connect(server.port())) {
      RawHttp.Message failed = http.send("GET /fail HTTP/1.1\r\nHost: x\r\n\r\n").read();
      assertThat(failed.status()).isEqualTo(500);
      assertThat(failed.headers())
          .containsEntry("x-amzn-errortype", "InternalServerErrorException");
      assertThat(failed.body()).isEqualTo("{\"message\": \"Internal server error\"}");
      assertThat(http.send("GET /ok HTTP/1.1\r\nHost: x\r\n\r\n").read().status()).isEqualTo(200);
    }
  }

  @Test
  void a_malformed_request_gets_a_400_and_the_server_keeps_serving() throws Exception {
    start(GatewayServer.IDLE_TIMEOUT);
    try (RawHttp http = RawHttp.connect(server.port())) {
      RawHttp.Message r = http.send("GET /x HTTP/1.1\r\nthis is not a header\r\n\r\n").read();
      assertThat(r.status()).isEqualTo(400);
    }
    try (RawHttp http = RawHttp.connect(server.port())) {
      assertThat(http.send("GET /ok HTTP/1.1\r\nHost: x\r\n\r\n").read().status()).isEqualTo(200);
    }
  }

  @Test
  void closes_a_keep_alive_connection_idle_past_the_idle_timeout() throws Exception {
    start(Duration.ofMillis(200));
    try (RawHttp http = RawHttp.connect(server.port())) {
      assertThat(http.send("GET /x HTTP/1.1\r\nHost: x\r\n\r\n").read().status()).isEqualTo(200);
      assertThat(http.closedByPeer()).isTrue();
    }
    try (RawHttp http = RawHttp.connect(server.port())) {
      assertThat(http.send("GET /y HTTP/1.1\r\nHost: x\r\n\r\n").read().status()).isEqualTo(200);
    }
  }

  @Test
  void close_ends_open_keep_alive_connections_and_every_thread() throws Exception {
    start(GatewayServer.IDLE_TIMEOUT);
    try (RawHttp first = RawHttp.connect(server.port());
        RawHttp second = RawHttp.connect(server.port())) {
      first.send("GET /1 HTTP/1.1\r\nHost: x\r\n\r\n").read();
      second.send("GET /2 HTTP/1.1\r\nHost: x\r\n\r\n").read();
      assertThat(serverThreads()).contains("fake-apigw-test-http-acceptor",
          "fake-apigw-test-http-1", "fake-apigw-test-http-2");

      server.close();

      assertThat(first.closedByPeer()).isTrue();
      assertThat(second.closedByPeer()).isTrue();
      await("connection threads ended").atMost(Duration.ofSeconds(5))
          .until(() -> serverThreads().isEmpty());
    }
  }

  @Test
  void answers_an_http_1_0_request_and_closes_the_connection() throws Exception {
    start(GatewayServer.IDLE_TIMEOUT);
    try (RawHttp http = RawHttp.connect(server.port())) {
      RawHttp.Message r = http.send("GET /old HTTP/1.0\r\n\r\n").read();
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.headers()).containsEntry("content-length", "11");
      assertThat(r.body()).isEqualTo("GET /old ? ");
      assertThat(http.closedByPeer()).isTrue();
    }
    assertThat(received).extracting(HttpRequestData::protocol).containsExactly("HTTP/1.0");
  }

  @Test
  void closes_the_connection_after_answering_a_request_with_connection_close() throws Exception {
    start(GatewayServer.IDLE_TIMEOUT);
    try (RawHttp http = RawHttp.connect(server.port())) {
      RawHttp.Message r =
          http.send("GET /bye HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").read();
      assertThat(r.body()).isEqualTo("GET /bye ? ");
      assertThat(r.headerLines()).containsOnlyOnce("Connection: close");
      assertThat(http.closedByPeer()).isTrue();
    }
  }

  @Test
  void answers_pipelined_requests_in_order() throws Exception {
    start(GatewayServer.IDLE_TIMEOUT);
    try (RawHttp http = RawHttp.connect(server.port())) {
      http.send("GET /1 HTTP/1.1\r\nHost: x\r\n\r\n"
          + "POST /2 HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
          + "GET /3 HTTP/1.1\r\nHost: x\r\n\r\n");
      assertThat(http.read().body()).isEqualTo("GET /1 ? ");
      assertThat(http.read().body()).isEqualTo("POST /2 ? abc");
      assertThat(http.read().body()).isEqualTo("GET /3 ? ");
    }
  }

  @Test
  void reads_no_body_without_a_length_and_an_empty_one_with_length_zero() throws Exception {
    start(GatewayServer.IDLE_TIMEOUT);
    try (RawHttp http = RawHttp.connect(server.port())) {
      assertThat(http.send("DELETE /d HTTP/1.1\r\nHost: x\r\n\r\n").read().body())
          .isEqualTo("DELETE /d ? ");
      assertThat(http.send("GET /g HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")
          .read().body()).isEqualTo("GET /g ? ");
      assertThat(http.send("OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n").read().status())
          .isEqualTo(200);
    }
    assertThat(received).extracting(HttpRequestData::rawPath).containsExactly("/d", "/g", "*");
  }

  @Test
  void a_header_line_over_64_kb_gets_a_431_and_the_server_keeps_serving() throws Exception {
    start(GatewayServer.IDLE_TIMEOUT);
    try (RawHttp http = RawHttp.connect(server.port())) {
      RawHttp.Message r = http.send("GET /big HTTP/1.1\r\nHost: x\r\nX-Big: "
          + "a".repeat(70 * 1024) + "\r\n\r\n").read();
      assertThat(r.status()).isEqualTo(431);
      assertThat(r.headers()).containsEntry("connection", "close");
    }
    try (RawHttp http = RawHttp.connect(server.port())) {
      assertThat(http.send("GET /ok HTTP/1.1\r\nHost: x\r\n\r\n").read().status()).isEqualTo(200);
    }
    assertThat(received).extracting(HttpRequestData::rawPath).containsExactly("/ok");
  }

  @Test
  void a_url_over_64_kb_gets_a_431_and_the_server_keeps_serving() throws Exception {
    start(GatewayServer.IDLE_TIMEOUT);
    try (RawHttp http = RawHttp.connect(server.port())) {
      RawHttp.Message r = http.send("GET /" + "p".repeat(70 * 1024) + " HTTP/1.1\r\nHost: x\r\n\r\n")
          .read();
      assertThat(r.status()).isEqualTo(431);
    }
    try (RawHttp http = RawHttp.connect(server.port())) {
      assertThat(http.send("GET /ok HTTP/1.1\r\nHost: x\r\n\r\n").read().status()).isEqualTo(200);
    }
  }

  @Test
  void serves_a_hundred_connections_at_once() throws Exception {
    start(GatewayServer.IDLE_TIMEOUT);
    List<RawHttp> clients = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < 100; i++) {
        clients.add(RawHttp.connect(server.port()));
      }
      for (int i = 0; i < 100; i++) {
        clients.get(i).send("GET /c" + i + " HTTP/1.1\r\nHost: x\r\n\r\n");
      }
      for (int i = 0; i < 100; i++) {
        assertThat(clients.get(i).read().body()).isEqualTo("GET /c" + i + " ? ");
      }
    } finally {
      for (RawHttp c : clients) {
        c.close();
      }
    }
  }

  private static List<String> serverThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(n -> n.startsWith("fake-apigw-test-"))
        .sorted()
        .collect(Collectors.toList());
  }
}
