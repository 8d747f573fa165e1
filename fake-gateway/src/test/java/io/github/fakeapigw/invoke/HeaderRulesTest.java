package io.github.fakeapigw.invoke;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static io.github.fakeapigw.TestDeployer.api;
import static io.github.fakeapigw.TestDeployer.awsProxy;
import static io.github.fakeapigw.TestDeployer.http;
import static io.github.fakeapigw.TestDeployer.httpProxy;
import static io.github.fakeapigw.TestDeployer.response;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.fakeapigw.Backend;
import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.TestDeployer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * AWS's header rules in both directions, against the answers AWS recorded in LocalStack's
 * AWS-validated snapshots: {@code tests/aws/services/apigateway/test_apigateway_integrations
 * .snapshot.json}, {@code TestApiGatewayHeaderRemapping::test_apigateway_header_remapping_http}
 * ({@code [HTTP]} and {@code [HTTP_PROXY]}) and {@code _aws[AWS_PROXY]}, unless a test says
 * otherwise.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeaderRulesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The headers the LocalStack test sends that the JDK client lets a caller set. */
  private static final String[] CLIENT_HEADERS = {
    "Accept", "application/json",
    "Accept-Charset", "UTF-8",
    "Age", "request_Age",
    "Authorization", "Unauthorized",
    "Content-Encoding", "deflate",
    "Content-MD5", "request_Content-MD5",
    "Content-Type", "application/json",
    "Max-Forwards", "2",
    "Pragma", "cache",
    "Proxy-Authenticate", "Basic",
    "Range", "bytes=500-999",
    "Referer", "https://example.com/",
    "Server", "https://example.com/",
    "TE", "deflate",
    "Trailer", "Expires",
    "User-Agent", "localStack/0.0",
    "Via", "p.example.net",
    "Warn", "299 localStack/0.0",
    "WWW-Authenticate", "Basic YWxhZGRpbjpvcGVuc2VzYW1l",
  };

  private FakeApiGateway gateway;
  private Backend echo;
  private WireMock backend;
  private final InvokeHttp http = new InvokeHttp();

  @BeforeAll
  void start() {
    gateway = new FakeApiGateway().start();
    echo = gateway.backend("echo.example.com");
    backend = new WireMock("127.0.0.1", echo.port());
  }

  @AfterAll
  void stop() {
    gateway.close();
  }

  @BeforeEach
  void reset() {
    gateway.reset();
    backend.resetRequests();
    backend.resetMappings();
    backend.register(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));
  }

  /** (A mapped Upgrade also reaches the backend on AWS; WireMock's server refuses it, so not here.) */
  @Test
  void mapped_headers_reach_the_backend_except_the_ones_aws_drops() {
    TestDeployer.Integ integration = http("POST", "http://echo.example.com/full");
    String[][] mappings = {
      {"Accept", "'text/html'"},
      {"Age", "'request_params_age'"},
      {"Authorization", "'request_params_authorization'"},
      {"Content-MD5", "'request_params_Content-MD5'"},
      {"Expect", "'200-ok'"},
      {"Host", "method.request.header.Host"},
      {"Max-Forwards", "'2'"},
      {"Server", "'https://example.com/page'"},
      {"Trailer", "'user-agent'"},
      {"User-Agent", "'Override-Agent'"},
      {"WWW-Authenticate", "'Basic YWxhZGRpbjpvcGVuc2VzYW1l'"},
      {"Connection", "'keep-alive'"},
      {"Proxy-Authenticate", "'Basic realm=\"Access to the internal site\"'"},
      {"TE", "'gzip'"},
      {"Via", "'othersite.net'"},
    };
    for (String[] m : mappings) {
      integration.param("integration.request.header." + m[0], m[1]);
    }
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("full").method("/full", "GET", integration.respond(response("200"))), "test");

    HttpResponse<String> r = http.get(d.url("/full"), CLIENT_HEADERS);

    assertThat(r.statusCode()).isEqualTo(200);
    String host = "127.0.0.1:" + gateway.port();
    backend.verifyThat(1, anyRequestedFor(anyUrl())
        .withHeader("Accept", equalTo("text/html"))
        .withHeader("Age", equalTo("request_params_age"))
        .withHeader("Authorization", equalTo("request_params_authorization"))
        .withHeader("Content-MD5", equalTo("request_params_Content-MD5"))
        .withHeader("Max-Forwards", equalTo("2"))
        .withHeader("Server", equalTo("https://example.com/page"))
        .withHeader("Trailer", equalTo("user-agent"))
        .withHeader("WWW-Authenticate", equalTo("Basic YWxhZGRpbjpvcGVuc2VzYW1l"))
        // "Host": "<host:2>", the method request's Host, not the backend's
        .withHeader("Host", equalTo(host))
        // "User-Agent": "Override-Agent", not AmazonAPIGateway_<id>
        .withHeader("User-Agent", equalTo("Override-Agent"))
        // mapped, yet absent from what the backend received
        .withHeader("Expect", absent())
        .withHeader("Proxy-Authenticate", absent())
        .withHeader("TE", absent())
        .withHeader("Via", absent()));
  }

  @ParameterizedTest(name = "mapping {0} answers 500")
  @ValueSource(strings = {"Content-Length", "Transfer-Encoding"})
  void mapping_a_framing_header_is_a_configuration_error(String header) {
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("framing").method("/x", "GET", http("POST", "http://echo.example.com/x")
            .param("integration.request.header." + header, "'0'")
            .respond(response("200"))), "test");

    HttpResponse<String> r = http.get(d.url("/x"));

    // "content-length" and "transfer-encoding": 500 InternalServerErrorException
    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(r.body()).isEqualTo("{\"message\": \"Internal server error\"}");
    assertThat(r.headers().firstValue("x-amzn-ErrorType"))
        .hasValue("InternalServerErrorException");
    assertThat(gateway.invocations().get(0).error().orElseThrow().cause())
        .contains("header \"" + header + "\" is reserved and cannot be mapped");
  }

  @Test
  void input_params_does_not_see_the_headers_aws_hides() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < CLIENT_HEADERS.length; i += 2) {
      names.add(CLIENT_HEADERS[i]);
    }
    StringBuilder template = new StringBuilder("{");
    for (String name : names) {
      template.append(template.length() > 1 ? "," : "")
          .append('"').append(name).append("\": \"$input.params('").append(name).append("')\"");
    }
    template.append('}');
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("params").method("/full", "GET", http("POST", "http://echo.example.com/full")
            .template("application/json", template.toString())
            .respond(response("200"))), "test");

    http.get(d.url("/full"), CLIENT_HEADERS);

    // the "full-integration" body: hidden headers render empty
    backend.verifyThat(1, anyRequestedFor(anyUrl()).withRequestBody(equalToJson("""
        {"Accept": "application/json", "Accept-Charset": "UTF-8", "Age": "request_Age",
         "Authorization": "Unauthorized", "Content-Encoding": "deflate", "Content-MD5": "",
         "Content-Type": "application/json", "Max-Forwards": "", "Pragma": "cache",
         "Proxy-Authenticate": "", "Range": "bytes=500-999", "Referer": "https://example.com/",
         "Server": "", "TE": "", "Trailer": "", "User-Agent": "localStack/0.0",
         "Via": "p.example.net", "Warn": "299 localStack/0.0", "WWW-Authenticate": ""}
        """)));
  }

  @Test
  void mapped_method_response_headers_that_aws_reserves_are_remapped() {
    TestDeployer.Resp ok = response("200");
    String[] names = {"Accept", "Age", "Authorization", "Connection", "Content-Length",
        "Content-MD5", "Date", "Expect", "Host", "Max-Forwards", "Proxy-Authenticate", "Server",
        "TE", "Trailer", "Transfer-Encoding", "Upgrade", "User-Agent", "Via", "WWW-Authenticate"};
    for (String name : names) {
      ok.header(name, "'response_param_" + name + "'");
    }
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("remap").method("/full", "GET", http("POST", "http://echo.example.com/full")
            .respond(ok)), "test");

    HttpResponse<String> r = http.get(d.url("/full"));

    assertThat(r.statusCode()).isEqualTo(200);
    for (String kept : new String[] {"Accept", "Age", "TE", "Via"}) {
      assertThat(r.headers().firstValue(kept)).as(kept).hasValue("response_param_" + kept);
    }
    for (String remapped : new String[] {"Authorization", "Connection", "Content-Length",
        "Content-MD5", "Date", "Expect", "Host", "Max-Forwards", "Proxy-Authenticate", "Server",
        "Trailer", "Upgrade", "User-Agent", "WWW-Authenticate"}) {
      assertThat(r.headers().firstValue("x-amzn-Remapped-" + remapped)).as(remapped)
          .hasValue("response_param_" + remapped);
    }
    // a mapped Transfer-Encoding reaches the client under neither name
    assertThat(r.headers().firstValue("Transfer-Encoding")).isEmpty();
    assertThat(r.headers().firstValue("x-amzn-Remapped-Transfer-Encoding")).isEmpty();
  }

  @Test
  void http_proxy_passes_through_what_aws_passes_and_remaps_the_backend_reserved_headers() {
    backend.resetMappings();
    backend.register(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")
        .withHeader("x-amzn-RequestId", "backend-request-id")
        .withHeader("Server", "gunicorn/19.9.0")
        .withHeader("Date", "Fri, 04 Dec 2026 10:00:00 GMT")));
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("proxy").method("/no-param", "GET",
            httpProxy("GET", "http://echo.example.com/no-param")), "test");

    HttpResponse<String> r = http.get(d.url("/no-param"), CLIENT_HEADERS);

    // "no-param-integration" headers of the [HTTP_PROXY] case
    backend.verifyThat(1, anyRequestedFor(anyUrl())
        .withHeader("Accept", equalTo("application/json"))
        .withHeader("Accept-Charset", equalTo("UTF-8"))
        .withHeader("Age", equalTo("request_Age"))
        .withHeader("Authorization", equalTo("Unauthorized"))
        .withHeader("Range", equalTo("bytes=500-999"))
        .withHeader("User-Agent", equalTo("localStack/0.0"))
        .withHeader("Warn", equalTo("299 localStack/0.0"))
        // the backend's own Host (the named backend's address), not the caller's
        .withHeader("Host", equalTo("127.0.0.1:" + echo.port()))
        .withHeader("Content-Encoding", absent())
        .withHeader("Content-MD5", absent())
        .withHeader("Max-Forwards", absent())
        .withHeader("Proxy-Authenticate", absent())
        .withHeader("Server", absent())
        .withHeader("TE", absent())
        .withHeader("Trailer", absent())
        .withHeader("Via", absent())
        .withHeader("WWW-Authenticate", absent()));
    assertThat(r.headers().firstValue("x-amzn-Remapped-Server")).hasValue("gunicorn/19.9.0");
    assertThat(r.headers().firstValue("x-amzn-Remapped-Date"))
        .hasValue("Fri, 04 Dec 2026 10:00:00 GMT");
    // test_apigateway_http.snapshot.json, test_http_integration_with_lambda[HTTP_PROXY]
    assertThat(r.headers().firstValue("x-amzn-Remapped-x-amzn-RequestId"))
        .hasValue("backend-request-id");
    assertThat(r.headers().firstValue("x-amzn-RequestId"))
        .hasValue(gateway.invocations().get(0).requestId());
  }

  @Test
  void the_lambda_proxy_event_has_no_hop_by_hop_or_http2_upgrade_headers() throws Exception {
    AtomicReference<String> event = new AtomicReference<>();
    gateway.registerFunction("headers", (json, context) -> {
      event.set(json);
      return "{\"statusCode\": 200, \"body\": \"ok\"}";
    });
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("event").method("/e", "POST", awsProxy(
            "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
                + "arn:aws:lambda:us-east-1:123456789012:function:headers/invocations")), "test");
    // An HTTP/2-capable JDK client asks a plain-http server to upgrade: Connection, Upgrade and
    // HTTP2-Settings arrive with the request.
    HttpClient h2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2)
        .connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest.Builder request = HttpRequest.newBuilder(d.url("/e"))
        .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofString("{\"a\":1}"));
    for (int i = 0; i < CLIENT_HEADERS.length; i += 2) {
      request.header(CLIENT_HEADERS[i], CLIENT_HEADERS[i + 1]);
    }

    HttpResponse<String> r = h2.send(request.build(), HttpResponse.BodyHandlers.ofString());

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(gateway.invocations().get(0).methodRequest().headers()).containsKey("HTTP2-Settings");
    JsonNode headers = JSON.readTree(event.get()).get("headers");
    List<String> names = new ArrayList<>();
    headers.fieldNames().forEachRemaining(names::add);
    // "no-param-integration" of test_apigateway_header_remapping_aws[AWS_PROXY], and no
    // Content-Length on a POST (test_apigateway_lambda.snapshot.json,
    // test_lambda_aws_proxy_integration, "invocation-payload-with-params-encoding-multi")
    assertThat(names).containsExactlyInAnyOrder("Accept", "Accept-Charset", "Age",
        "Authorization", "Content-Encoding", "Content-Type", "Host", "Pragma", "Range", "Referer",
        "User-Agent", "Via", "Warn");
  }
}
