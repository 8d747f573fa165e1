package io.github.fakeapigw.assertions;

import static io.github.fakeapigw.assertions.GatewayAssertions.assertThat;
import static io.github.fakeapigw.dsl.GatewayDsl.awsProxy;
import static io.github.fakeapigw.dsl.GatewayDsl.post;
import static io.github.fakeapigw.dsl.GatewayDsl.restApi;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakeapigw.DeployedApi;
import io.github.fakeapigw.FakeApiGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Function-call assertions against a real gateway running an in-process Lambda function. */
class LambdaEndToEndTest {
  private FakeApiGateway gateway;
  private Management http;

  @BeforeEach
  void start() {
    gateway = new FakeApiGateway().start();
    http = new Management(gateway);
  }

  @AfterEach
  void stop() {
    gateway.close();
  }

  @Test
  void checks_the_calls_of_a_lambda_function_behind_a_proxy_integration() {
    // GIVEN
    gateway.registerFunction(
        "prices", (event, context) -> "{\"statusCode\":200,\"body\":\"{\\\"price\\\":9.99}\"}");
    DeployedApi api =
        gateway.deploy(
            restApi("shop")
                .resource("/prices", post().integration(awsProxy("prices")))
                .stage("test"));

    // WHEN
    http.invoke(api.id(), "test", "POST", "/prices");

    // THEN
    assertThat(gateway).invocation("POST", "/prices").hasNoError();
    assertThat(gateway)
        .function("prices")
        .hasBeenInvokedExactly(1)
        .lastCall()
        .hasNoError()
        .hasEventJsonContaining(
            "{\"httpMethod\": \"POST\", \"path\": \"/prices\", \"resource\": \"/prices\"}")
        .hasResultJson("{\"statusCode\": 200, \"body\": \"{\\\"price\\\":9.99}\"}");
    assertThat(gateway)
        .invocation("POST", "/prices")
        .hasStatus(200)
        .integrationCall()
        .hasType("AWS_PROXY")
        .returnToInvocation()
        .functionCall()
        .hasNoError();
    assertThat(gateway).invocation("POST", "/prices").response().hasJsonBody("{\"price\": 9.99}");
    assertThat(gateway).function("stock").hasNotBeenInvoked();
    assertThatThrownBy(() -> assertThat(gateway).function("prices").hasBeenInvokedExactly(2))
        .hasMessageStartingWith(
            "Expecting function \"prices\" to have been invoked exactly 2 times"
                + System.lineSeparator()
                + "but it was invoked 1 time:"
                + System.lineSeparator()
                + "  1. RequestResponse request \"");
  }
}
