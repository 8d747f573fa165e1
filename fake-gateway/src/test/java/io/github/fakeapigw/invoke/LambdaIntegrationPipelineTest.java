package io.github.fakeapigw.invoke;

import static io.github.fakeapigw.TestDeployer.api;
import static io.github.fakeapigw.TestDeployer.aws;
import static io.github.fakeapigw.TestDeployer.awsProxy;
import static io.github.fakeapigw.TestDeployer.response;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.TestDeployer;
import io.github.fakeapigw.recording.RecordedInvocation;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** AWS and AWS_PROXY integrations run through the pipeline to in-process functions. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LambdaIntegrationPipelineTest {
  private static final String URI_PREFIX =
      "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
          + "arn:aws:lambda:us-east-1:123456789012:function:";

  private FakeApiGateway gateway;
  private final InvokeHttp http = new InvokeHttp();

  @BeforeAll
  void start() {
    gateway = new FakeApiGateway().start();
    gateway.registerFunction("echo", (event, context) ->
        "{\"statusCode\":201,\"headers\":{\"X-Fn\":\"echo\"},\"body\":\"proxied\"}");
    gateway.registerFunction("fails", (event, context) -> {
      throw new IllegalStateException("Validation failed: bad id");
    });
    gateway.registerFunction("custom", (event, context) -> event);
  }

  @AfterAll
  void stop() {
    gateway.close();
  }

  @BeforeEach
  void clear() {
    gateway.clearInvocations();
  }

  @Test
  void aws_proxy_returns_the_function_answer_and_records_the_function_call() {
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("l").method("/x", "GET", awsProxy(URI_PREFIX + "echo/invocations")), "dev");

    HttpResponse<String> r = http.get(d.url("/x"));

    assertThat(r.statusCode()).isEqualTo(201);
    assertThat(r.body()).isEqualTo("proxied");
    assertThat(r.headers().firstValue("X-Fn")).hasValue("echo");
    RecordedInvocation recorded = gateway.invocations().get(0);
    assertThat(recorded.functionCalls()).hasSize(1);
    assertThat(recorded.integrationCall().orElseThrow().integrationType()).isEqualTo("AWS_PROXY");
  }

  @Test
  void aws_custom_selects_integration_responses_by_error_message() {
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("l")
            .method("/ok", "POST", aws(URI_PREFIX + "custom/invocations")
                .respond(response("200")))
            .method("/bad", "POST", aws(URI_PREFIX + "fails/invocations")
                .respond(response("200"))
                .respond(response("400").pattern("Validation failed.*"))),
        "dev");

    HttpResponse<String> ok = http.send("POST", d.url("/ok"), "{\"a\":1}");
    HttpResponse<String> bad = http.send("POST", d.url("/bad"), "{\"a\":1}");

    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).isEqualTo("{\"a\":1}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(gateway.invocations().get(1).integrationResponse().orElseThrow().selectionValue())
        .isEqualTo("Validation failed: bad id");
  }

  @Test
  void an_unregistered_function_answers_500_and_records_why() {
    TestDeployer.Deployed d = TestDeployer.deploy(gateway,
        api("l").method("/x", "GET", awsProxy(URI_PREFIX + "missing/invocations")), "dev");

    HttpResponse<String> r = http.get(d.url("/x"));

    assertThat(r.statusCode()).isEqualTo(500);
    // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_import.snapshot.json, TestApiGatewayImportRestApi::test_import_with_stage_variables, "get-error-resp-from-http"
    assertThat(r.body()).isEqualTo("{\"message\": \"Internal server error\"}");
    assertThat(gateway.invocations().get(0).error().orElseThrow().cause())
        .startsWith("Lambda function \"arn:aws:lambda:us-east-1:123456789012:function:missing\""
            + " was not found");
  }
}
