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
import io.github.fakeapigw.recording.RecordedInvocation;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

  @Test
  void concurrent_requests_each_get_their_own_backend_answer() throws Exception {
    backend.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/plain").withBody("{{request.path}}")
        .withTransformers("response-template")));
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("proxy-busy").method("/{proxy+}", "ANY",
            httpProxy("ANY", "http://127.0.0.1:" + backend.port() + "/{proxy}")
                .param("integration.request.path.proxy", "method.request.path.proxy")),
        "dev");
    int threads = 8;
    int requests = 150;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          for (int i = 0; i < requests; i++) {
            String path = "/t" + thread + "/r" + i;
            HttpResponse<String> r = http.get(d.url(path));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo(path);
          }
          return requests;
        }));
      }
      for (Future<Integer> f : done) {
        assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(requests);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(gateway.invocations()).hasSize(threads * requests)
        .allSatisfy((RecordedInvocation inv) -> assertThat(inv.response().body())
            .isEqualTo(inv.methodRequest().path()));
  }
}
