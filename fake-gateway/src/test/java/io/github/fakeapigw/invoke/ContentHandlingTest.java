package io.github.fakeapigw.invoke;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.fakeapigw.TestDeployer.api;
import static io.github.fakeapigw.TestDeployer.http;
import static io.github.fakeapigw.TestDeployer.response;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.BackendTest;
import io.github.fakeapigw.TestDeployer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContentHandlingTest extends BackendTest {
  private final InvokeHttp client = new InvokeHttp();

  @BeforeEach
  void stubBackend() {
    backend.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("ok")));
  }

  private String uri() {
    return "http://127.0.0.1:" + backend.port() + "/in";
  }

  @Test
  void convert_to_text_base64_encodes_a_binary_payload_before_the_template() {
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("bin").binaryMediaType("application/octet-stream")
            .method("/x", "POST", http("POST", uri()).contentHandling("CONVERT_TO_TEXT")
                .template("application/octet-stream", "{\"data\": \"$input.body\"}")
                .respond(response("200"))),
        "dev");

    client.send("POST", d.url("/x"), "hello", "Content-Type", "application/octet-stream");

    backend.verify(postRequestedFor(urlEqualTo("/in"))
        .withRequestBody(equalTo("{\"data\": \"aGVsbG8=\"}")));
  }

  @Test
  void convert_to_binary_decodes_a_text_payload_and_bad_base64_answers_500() {
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("bin").method("/x", "POST", http("POST", uri()).contentHandling("CONVERT_TO_BINARY")
            .respond(response("200"))),
        "dev");

    client.send("POST", d.url("/x"),
        Base64.getEncoder().encodeToString("raw bytes".getBytes(StandardCharsets.UTF_8)),
        "Content-Type", "text/plain");
    HttpResponse<String> bad = client.send("POST", d.url("/x"), "not base64!", "Content-Type",
        "text/plain");

    backend.verify(postRequestedFor(urlEqualTo("/in"))
        .withRequestBody(binaryEqualTo("raw bytes".getBytes(StandardCharsets.UTF_8))));
    assertThat(bad.statusCode()).isEqualTo(500);
    assertThat(gateway.invocations().get(1).error().orElseThrow().cause())
        // the fake's own diagnostic (recording and log only; the client gets AWS's answer)
        .startsWith("Unable to base64-decode the request payload for contentHandling"
            + " CONVERT_TO_BINARY: ");
  }

  @Test
  void a_binary_payload_without_conversion_skips_templates_and_passes_through() {
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("bin").binaryMediaType("image/*")
            .method("/x", "POST", http("POST", uri())
                .template("image/png", "templated")
                .respond(response("200"))),
        "dev");

    client.send("POST", d.url("/x"), "PNGDATA", "Content-Type", "image/png");

    backend.verify(postRequestedFor(urlEqualTo("/in")).withRequestBody(equalTo("PNGDATA")));
    assertThat(gateway.invocations().get(0).renderedTemplates()).isEmpty();
  }

  @Test
  void convert_to_text_on_the_integration_response_base64_encodes_a_binary_backend_body() {
    backend.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/octet-stream").withBody("bytes")));
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("bin").binaryMediaType("application/octet-stream")
            .method("/x", "GET", http("GET", uri())
                .respond(response("200").contentHandling("CONVERT_TO_TEXT"))),
        "dev");

    HttpResponse<String> r = client.get(d.url("/x"));

    assertThat(r.body()).isEqualTo("Ynl0ZXM=");
  }
}
