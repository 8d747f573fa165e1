package io.github.fakeapigw.invoke;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.fakeapigw.TestDeployer.api;
import static io.github.fakeapigw.TestDeployer.httpProxy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.BackendTest;
import io.github.fakeapigw.TestDeployer;
import io.github.fakeapigw.recording.RecordedIntegrationCall;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class HttpProxyIntegrationTest extends BackendTest {
  private final InvokeHttp http = new InvokeHttp();

  @Test
  void passes_verb_path_query_headers_and_body_through_both_ways() {
    backend.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "text/plain").withHeader("X-Backend", "b1")
        .withHeader("Server", "backend-server").withBody("created it")));
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("proxy").method("/{proxy+}", "ANY",
            httpProxy("ANY", "http://127.0.0.1:" + backend.port() + "/base/{proxy}")
                .param("integration.request.path.proxy", "method.request.path.proxy")
                .param("integration.request.header.X-Merged", "'merged'")),
        "dev");

    HttpResponse<String> r = http.send("POST", d.url("/orders/7/items?x=1&x=2&y=a%20b"),
        "{\"qty\":3}", "Content-Type", "application/json", "X-Custom", "c1");

    assertThat(r.statusCode()).isEqualTo(201);
    assertThat(r.body()).isEqualTo("created it");
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain");
    assertThat(r.headers().firstValue("X-Backend")).hasValue("b1");
    assertThat(r.headers().firstValue("x-amzn-Remapped-Server")).hasValue("backend-server");
    assertThat(r.headers().firstValue("x-amzn-RequestId")).isPresent();
    backend.verify(postRequestedFor(urlEqualTo("/base/orders/7/items?x=1&x=2&y=a%20b"))
        .withHeader("X-Custom", equalTo("c1"))
        .withHeader("X-Merged", equalTo("merged"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withHeader("X-Amzn-Apigateway-Api-Id", equalTo(d.apiId()))
        .withHeader("Host", equalTo("127.0.0.1:" + backend.port()))
        .withHeader("Connection", absent().or(equalTo("keep-alive")))
        .withRequestBody(equalTo("{\"qty\":3}")));
    RecordedIntegrationCall call = gateway.invocations().get(0).integrationCall().orElseThrow();
    assertThat(call.integrationType()).isEqualTo("HTTP_PROXY");
    assertThat(call.path()).isEqualTo("/base/orders/7/items");
    assertThat(call.query()).isEqualTo("x=1&x=2&y=a%20b");
    assertThat(call.body()).isEqualTo("{\"qty\":3}");
  }

  @Test
  void mapped_query_parameters_are_merged_into_the_client_query() {
    backend.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("proxy-q").method("/{proxy+}", "ANY",
            httpProxy("GET", "http://127.0.0.1:" + backend.port() + "/{proxy}")
                .param("integration.request.path.proxy", "method.request.path.proxy")
                .param("integration.request.querystring.extra", "'1'")),
        "dev");

    http.get(d.url("/q?a=1"));

    backend.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
        urlEqualTo("/q?a=1&extra=1")));
  }
}
