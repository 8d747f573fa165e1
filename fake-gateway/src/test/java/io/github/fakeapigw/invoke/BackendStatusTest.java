package io.github.fakeapigw.invoke;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.github.fakeapigw.TestDeployer.api;
import static io.github.fakeapigw.TestDeployer.http;
import static io.github.fakeapigw.TestDeployer.httpProxy;
import static io.github.fakeapigw.TestDeployer.response;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.BackendTest;
import io.github.fakeapigw.TestDeployer;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A backend status no client could be sent. */
class BackendStatusTest extends BackendTest {
  private final InvokeHttp client = new InvokeHttp();

  @ParameterizedTest(name = "{0} answering {1}")
  @CsvSource({"HTTP_PROXY, 600", "HTTP_PROXY, 999", "HTTP, 600"})
  void a_status_outside_100_to_599_answers_502_instead_of_breaking_the_connection(
      String type, int status) {
    backend.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withBody("odd")));
    String uri = "http://127.0.0.1:" + backend.port() + "/odd";
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("odd").method("/odd", "GET", type.equals("HTTP")
            ? http("GET", uri).respond(response("200")) : httpProxy("GET", uri)), "dev");

    HttpResponse<String> r = client.get(d.url("/odd"));

    assertThat(r.statusCode()).isEqualTo(502);
    assertThat(r.body()).isEqualTo("{\"message\": \"Internal server error\"}");
    assertThat(gateway.invocations().get(0).error().orElseThrow().cause()).isEqualTo(
        "The endpoint " + uri + " answered status " + status
            + ", outside HTTP's 100-599; API Gateway answers 502");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"/%zz", "/a%2", "/ok/%G1"})
  void a_path_that_is_not_valid_percent_encoding_is_the_callers_error(String path) {
    String uri = "http://127.0.0.1:" + backend.port() + "/{proxy}";
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("bad").method("/{proxy+}", "ANY", httpProxy("ANY", uri)
            .param("integration.request.path.proxy", "method.request.path.proxy")), "dev");

    // (a java.net.URI cannot hold such a path: a raw request)
    String answer = InvokeHttp.raw(gateway.port(), "GET",
        "/restapis/" + d.apiId() + "/dev/_user_request_" + path, "127.0.0.1");

    // 400 for a stray '%' through HTTP_PROXY: reported in ustayready/fireprox#27
    assertThat(answer).startsWith("HTTP/1.1 400 ").endsWith("{\"message\":\"Bad Request\"}")
        .contains("x-amzn-ErrorType: BadRequestException");
    assertThat(gateway.invocations().get(0).error().orElseThrow().cause())
        .contains("is not valid percent-encoding");
    assertThat(backend.getAllServeEvents()).isEmpty();
  }
}
