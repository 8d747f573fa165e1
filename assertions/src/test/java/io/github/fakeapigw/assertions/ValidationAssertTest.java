package io.github.fakeapigw.assertions;

import static io.github.fakeapigw.assertions.GatewayAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakeapigw.recording.RecordedInvocation;
import io.github.fakeapigw.recording.RecordedValidation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidationAssertTest {

  private static RecordedInvocation refusedBody() {
    return Recorded.request("POST", "/orders", "/orders")
        .validation(new RecordedValidation("v1", "all", true, true, Optional.of("Order"),
            List.of(), List.of("/quantity: must have a minimum value of 1")))
        .error("BAD_REQUEST_BODY", 400, "Invalid request body", "refused")
        .build(1);
  }

  private static RecordedInvocation missingParameters() {
    return Recorded.request("GET", "/orders", "/orders")
        .validation(new RecordedValidation("v1", "params", true, false, Optional.empty(),
            List.of("X-Client", "page"), List.of()))
        .error("BAD_REQUEST_PARAMETERS", 400,
            "Missing required request parameters: [X-Client, page]", "refused")
        .build(2);
  }

  private static RecordedInvocation passed() {
    return Recorded.request("POST", "/orders", "/orders")
        .validation(new RecordedValidation("v1", "all", true, true, Optional.of("Order"),
            List.of(), List.of()))
        .build(3);
  }

  @Test
  void a_refusal_is_asserted_with_its_reasons_and_missing_parameters() {
    assertThat(refusedBody()).wasRejectedByValidation()
        .withReason("/quantity: must have a minimum value of 1");
    assertThat(missingParameters()).wasRejectedByValidation()
        .withMissingParameters("X-Client", "page")
        .withReason("Missing required request parameters: [X-Client, page]");
    assertThat(passed()).passedValidation();
  }

  @Test
  void a_request_that_passed_fails_was_rejected_naming_the_validator() {
    assertThatThrownBy(() -> assertThat(passed()).wasRejectedByValidation())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have been rejected by its request validator")
        .hasMessageContaining("but validator all let it through.");
  }

  @Test
  void a_request_without_validator_fails_both_ways_saying_so() {
    RecordedInvocation none = Recorded.request("GET", "/health", "/health").build(4);
    assertThatThrownBy(() -> assertThat(none).wasRejectedByValidation())
        .hasMessageContaining("but no request validator looked at it");
    assertThatThrownBy(() -> assertThat(none).passedValidation())
        .hasMessageContaining("but no request validator looked at it");
  }

  @Test
  void a_wrong_reason_lists_every_reason_and_the_model() {
    assertThatThrownBy(() -> assertThat(refusedBody()).wasRejectedByValidation()
            .withReason("/item"))
        .hasMessageContaining("with a reason containing:")
        .hasMessageContaining("/quantity: must have a minimum value of 1")
        .hasMessageContaining("Body checked against model: Order");
    assertThatThrownBy(() -> assertThat(missingParameters()).wasRejectedByValidation()
            .withMissingParameters("page"))
        .hasMessageContaining("[X-Client, page]");
    assertThatThrownBy(() -> assertThat(refusedBody()).passedValidation())
        .hasMessageContaining("but validator all refused it:")
        .hasMessageContaining("/quantity: must have a minimum value of 1");
  }
}
