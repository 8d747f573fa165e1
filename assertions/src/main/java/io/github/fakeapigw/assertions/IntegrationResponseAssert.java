package io.github.fakeapigw.assertions;

import static io.github.fakeapigw.assertions.error.ShouldHaveBeenSelectedByPattern.shouldHaveBeenSelectedByPattern;
import static io.github.fakeapigw.assertions.error.ShouldHaveUsedDefaultResponse.shouldHaveUsedDefaultResponse;

import io.github.fakeapigw.recording.SelectedIntegrationResponse;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Assertions on the integration response the gateway selected for a non-proxy integration.
 * Selection patterns are shown verbatim in messages.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class IntegrationResponseAssert
    extends AbstractInvocationPartAssert<IntegrationResponseAssert, SelectedIntegrationResponse> {

  /**
   * Creates the assert; reach it through {@link RecordedInvocationAssert#integrationResponse()}.
   *
   * @param actual the selected integration response
   * @param parent the invocation's assert
   */
  protected IntegrationResponseAssert(
      SelectedIntegrationResponse actual, RecordedInvocationAssert parent) {
    super(actual, IntegrationResponseAssert.class, parent, "the integration response");
  }

  /**
   * Verifies the selected integration response's status code.
   *
   * <pre>{@code
   * assertThat(invocation).integrationResponse().hasStatusCode(404); // passes
   * assertThat(invocation).integrationResponse().hasStatusCode(200); // fails
   * }</pre>
   *
   * @param expected the expected status code
   * @return this assert
   * @throws AssertionError if another response was selected
   */
  public IntegrationResponseAssert hasStatusCode(int expected) {
    return hasStatusCode(String.valueOf(expected));
  }

  /**
   * Verifies the selected integration response's status code, as configured.
   *
   * <pre>{@code
   * assertThat(invocation).integrationResponse().hasStatusCode("404"); // passes
   * assertThat(invocation).integrationResponse().hasStatusCode("200"); // fails
   * }</pre>
   *
   * @param expected the expected status code
   * @return this assert
   * @throws AssertionError if another response was selected
   * @see #hasStatusCode(int)
   */
  public IntegrationResponseAssert hasStatusCode(String expected) {
    Objects.requireNonNull(expected, "expected");
    isNotNull();
    if (!actual.statusCode().equals(expected)) {
      throw pair(
          "to have status code", expected, actual.statusCode(), expected, actual.statusCode());
    }
    return myself;
  }

  /**
   * Verifies the selection pattern that chose the response, compared verbatim.
   *
   * <pre>{@code
   * assertThat(invocation).integrationResponse().wasSelectedByPattern("2\\d{2}"); // passes
   * assertThat(invocation).integrationResponse().wasSelectedByPattern("4\\d{2}"); // fails
   * }</pre>
   *
   * @param selectionPattern the expected pattern, as configured
   * @return this assert
   * @throws AssertionError if the default response was used or another pattern matched; the message
   *     shows the value the patterns were matched against
   */
  public IntegrationResponseAssert wasSelectedByPattern(String selectionPattern) {
    Objects.requireNonNull(selectionPattern, "selectionPattern");
    isNotNull();
    if (actual.selectionPattern().isEmpty()) {
      throw assertionError(shouldHaveBeenSelectedByPattern(invocation, selectionPattern, actual));
    }
    String pattern = actual.selectionPattern().get();
    if (!pattern.equals(selectionPattern)) {
      throw pair(
          "to have been selected by pattern", selectionPattern, pattern, selectionPattern, pattern);
    }
    return myself;
  }

  /**
   * Verifies that the default integration response (the one without a selection pattern) was used.
   *
   * <pre>{@code
   * assertThat(invocation).integrationResponse().usedDefaultResponse(); // passes when no pattern matched
   * assertThat(invocation).integrationResponse().usedDefaultResponse(); // fails when "2\\d{2}" selected it
   * }</pre>
   *
   * @return this assert
   * @throws AssertionError if a pattern selected the response
   */
  public IntegrationResponseAssert usedDefaultResponse() {
    isNotNull();
    if (actual.selectionPattern().isPresent()) {
      throw assertionError(shouldHaveUsedDefaultResponse(invocation, actual));
    }
    return myself;
  }
}
