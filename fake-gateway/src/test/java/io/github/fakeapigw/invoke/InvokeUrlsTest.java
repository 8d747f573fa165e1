package io.github.fakeapigw.invoke;

import static io.github.fakeapigw.TestDeployer.api;
import static io.github.fakeapigw.TestDeployer.mock;
import static io.github.fakeapigw.TestDeployer.response;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.TestDeployer;
import io.github.fakeapigw.recording.RecordedInvocation;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvokeUrlsTest {
  private FakeApiGateway gateway;
  private final InvokeHttp http = new InvokeHttp();
  private TestDeployer.Deployed pets;

  @BeforeAll
  void start() {
    gateway = new FakeApiGateway().start();
  }

  @AfterAll
  void stop() {
    gateway.close();
  }

  @BeforeEach
  void deploy() {
    gateway.reset();
    pets = TestDeployer.deploy(gateway,
        api("pets").method("/pets", "GET",
            mock().respond(response("200").header("X-Served-By", "'pets-v1'"))), "dev");
  }

  @Test
  void serves_a_deployed_stage_on_the_path_style_url() {
    HttpResponse<String> r = http.get(pets.url("/pets"));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("X-Served-By")).hasValue("pets-v1");
    assertThat(pets.url("/pets").getPath())
        .isEqualTo("/restapis/" + pets.apiId() + "/dev/_user_request_/pets");
  }

  @Test
  void serves_a_deployed_stage_on_the_emulator_style_url() {
    HttpResponse<String> r = http.get(URI.create(
        gateway.managementUrl() + "/_aws/execute-api/" + pets.apiId() + "/dev/pets"));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("X-Served-By")).hasValue("pets-v1");
  }

  @Test
  void serves_host_style_urls_with_a_case_insensitive_api_id() {
    String host = pets.apiId().toUpperCase(Locale.ROOT) + ".execute-api.localhost:" + gateway.port();

    String raw = InvokeHttp.raw(gateway.port(), "GET", "/dev/pets", host);

    assertThat(raw).startsWith("HTTP/1.1 200").containsIgnoringCase("X-Served-By: pets-v1");
    RecordedInvocation recorded = gateway.invocations().get(0);
    assertThat(recorded.apiId()).isEqualToIgnoringCase(pets.apiId());
    assertThat(recorded.deploymentId()).hasValue(pets.deploymentId());
  }

  @Test
  void answers_403_forbidden_for_an_unknown_api_and_records_why() {
    HttpResponse<String> r = http.get(URI.create(gateway.invokeUrl("nosuchapi0", "dev") + "/x"));

    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).isEqualTo("{\"message\":\"Forbidden\"}");
    assertThat(r.headers().firstValue("x-amzn-ErrorType")).hasValue("ForbiddenException");
    RecordedInvocation recorded = gateway.invocations().get(0);
    assertThat(recorded.error().orElseThrow().cause())
        // the fake's own diagnostic (recording and log only; the client gets AWS's answer)
        .startsWith("No REST API has id \"nosuchapi0\"; APIs on this gateway: [" + pets.apiId());
  }

  @Test
  void answers_403_forbidden_for_an_unknown_stage_and_records_the_stages() {
    HttpResponse<String> r = http.get(URI.create(gateway.invokeUrl(pets.apiId(), "Dev") + "/pets"));

    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).isEqualTo("{\"message\":\"Forbidden\"}");
    assertThat(gateway.invocations().get(0).error().orElseThrow().cause())
        .isEqualTo("REST API " + pets.apiId() + " has no stage \"Dev\" (stage names are"
            // the fake's own diagnostic (recording and log only; the client gets AWS's answer)
            + " case-sensitive); its stages: [dev]. Only deployed stages serve invoke URLs");
  }

  @Test
  void serves_the_frozen_deployment_not_later_changes_to_the_definition() {
    TestDeployer.redefine(pets, api("pets")
        .method("/pets", "GET", mock().respond(response("200").header("X-Served-By", "'v2'")))
        .method("/cats", "GET", mock().respond(response("200"))));

    HttpResponse<String> petsResponse = http.get(pets.url("/pets"));
    HttpResponse<String> cats = http.get(pets.url("/cats"));

    assertThat(petsResponse.headers().firstValue("X-Served-By")).hasValue("pets-v1");
    assertThat(cats.statusCode()).isEqualTo(403);
    // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_common.snapshot.json, TestApigatewayRouting::test_routing_not_found, "not-found"
    assertThat(cats.body()).isEqualTo("{\"message\":\"Missing Authentication Token\"}");
  }

  @Test
  void every_response_carries_the_request_id_and_the_extended_request_id() {
    List<HttpResponse<String>> responses =
        List.of(http.get(pets.url("/pets")), http.get(pets.url("/nope")));

    List<RecordedInvocation> recorded = gateway.invocations();
    for (int i = 0; i < 2; i++) {
      assertThat(responses.get(i).headers().firstValue("x-amzn-RequestId"))
          .hasValue(recorded.get(i).requestId());
      assertThat(responses.get(i).headers().firstValue("x-amz-apigw-id")).isPresent();
      assertThat(recorded.get(i).response().header("x-amzn-RequestId"))
          .hasValue(recorded.get(i).requestId());
    }
  }
}
