package io.github.fakeapigw.internal.integration;

import static io.github.fakeapigw.TestDeployer.api;
import static io.github.fakeapigw.TestDeployer.httpProxy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.TestDeployer;
import io.github.fakeapigw.internal.RawHttp;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * HTTP_PROXY calls seen on the wire at both ends: what the client's bytes become at the backend,
 * and what the backend's bytes (framing, hop-by-hop headers, odd answers) become at the client.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpProxyWireTest {
  private FakeApiGateway gateway;
  private ScriptedBackend backend;
  private volatile ScriptedBackend.Script script;
  private String path;

  @BeforeAll
  void start() throws IOException {
    backend = new ScriptedBackend((request, out) -> script.answer(request, out));
    gateway = new FakeApiGateway().start();
  }

  @AfterAll
  void stop() throws Exception {
    gateway.close();
    backend.close();
  }

  @BeforeEach
  void deploy() {
    gateway.reset();
    backend.requests.clear();
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("wire").method("/{proxy+}", "ANY",
            httpProxy("ANY", backend.uri("/") + "{proxy}")
                .param("integration.request.path.proxy", "method.request.path.proxy")),
        "dev");
    path = d.url("/").getRawPath();
  }

  private static boolean write(OutputStream out, String answer) throws IOException {
    out.write(answer.getBytes(StandardCharsets.ISO_8859_1));
    return true;
  }

  @Test
  void keeps_header_case_and_repeated_headers_in_order_both_ways() throws Exception {
    script = (request, out) -> write(out, "HTTP/1.1 200 OK\r\nX-MiXed-Case: m\r\n"
        + "Set-Cookie: a=1\r\nSet-Cookie: b=2\r\nContent-Length: 2\r\n\r\nok");
    try (RawHttp http = RawHttp.connect(gateway.port())) {
      RawHttp.Message r = http.send("GET " + path + "h HTTP/1.1\r\nHost: x\r\n"
          + "X-Multi: 1\r\nx-lower-Case: v\r\nX-Multi: 2\r\n\r\n").read();

      assertThat(r.status()).isEqualTo(200);
      assertThat(r.headerLines()).containsSubsequence("X-MiXed-Case: m", "Set-Cookie: a=1",
          "Set-Cookie: b=2");
    }
    assertThat(backend.requests).singleElement().satisfies(m ->
        assertThat(m.headerLines()).containsSubsequence("X-Multi: 1", "X-Multi: 2")
            .contains("x-lower-Case: v"));
  }

  @Test
  void sends_one_date_one_length_and_no_chunking_for_a_chunked_backend_answer() throws Exception {
    script = (request, out) -> write(out, "HTTP/1.1 200 OK\r\n"
        + "Date: Mon, 01 Jan 2024 00:00:00 GMT\r\nConnection: keep-alive\r\n"
        + "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n");
    try (RawHttp http = RawHttp.connect(gateway.port())) {
      RawHttp.Message r = http.send("GET " + path + "c HTTP/1.1\r\nHost: x\r\n\r\n").read();

      assertThat(r.body()).isEqualTo("hello world");
      assertThat(named(r, "Date")).hasSize(1);
      assertThat(named(r, "Content-Length")).containsExactly("Content-Length: 11");
      assertThat(named(r, "Transfer-Encoding")).isEmpty();
      assertThat(named(r, "Connection")).hasSizeLessThanOrEqualTo(1);
      assertThat(r.headers()).containsEntry("x-amzn-remapped-date",
          "Mon, 01 Jan 2024 00:00:00 GMT");
      assertThat(http.send("GET " + path + "again HTTP/1.1\r\nHost: x\r\n\r\n").read().body())
          .isEqualTo("hello world");
    }
  }

  @Test
  void answers_head_without_a_body_and_keeps_serving_the_connection() throws Exception {
    script = (request, out) -> request.startLine().startsWith("HEAD")
        ? write(out, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\n")
        : ScriptedBackend.ok("after", out);
    try (RawHttp http = RawHttp.connect(gateway.port())) {
      RawHttp.Message head = http.send("HEAD " + path + "h HTTP/1.1\r\nHost: x\r\n\r\n").readHead();
      assertThat(head.status()).isEqualTo(200);
      assertThat(head.headers()).containsEntry("x-amzn-remapped-content-length", "5");

      assertThat(http.send("GET " + path + "g HTTP/1.1\r\nHost: x\r\n\r\n").read().body())
          .isEqualTo("after");
    }
  }

  @Test
  void passes_204_and_304_on_without_a_body() throws Exception {
    script = (request, out) -> write(out, request.startLine().contains("/304")
        ? "HTTP/1.1 304 Not Modified\r\nETag: \"e\"\r\n\r\n"
        : "HTTP/1.1 204 No Content\r\n\r\n");
    try (RawHttp http = RawHttp.connect(gateway.port())) {
      RawHttp.Message none = http.send("DELETE " + path + "204 HTTP/1.1\r\nHost: x\r\n\r\n").read();
      assertThat(none.status()).isEqualTo(204);
      assertThat(named(none, "Content-Length")).isEmpty();
      RawHttp.Message same = http.send("GET " + path + "304 HTTP/1.1\r\nHost: x\r\n\r\n").read();
      assertThat(same.status()).isEqualTo(304);
      assertThat(same.headers()).containsEntry("etag", "\"e\"");
    }
  }

  @Test
  void a_backend_closing_before_its_content_length_is_a_500_and_the_gateway_keeps_serving()
      throws Exception {
    script = (request, out) -> {
      if (request.startLine().contains("/short")) {
        write(out, "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc");
        return false;
      }
      return ScriptedBackend.ok("whole", out);
    };
    try (RawHttp http = RawHttp.connect(gateway.port())) {
      assertThat(http.send("GET " + path + "short HTTP/1.1\r\nHost: x\r\n\r\n").read().status())
          .isEqualTo(500);
      assertThat(http.send("GET " + path + "next HTTP/1.1\r\nHost: x\r\n\r\n").read().body())
          .isEqualTo("whole");
    }
  }

  @Test
  void carries_a_5_mb_answer_and_a_body_just_under_10_mb() throws Exception {
    String big = "x".repeat(5 * 1024 * 1024);
    script = (request, out) -> ScriptedBackend.ok(
        request.startLine().startsWith("GET") ? big : "got " + request.body().length(), out);
    int almost = 10 * 1024 * 1024 - 1024;
    try (RawHttp http = RawHttp.connect(gateway.port())) {
      assertThat(http.send("GET " + path + "big HTTP/1.1\r\nHost: x\r\n\r\n").read().body())
          .isEqualTo(big);
      RawHttp.Message posted = http.send("POST " + path + "up HTTP/1.1\r\nHost: x\r\n"
          + "Content-Length: " + almost + "\r\n\r\n" + "y".repeat(almost)).read();
      assertThat(posted.body()).isEqualTo("got " + almost);
    }
  }

  private static List<String> named(RawHttp.Message message, String name) {
    return message.headerLines().stream()
        .filter(l -> l.regionMatches(true, 0, name + ":", 0, name.length() + 1))
        .toList();
  }
}
