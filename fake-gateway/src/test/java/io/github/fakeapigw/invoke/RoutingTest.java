package io.github.fakeapigw.invoke;

import static io.github.fakeapigw.TestDeployer.api;
import static io.github.fakeapigw.TestDeployer.mock;
import static io.github.fakeapigw.TestDeployer.response;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.TestDeployer;
import io.github.fakeapigw.recording.MatchedRoute;
import io.github.fakeapigw.recording.RecordedInvocation;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoutingTest {
  private FakeApiGateway gateway;
  private final InvokeHttp http = new InvokeHttp();
  private TestDeployer.Deployed deployed;

  @BeforeAll
  void start() {
    gateway = new FakeApiGateway().start();
    deployed = TestDeployer.deploy(gateway,
        api("routes")
            .method("/pets", "GET", tagged("pets"))
            .method("/pets/mine", "GET", tagged("mine"))
            .method("/pets/{petId}", "GET", tagged("petId"))
            .method("/pets/{petId}", "ANY", tagged("petId-any"))
            .method("/{proxy+}", "ANY", tagged("proxy"))
            .method("/head", "GET", tagged("head")),
        "dev");
  }

  @AfterAll
  void stop() {
    gateway.close();
  }

  @BeforeEach
  void clear() {
    gateway.clearInvocations();
  }

  private static TestDeployer.Integ tagged(String tag) {
    return mock().respond(response("200").header("X-Route", "'" + tag + "'"));
  }

  @ParameterizedTest(name = "{0} {1} is served by {2}")
  @CsvSource({
    "GET, /pets, pets",
    "GET, /pets/, pets",
    "GET, /pets/mine, mine",
    "GET, /pets/42, petId",
    "DELETE, /pets/42, petId-any",
    "GET, /pets/42/toys, proxy",
    "POST, /anything/at/all, proxy",
    "HEAD, /pets/42, petId-any",
  })
  void literal_beats_parameter_beats_greedy_and_exact_verb_beats_any(
      String verb, String path, String route) {
    HttpResponse<String> r = http.send(verb, deployed.url(path), null);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("X-Route")).hasValue(route);
  }

  @Test
  void path_parameters_are_recorded_raw_as_in_the_url() {
    http.get(deployed.url("/pets/a%2Bb+c"));

    assertThat(gateway.invocations().get(0).route()).hasValue(
        new MatchedRoute(deployed.resourceId("/pets/{petId}"), "/pets/{petId}", "GET",
            Map.of("petId", "a%2Bb+c")));
  }

  @Test
  void answers_403_missing_authentication_token_when_the_verb_is_missing_and_records_why() {
    HttpResponse<String> r = http.send("POST", deployed.url("/pets"), "{}");

    assertThat(r.statusCode()).isEqualTo(403);
    // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_common.snapshot.json, TestApigatewayRouting::test_routing_not_found, "not-found"
    assertThat(r.body()).isEqualTo("{\"message\":\"Missing Authentication Token\"}");
    assertThat(r.headers().firstValue("x-amzn-ErrorType"))
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_common.snapshot.json, TestApigatewayRouting::test_routing_not_found, "not-found"
        .hasValue("MissingAuthenticationTokenException");
    RecordedInvocation recorded = gateway.invocations().get(0);
    assertThat(recorded.isMatched()).isFalse();
    assertThat(recorded.unmatchedReason()).hasValue(
        "Resource /pets matches path \"/pets\" but has no POST method; its methods: [GET]."
            + " API Gateway answers a missing method like an unknown path");
    assertThat(recorded.error().orElseThrow().responseType())
        .isEqualTo("MISSING_AUTHENTICATION_TOKEN");
  }

  @Test
  void head_is_not_served_by_a_get_method() {
    HttpResponse<String> r = http.send("HEAD", deployed.url("/head"), null);

    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(gateway.invocations().get(0).unmatchedReason().orElseThrow())
        .contains("(HEAD is not served by a GET method)");
  }

  @Test
  void the_greedy_proxy_does_not_match_the_stage_root() {
    HttpResponse<String> r = http.get(deployed.url("/"));

    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(gateway.invocations().get(0).unmatchedReason().orElseThrow())
        .isEqualTo("Resource / matches path \"/\" but has no GET method; its methods: none."
            + " API Gateway answers a missing method like an unknown path");
  }
}
