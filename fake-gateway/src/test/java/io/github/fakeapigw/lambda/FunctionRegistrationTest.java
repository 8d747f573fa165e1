package io.github.fakeapigw.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.GatewayCheckpoint;
import io.github.fakeapigw.TestDeployer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class FunctionRegistrationTest {

  @Test
  void rejects_a_name_that_is_not_a_lambda_function_name_and_says_which_forms_work() {
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      assertThatThrownBy(() -> gateway.registerFunction("my prices", (e, c) -> "{}"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "A Lambda function must be given as a name (\"prices\"), a name with a version or"
                  + " alias (\"prices:live\", \"prices:3\") or a function ARN"
                  + " (\"arn:aws:lambda:us-east-1:123456789012:function:prices[:qualifier]\");"
                  + " names use only letters, digits, '-' and '_'; offending: \"my prices\"");
    }
  }

  @Test
  void accepts_registrations_before_start_and_starts_with_no_calls_recorded() {
    try (FakeApiGateway gateway = new FakeApiGateway()) {
      gateway
          .registerFunction("prices", (e, c) -> "{}")
          .registerFunction("arn:aws:lambda:us-east-1:123456789012:function:prices:live",
              (e, c) -> "{}");
      gateway.start();

      assertThat(gateway.functionCalls()).isEmpty();
      assertThat(gateway.functionCalls("prices")).isEmpty();
    }
  }

  @Test
  void refuses_registrations_and_reads_after_close() {
    FakeApiGateway gateway = new FakeApiGateway().start();
    gateway.close();

    assertThatThrownBy(() -> gateway.registerFunction("prices", (e, c) -> "{}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("FakeApiGateway was closed");
    assertThatThrownBy(gateway::functionCalls)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("FakeApiGateway was closed");
  }

  @Test
  void rejects_null_arguments_naming_them() {
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      assertThatThrownBy(() -> gateway.registerFunction(null, (e, c) -> "{}"))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("nameOrArn");
      assertThatThrownBy(() -> gateway.registerFunction("prices", null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("function");
    }
  }

  @Test
  void reset_to_a_checkpoint_restores_the_functions_registered_at_that_time() throws Exception {
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      gateway.registerFunction("kept", (e, c) -> "{}");
      URI url = TestDeployer.deploy(gateway, TestDeployer.api("later").method("/", "GET",
          TestDeployer.awsProxy("arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
              + "arn:aws:lambda:us-east-1:123456789012:function:later/invocations")), "dev")
          .url("/");
      GatewayCheckpoint checkpoint = gateway.checkpoint();
      gateway.registerFunction("later", (e, c) -> "{\"body\":\"later\"}");
      assertThat(get(url).body()).isEqualTo("later");

      gateway.resetTo(checkpoint);

      HttpResponse<String> response = get(url);
      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(gateway.functionCalls()).isEmpty();
      assertThat(gateway.invocations().get(0).error().orElseThrow().cause())
          .contains("registered functions: [\"kept\"]");
    }
  }

  @Test
  void reset_removes_every_registered_function() throws Exception {
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      gateway.registerFunction("prices", (e, c) -> "{}");

      gateway.reset();

      URI url = TestDeployer.deploy(gateway, TestDeployer.api("prices").method("/", "GET",
          TestDeployer.awsProxy("arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
              + "arn:aws:lambda:us-east-1:123456789012:function:prices/invocations")), "dev")
          .url("/");
      assertThat(get(url).statusCode()).isEqualTo(500);
      assertThat(gateway.invocations().get(0).error().orElseThrow().cause())
          .contains("registered functions: none");
    }
  }

  private static HttpResponse<String> get(URI url) throws Exception {
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
