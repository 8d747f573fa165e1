package io.github.fakeapigw.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.github.fakeapigw.dsl.GatewayDsl.ANY;
import static io.github.fakeapigw.dsl.GatewayDsl.JSON;
import static io.github.fakeapigw.dsl.GatewayDsl.any;
import static io.github.fakeapigw.dsl.GatewayDsl.httpProxy;
import static io.github.fakeapigw.dsl.GatewayDsl.integrationResponse;
import static io.github.fakeapigw.dsl.GatewayDsl.mock;
import static io.github.fakeapigw.dsl.GatewayDsl.restApi;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.fakeapigw.DeployedApi;
import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.FakeApiGatewayOptions;
import io.github.fakeapigw.dsl.GatewayDsl;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One request's round trip, each pair measured in the same run with the same JDK HttpClient
 * (HTTP/1.1, keep-alive):
 *
 * <ul>
 *   <li>{@code httpProxyThroughGateway} (GET through an HTTP_PROXY integration to a WireMock stub)
 *       vs {@code wireMockDirect} (the same GET straight to WireMock);
 *   <li>{@code mockIntegration} (a MOCK integration with small request and response templates) vs
 *       {@code wireMockStatic} (WireMock serving an equivalent static stub).
 * </ul>
 *
 * <p>The gateway records every invocation; the recording cap bounds memory.
 *
 * <p>The long warm-up is deliberate: on 2 cores with four client threads, WireMock, the JDK client
 * and the gateway keep getting faster for about 40 seconds while the JIT compiles them, and a
 * shorter warm-up measures compilation rather than steady state (both sides of each pair, but not
 * equally).
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar InvokeBenchmark -bm thrpt -tu s -t 4</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 20, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(2)
public class InvokeBenchmark {
  private static final String BODY = "{\"id\":\"42\",\"name\":\"rex\"}";

  private WireMockServer wireMock;
  private FakeApiGateway gateway;
  private HttpClient client;
  private HttpRequest proxied;
  private HttpRequest direct;
  private HttpRequest mocked;
  private HttpRequest staticStub;

  @Setup(Level.Trial)
  public void start() {
    wireMock = new WireMockServer(
        options().bindAddress("127.0.0.1").dynamicPort().disableRequestJournal());
    wireMock.start();
    wireMock.stubFor(get(urlPathEqualTo("/pets/42")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(BODY)));
    wireMock.stubFor(get(urlPathEqualTo("/static")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(BODY)));

    gateway = new FakeApiGateway(FakeApiGatewayOptions.defaults().withMaxRecordedInvocations(1000))
        .start();
    DeployedApi api = gateway.deploy(restApi("bench")
        .resource("/{proxy+}", any().integration(
            httpProxy(ANY, "http://127.0.0.1:" + wireMock.port() + "/{proxy}")
                .withRequestParameter("integration.request.path.proxy",
                    "method.request.path.proxy")))
        .resource("/mock/{id}", GatewayDsl.get().integration(mock()
            .withRequestTemplate(JSON, "{\"statusCode\": 200}")
            .respond(integrationResponse(200).withTemplate(JSON,
                "{\"id\":\"$input.params('id')\",\"name\":\"rex\"}"))))
        .stage("bench"));

    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    String invoke = api.invokeUrl("bench").toString();
    proxied = HttpRequest.newBuilder(URI.create(invoke + "/pets/42")).GET().build();
    direct = HttpRequest.newBuilder(URI.create(wireMock.baseUrl() + "/pets/42")).GET().build();
    mocked = HttpRequest.newBuilder(URI.create(invoke + "/mock/42")).GET().build();
    staticStub = HttpRequest.newBuilder(URI.create(wireMock.baseUrl() + "/static")).GET().build();
    check(proxied);
    check(direct);
    check(mocked);
    check(staticStub);
  }

  @TearDown(Level.Trial)
  public void stop() {
    gateway.close();
    wireMock.stop();
  }

  private void check(HttpRequest request) {
    HttpResponse<String> r = send(request);
    if (r.statusCode() != 200 || !r.body().equals(BODY)) {
      throw new IllegalStateException(
          "Benchmark setup is wrong: " + request.uri() + " answered " + r.statusCode() + " "
              + r.body());
    }
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Benchmark
  public String httpProxyThroughGateway() {
    return send(proxied).body();
  }

  @Benchmark
  public String wireMockDirect() {
    return send(direct).body();
  }

  @Benchmark
  public String mockIntegration() {
    return send(mocked).body();
  }

  @Benchmark
  public String wireMockStatic() {
    return send(staticStub).body();
  }
}
