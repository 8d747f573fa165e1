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
  private TestDeployer.Deployed strict;
  private TestDeployer.Deployed siblings;

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
    strict = TestDeployer.deploy(gateway,
        api("strict")
            .method("/pets", "GET", tagged("pets"))
            .method("/head", "GET", tagged("head")),
        "dev");
    // The API of LocalStack's AWS-validated test_proxy_routing_with_hardcoded_resource_sibling
    // (tests/aws/services/apigateway/test_apigateway_common.py) and of the slash cases of
    // test_lambda_aws_proxy_integration (test_apigateway_lambda.snapshot.json).
    TestDeployer.Integ echo = mock().respond(response("200").template("application/json",
        "{\"resource\": \"$context.resourcePath\", \"proxy\": \"$input.params('proxy')\","
            + " \"contextPath\": \"$context.path\"}"));
    siblings = TestDeployer.deploy(gateway,
        api("siblings")
            .method("/test", "POST", tagged("POST"))
            .method("/test/any", "ANY", tagged("ANY"))
            .method("/{proxy+}", "OPTIONS", tagged("OPTIONS"))
            .method("/{proxy+}", "GET", echo)
            .method("/hardcoded", "GET", echo)
            .method("/lambda/{proxy+}", "GET", TestDeployer.awsProxy(
                "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
                    + "arn:aws:lambda:us-east-1:123456789012:function:paths/invocations"))
            .method("/query", "GET", mock().respond(response("200").template("application/json",
                "{\"plus\": \"$input.params('plus')\", \"email\": \"$input.params('email')\","
                    + " \"category\": \"$input.params('category')\"}"))),
        "stage");
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
    HttpResponse<String> r = http.send("POST", strict.url("/pets"), "{}");

    // test_apigateway_common.snapshot.json, test_routing_not_found: "wrong-method"
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
    HttpResponse<String> r = http.send("HEAD", strict.url("/head"), null);

    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(gateway.invocations().get(0).unmatchedReason().orElseThrow())
        .contains("(HEAD is not served by a GET method)");
  }

  @ParameterizedTest(name = "{0} {1} is served by {2}")
  @CsvSource({
    // test_apigateway_common.py, test_proxy_routing_with_hardcoded_resource_sibling (AWS-validated)
    "OPTIONS, /test, OPTIONS",
    "POST, /test, POST",
    "OPTIONS, /test/any, ANY",
    "GET, /test/any, ANY",
  })
  void a_resource_without_the_verb_is_served_by_the_greedy_sibling_that_has_it(
      String verb, String path, String route) {
    HttpResponse<String> r = http.send(verb, siblings.url(path), null);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("X-Route")).hasValue(route);
  }

  @Test
  void a_greedy_value_does_not_keep_the_trailing_slash() {
    HttpResponse<String> r = http.get(siblings.url("/proxy-value/"));

    // test_apigateway_lambda.snapshot.json, test_lambda_aws_proxy_integration:
    // "invocation-payload-with-trailing-slash" has path /proxy-value/ and proxy proxy-value
    assertThat(r.body()).isEqualTo("{\"resource\": \"/{proxy+}\", \"proxy\": \"proxy-value\","
        + " \"contextPath\": \"/stage/proxy-value/\"}");
  }

  @Test
  void a_double_slash_inside_a_greedy_value_is_kept() {
    HttpResponse<String> r = http.get(siblings.url("/proxy-value//double-slash"));

    // "invocation-payload-with-double-slash": proxy proxy-value//double-slash
    assertThat(r.body()).isEqualTo("{\"resource\": \"/{proxy+}\","
        + " \"proxy\": \"proxy-value//double-slash\","
        + " \"contextPath\": \"/stage/proxy-value//double-slash\"}");
  }

  @ParameterizedTest(name = "{0} routes as {1}")
  @CsvSource({
    // "invocation-hardcoded": //hardcoded is served by /hardcoded, $context.path keeps //
    "//hardcoded, /hardcoded, '', /stage//hardcoded",
    // "invocation-payload-with-prepended-slash": //proxy-value gives proxy proxy-value
    "//proxy-value, /{proxy+}, proxy-value, /stage//proxy-value",
  })
  void extra_leading_slashes_are_ignored_for_routing(
      String path, String resource, String proxy, String contextPath) {
    HttpResponse<String> r = http.get(siblings.url(path));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("{\"resource\": \"" + resource + "\", \"proxy\": \"" + proxy
        + "\", \"contextPath\": \"" + contextPath + "\"}");
    assertThat(gateway.invocations().get(0).route().orElseThrow().resourcePath())
        .isEqualTo(resource);
  }

  @Test
  void the_greedy_proxy_does_not_match_the_stage_root() {
    HttpResponse<String> r = http.get(deployed.url("/"));

    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(gateway.invocations().get(0).unmatchedReason().orElseThrow())
        .isEqualTo("Resource / matches path \"/\" but has no GET method; its methods: none."
            + " API Gateway answers a missing method like an unknown path");
  }

  @Test
  void query_strings_are_form_decoded_and_a_repeated_key_keeps_every_value() {
    HttpResponse<String> r = http.get(siblings.url(
        "/query?plus=test+alias@gmail.com&email=test%2Balias@gmail.com"
            + "&category=electronics&category=books"));

    // test_apigateway_lambda.snapshot.json, test_lambda_aws_proxy_integration:
    // "invocation-payload-with-params-encoding" (plus: "test alias@gmail.com", email:
    // "test+alias@gmail.com") and "-multi" (category: books; all values in the multi-value view)
    assertThat(r.body()).isEqualTo("{\"plus\": \"test alias@gmail.com\","
        + " \"email\": \"test+alias@gmail.com\", \"category\": \"books\"}");
    assertThat(gateway.invocations().get(0).methodRequest().queryParameters())
        .containsEntry("category", java.util.List.of("electronics", "books"));
  }

  @Test
  void non_ascii_query_values_are_utf_8_decoded() {
    HttpResponse<String> r = http.get(siblings.url("/query?plus=%C3%A9t%C3%A9&email=%E2%82%AC"));

    // UTF-8, as the JDK client and browsers encode it (not among AWS's recorded cases)
    assertThat(r.body()).startsWith("{\"plus\": \"\u00e9t\u00e9\", \"email\": \"\u20ac\"");
  }

  @Test
  void the_lambda_proxy_event_path_drops_extra_leading_slashes_and_the_context_path_keeps_them()
      throws Exception {
    java.util.concurrent.atomic.AtomicReference<String> event =
        new java.util.concurrent.atomic.AtomicReference<>();
    gateway.registerFunction("paths", (json, context) -> {
      event.set(json);
      return "{\"statusCode\": 200, \"body\": \"ok\"}";
    });

    HttpResponse<String> r = http.get(siblings.url("//lambda/proxy-value/"));

    assertThat(r.statusCode()).isEqualTo(200);
    com.fasterxml.jackson.databind.JsonNode e =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(event.get());
    // test_apigateway_lambda.snapshot.json, test_lambda_aws_proxy_integration:
    // "invocation-payload-with-prepended-slash" and "-with-trailing-slash"
    assertThat(e.get("path").asText()).isEqualTo("/lambda/proxy-value/");
    assertThat(e.get("pathParameters").get("proxy").asText()).isEqualTo("proxy-value");
    assertThat(e.get("resource").asText()).isEqualTo("/lambda/{proxy+}");
    assertThat(e.get("requestContext").get("path").asText())
        .isEqualTo("/stage//lambda/proxy-value/");
  }
}
