package io.github.fakeapigw.internal.invoke;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.internal.integration.IntegrationException;
import io.github.fakeapigw.internal.integration.lambda.LambdaResult;
import io.github.fakeapigw.internal.mapping.MappingException;
import io.github.fakeapigw.recording.RecordedIntegrationCall;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one place where mapping, integration and Lambda failures become gateway errors. */
class GatewayFailureTest {

  @ParameterizedTest
  @CsvSource({
    "TIMEOUT, INTEGRATION_TIMEOUT, 504, Endpoint request timed out",
    "NETWORK, INTEGRATION_FAILURE, 500, Internal server error",
    "CONFIGURATION, API_CONFIGURATION_ERROR, 500, Internal server error"
  })
  void an_integration_failure_answers_as_its_kind_says(
      IntegrationException.Kind kind, String responseType, int status, String message) {
    GatewayFailure f = GatewayFailure.of(new IntegrationException(kind, "the cause", null));

    assertThat(f.responseType()).isEqualTo(responseType);
    assertThat(f.status()).isEqualTo(status);
    assertThat(f.errorMessage()).isEqualTo(message);
    assertThat(f.errorType()).isEqualTo("InternalServerErrorException");
    assertThat(f.getMessage()).isEqualTo("the cause");
  }

  @Test
  void a_mapping_failure_is_a_configuration_error_with_its_message_as_cause() {
    GatewayFailure f = GatewayFailure.of(new MappingException("bad mapping expression"));

    assertThat(f.responseType()).isEqualTo("API_CONFIGURATION_ERROR");
    assertThat(f.body()).isEqualTo("{\"message\": \"Internal server error\"}");
    assertThat(f.getMessage()).isEqualTo("bad mapping expression");
  }

  @Test
  void a_lambda_failure_keeps_the_status_and_message_lambda_called_for() {
    GatewayFailure f = GatewayFailure.of(new LambdaResult.Failure(
        "INTEGRATION_FAILURE", 502, "Internal server error", "malformed proxy answer",
        new RecordedIntegrationCall("AWS_PROXY", "POST", "arn:aws:lambda:fn", Map.of(), "",
            Optional.empty(), Duration.ZERO, Optional.of("malformed proxy answer")),
        List.of()));

    assertThat(f.status()).isEqualTo(502);
    assertThat(f.body()).isEqualTo("{\"message\": \"Internal server error\"}");
    assertThat(f.getMessage()).isEqualTo("malformed proxy answer");
  }
}
