package io.github.fakeapigw.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakeapigw.FakeApiGateway;
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
}
