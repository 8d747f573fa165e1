package io.github.fakeapigw.invoke;

import static io.github.fakeapigw.dsl.GatewayDsl.JSON;
import static io.github.fakeapigw.dsl.GatewayDsl.integrationResponse;
import static io.github.fakeapigw.dsl.GatewayDsl.mock;
import static io.github.fakeapigw.dsl.GatewayDsl.post;
import static io.github.fakeapigw.dsl.GatewayDsl.restApi;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.recording.RecordedInvocation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class PayloadLimitTest {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void answers_413_request_too_long_for_payloads_over_10_mb_records_it_and_keeps_serving()
      throws Exception {
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      URI upload =
          URI.create(
              gateway
                      .deploy(
                          restApi("uploads")
                              .resource(
                                  "/upload",
                                  post()
                                      .integration(
                                          mock()
                                              .respond(
                                                  integrationResponse(200)
                                                      .withTemplate(JSON, "{\"ok\": true}"))))
                              .stage("test"))
                      .invokeUrl("test")
                  + "/upload");

      HttpResponse<String> tooLarge = send(upload, new byte[10 * 1024 * 1024 + 1]);
      HttpResponse<String> small = send(upload, "{}".getBytes());

      assertThat(tooLarge.statusCode()).isEqualTo(413);
      // AWS: gateway response type, status and error type in https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html; the message text is not in a public AWS record
      assertThat(tooLarge.body()).isEqualTo("{\"message\":\"Request Too Long\"}");
      assertThat(tooLarge.headers().firstValue("x-amzn-ErrorType"))
          .hasValue("RequestEntityTooLargeException");
      assertThat(small.statusCode()).isEqualTo(200);
      RecordedInvocation recorded = gateway.invocations().get(0);
      assertThat(recorded.error()).hasValueSatisfying(e -> {
        assertThat(e.responseType()).isEqualTo("REQUEST_TOO_LARGE");
        // the fake's own diagnostic (recording and log only; the client gets AWS's answer)
        assertThat(e.cause()).contains("payload limit of 10485760 bytes");
      });
      assertThat(recorded.status()).isEqualTo(413);
    }
  }

  /**
   * The bound itself: exactly 10 MiB is served, one byte more is not, whether the length is
   * declared ({@code Content-Length}) or only known at the end (chunked). AWS: "Payload size 10 MB"
   * in https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html
   */
  @Test
  void serves_exactly_10_mib_and_refuses_one_byte_more_with_or_without_a_content_length() throws Exception {
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      URI upload = URI.create(gateway.deploy(restApi("bounds").resource("/upload", post().integration(mock()
              .respond(integrationResponse(200).withTemplate(JSON, "{\"ok\": true}")))).stage("test"))
          .invokeUrl("test") + "/upload");
      int limit = 10 * 1024 * 1024;

      assertThat(send(upload, new byte[limit]).statusCode()).as("exactly 10 MiB, Content-Length").isEqualTo(200);
      assertThat(send(upload, new byte[limit + 1]).statusCode()).as("10 MiB + 1, Content-Length").isEqualTo(413);
      assertThat(sendChunked(upload, limit).statusCode()).as("exactly 10 MiB, chunked").isEqualTo(200);
      HttpResponse<String> chunkedOver = sendChunked(upload, limit + 1);
      assertThat(chunkedOver.statusCode()).as("10 MiB + 1, chunked").isEqualTo(413);
      // AWS: gateway response type, status and error type in https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html; the message text is not in a public AWS record
      assertThat(chunkedOver.body()).isEqualTo("{\"message\":\"Request Too Long\"}");
      assertThat(send(upload, "{}".getBytes()).statusCode()).as("still serving").isEqualTo(200);
    }
  }

  /** A body of unknown length: the JDK client sends it chunked, with no Content-Length. */
  private HttpResponse<String> sendChunked(URI uri, int length) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri)
            .version(HttpClient.Version.HTTP_1_1)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(new byte[length])))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void a_management_request_over_10_mb_gets_413_too() throws Exception {
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      HttpResponse<String> response =
          send(URI.create(gateway.managementUrl() + "/restapis"), new byte[10 * 1024 * 1024 + 1]);
      assertThat(response.statusCode()).isEqualTo(413);
      // AWS: gateway response type, status and error type in https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html; the message text is not in a public AWS record
      assertThat(response.body()).isEqualTo("{\"message\":\"Request Too Long\"}");
    }
  }

  private HttpResponse<String> send(URI uri, byte[] body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            // The shape the SDK sends, which the management API requires; invoke ignores it.
            .header("Authorization", "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/"
                + "apigateway/aws4_request, SignedHeaders=host, Signature=0")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
