package io.github.fakeapigw.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.internal.RawHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The control plane answers only requests a browser cannot forge; invoke URLs stay open. Raw HTTP,
 * to send exactly what a web page could.
 */
class ControlPlaneGuardTest {
  private static final String SIGV4 = "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/"
      + "apigateway/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc123";
  private static FakeApiGateway gateway;

  @BeforeAll
  static void start() {
    gateway = new FakeApiGateway().start();
  }

  @AfterAll
  static void stop() {
    gateway.close();
  }

  private RawHttp.Message send(String request) throws Exception {
    try (RawHttp http = RawHttp.connect(gateway.port())) {
      return http.send(request).read();
    }
  }

  private String host() {
    return "127.0.0.1:" + gateway.port();
  }

  @Test
  void a_simple_cross_origin_post_without_authorization_is_refused_with_403() throws Exception {
    String body = "{\"name\":\"evil\"}";
    RawHttp.Message r = send("POST /restapis HTTP/1.1\r\nHost: " + host()
        + "\r\nOrigin: http://evil.example\r\nContent-Type: text/plain\r\nContent-Length: "
        + body.length() + "\r\n\r\n" + body);
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.headers()).containsEntry("x-amzn-errortype", "MissingAuthenticationTokenException");
    assertThat(r.body()).isEqualTo("{\"message\":\"Missing Authentication Token: the management"
        + " API needs an AWS Signature Version 4 Authorization header (AWS4-HMAC-SHA256"
        + " Credential=..., SignedHeaders=..., Signature=...), as the AWS SDK and CLI send with any"
        + " credentials; the signature is not checked\"}");
    RawHttp.Message apis = send("GET /restapis HTTP/1.1\r\nHost: " + host()
        + "\r\nAuthorization: " + SIGV4 + "\r\n\r\n");
    assertThat(apis.body()).doesNotContain("evil");
  }

  @Test
  void an_authorization_header_without_a_signature_names_what_is_missing() throws Exception {
    RawHttp.Message r = send("GET /restapis HTTP/1.1\r\nHost: " + host()
        + "\r\nAuthorization: AWS4-HMAC-SHA256 Credential=a/b, SignedHeaders=host\r\n\r\n");
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.headers()).containsEntry("x-amzn-errortype", "IncompleteSignatureException");
    assertThat(r.body()).isEqualTo("{\"message\":\"Authorization header requires the parameters"
        + " Credential, SignedHeaders and Signature (AWS4-HMAC-SHA256 Credential=...,"
        + " SignedHeaders=..., Signature=...); missing: Signature\"}");
  }

  @Test
  void a_sigv4_shaped_request_is_answered() throws Exception {
    RawHttp.Message r = send("GET /restapis HTTP/1.1\r\nHost: " + host()
        + "\r\nAuthorization: " + SIGV4 + "\r\n\r\n");
    assertThat(r.status()).isEqualTo(200);
  }

  @Test
  void a_signed_body_without_a_content_type_is_answered_as_the_aws_cli_sends_imports() throws Exception {
    String body = "{\"name\":\"untyped\"}";
    RawHttp.Message r = send("POST /restapis HTTP/1.1\r\nHost: " + host() + "\r\nAuthorization: "
        + SIGV4 + "\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);
    assertThat(r.status()).isEqualTo(201);
    RawHttp.Message unsigned = send("POST /restapis HTTP/1.1\r\nHost: " + host()
        + "\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);
    assertThat(unsigned.status()).isEqualTo(403);
  }

  @Test
  void a_text_plain_body_is_refused_even_when_signed() throws Exception {
    String body = "{\"name\":\"x\"}";
    RawHttp.Message r = send("POST /restapis HTTP/1.1\r\nHost: " + host() + "\r\nAuthorization: "
        + SIGV4 + "\r\nContent-Type: text/plain\r\nContent-Length: " + body.length() + "\r\n\r\n"
        + body);
    assertThat(r.status()).isEqualTo(415);
    assertThat(r.headers()).containsEntry("x-amzn-errortype", "UnsupportedMediaTypeException");
    assertThat(r.body()).isEqualTo("{\"message\":\"Unsupported Media Type: the management API"
        + " accepts JSON bodies only (Content-Type: application/json); offending:"
        + " \\\"text/plain\\\"\"}");
  }

  @Test
  void a_huawei_body_without_a_content_type_is_refused() throws Exception {
    String body = "{\"name\":\"shop\"}";
    RawHttp.Message r = send("POST /v1.0/apigw/api-groups HTTP/1.1\r\nHost: " + host()
        + "\r\nX-Auth-Token: t\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);
    assertThat(r.status()).isEqualTo(415);
  }

  @Test
  void a_rebound_host_name_is_refused() throws Exception {
    RawHttp.Message r = send("GET /restapis HTTP/1.1\r\nHost: evil.example:" + gateway.port()
        + "\r\nAuthorization: " + SIGV4 + "\r\n\r\n");
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.headers()).containsEntry("x-amzn-errortype", "ForbiddenException");
    assertThat(r.body()).contains("offending Host: \\\"evil.example:" + gateway.port() + "\\\"");
  }

  @Test
  void localhost_and_ipv6_loopback_hosts_are_accepted() throws Exception {
    for (String host : new String[] {"localhost:" + gateway.port(), "[::1]:" + gateway.port(),
        "127.0.0.1"}) {
      RawHttp.Message r = send("GET /restapis HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: "
          + SIGV4 + "\r\n\r\n");
      assertThat(r.status()).as(host).isEqualTo(200);
    }
  }

  @Test
  void the_huawei_dialect_needs_an_x_auth_token() throws Exception {
    RawHttp.Message r = send("GET /v1.0/apigw/apis HTTP/1.1\r\nHost: " + host() + "\r\n\r\n");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.body()).isEqualTo("{\"error_code\":\"APIG.1000\",\"error_msg\":\"Token missing:"
        + " the management API needs an X-Auth-Token header (any non-empty value; it is not"
        + " checked)\"}"); // code and words: Huawei APIG error codes appendix, APIG.1000
  }

  @Test
  void reset_needs_the_control_header_and_health_does_not() throws Exception {
    RawHttp.Message refused = send("POST /_fakeapigw/reset HTTP/1.1\r\nHost: " + host()
        + "\r\nContent-Length: 0\r\n\r\n");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body()).isEqualTo("{\"message\":\"Forbidden: /_fakeapigw/reset needs the"
        + " header X-FakeApiGw-Control (any value), so that no web page can call it; e.g. curl -X"
        + " POST -H 'X-FakeApiGw-Control: 1' http://127.0.0.1:<port>/_fakeapigw/reset\"}");

    RawHttp.Message reset = send("POST /_fakeapigw/reset HTTP/1.1\r\nHost: " + host()
        + "\r\nX-FakeApiGw-Control: 1\r\nContent-Length: 0\r\n\r\n");
    assertThat(reset.status()).isEqualTo(204);

    RawHttp.Message health = send("GET /_fakeapigw/health HTTP/1.1\r\nHost: " + host()
        + "\r\n\r\n");
    assertThat(health.status()).isEqualTo(200);
  }

  @Test
  void invoke_urls_stay_open_without_any_credentials() throws Exception {
    RawHttp.Message r = send("GET /restapis/nope/test/_user_request_/pets HTTP/1.1\r\nHost: "
        + host() + "\r\nOrigin: http://evil.example\r\n\r\n");
    // No such API: AWS's own answer, not the control plane's refusal.
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.headers()).containsEntry("x-amzn-errortype", "ForbiddenException");
    assertThat(r.body()).isEqualTo("{\"message\":\"Forbidden\"}");
  }
}
