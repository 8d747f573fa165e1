package io.github.fakeapigw.assertions;

import static io.github.fakeapigw.assertions.error.ShouldHaveBeenRejectedByValidation.shouldHaveReason;

import io.github.fakeapigw.recording.RecordedInvocation;
import io.github.fakeapigw.recording.RecordedValidation;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a request validator's refusal of one invocation, reached through {@link
 * RecordedInvocationAssert#wasRejectedByValidation()}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class ValidationAssert extends AbstractAssert<ValidationAssert, RecordedValidation> {
  private final RecordedInvocation invocation;

  /**
   * Creates the assert; use {@link RecordedInvocationAssert#wasRejectedByValidation()}.
   *
   * @param invocation the invocation whose validation is checked
   */
  protected ValidationAssert(RecordedInvocation invocation) {
    super(invocation.validation().orElseThrow(), ValidationAssert.class);
    this.invocation = invocation;
  }

  /**
   * Verifies that one of the refusal's reasons contains a text: a missing-parameters line ({@code
   * Missing required request parameters: [tenant]}) or one of the schema validator's findings
   * ({@code /quantity: must have a minimum value of 1}).
   *
   * <pre>{@code
   * assertThat(gateway).invocation("POST", "/orders").wasRejectedByValidation()
   *     .withReason("/quantity: must have a minimum value of 1");
   * }</pre>
   *
   * @param expected the text one reason contains
   * @return this assert
   * @throws AssertionError if no reason contains it, listing every reason
   */
  public ValidationAssert withReason(String expected) {
    Objects.requireNonNull(expected, "expected");
    if (actual.reasons().stream().noneMatch(r -> r.contains(expected))) {
      throw assertionError(shouldHaveReason(invocation, expected));
    }
    return myself;
  }

  /**
   * Verifies exactly which required parameters were missing, in AWS's order.
   *
   * <pre>{@code
   * assertThat(gateway).invocation("GET", "/orders").wasRejectedByValidation()
   *     .withMissingParameters("X-Client", "page");
   * }</pre>
   *
   * @param names the parameter names, as the 400 message lists them
   * @return this assert
   * @throws AssertionError if other parameters were missing
   */
  public ValidationAssert withMissingParameters(String... names) {
    List<String> expected = List.of(names);
    if (!actual.missingParameters().equals(expected)) {
      throw failureWithActualExpected(actual.missingParameters(), expected,
          "%nExpecting the request validator to report missing parameters%n  %s%nbut it reported%n"
              + "  %s%n(reasons: %s)",
          expected, actual.missingParameters(), actual.reasons());
    }
    return myself;
  }
}
