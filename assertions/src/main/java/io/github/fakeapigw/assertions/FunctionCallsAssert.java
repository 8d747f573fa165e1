package io.github.fakeapigw.assertions;

import static io.github.fakeapigw.assertions.error.ShouldHaveBeenInvoked.shouldHaveBeenInvoked;

import io.github.fakeapigw.recording.RecordedFunctionCall;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the recorded calls of one in-process Lambda function, oldest first.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class FunctionCallsAssert
    extends AbstractAssert<FunctionCallsAssert, List<RecordedFunctionCall>> {
  private final String functionName;
  private final FakeApiGatewayAssert gateway;

  /**
   * Creates the assert; reach it through {@link FakeApiGatewayAssert#function(String)}.
   *
   * @param functionName the function's name
   * @param actual its calls, oldest first
   * @param gateway the gateway assert to return to
   */
  protected FunctionCallsAssert(
      String functionName, List<RecordedFunctionCall> actual, FakeApiGatewayAssert gateway) {
    super(List.copyOf(actual), FunctionCallsAssert.class);
    this.functionName = functionName;
    this.gateway = gateway;
  }

  /**
   * Verifies that the function was invoked exactly {@code times} times.
   *
   * <pre>{@code
   * assertThat(gateway).function("prices").hasBeenInvokedExactly(1); // passes after one call
   * assertThat(gateway).function("prices").hasBeenInvokedExactly(2); // fails, listing the calls
   * }</pre>
   *
   * @param times the expected number of calls
   * @return this assert
   * @throws AssertionError if it was invoked another number of times
   */
  public FunctionCallsAssert hasBeenInvokedExactly(int times) {
    isNotNull();
    if (actual.size() != times) {
      throw assertionError(
          shouldHaveBeenInvoked(
              functionName,
              "to have been invoked exactly " + times + (times == 1 ? " time" : " times"),
              actual));
    }
    return myself;
  }

  /**
   * Verifies that the function was invoked at least once.
   *
   * <pre>{@code
   * assertThat(gateway).function("prices").hasBeenInvoked();  // passes after a call
   * assertThat(gateway).function("unused").hasBeenInvoked();  // fails
   * }</pre>
   *
   * @return this assert
   * @throws AssertionError if it was never invoked
   */
  public FunctionCallsAssert hasBeenInvoked() {
    isNotNull();
    if (actual.isEmpty()) {
      throw assertionError(
          shouldHaveBeenInvoked(functionName, "to have been invoked at least once", actual));
    }
    return myself;
  }

  /**
   * Verifies that the function was never invoked.
   *
   * <pre>{@code
   * assertThat(gateway).function("unused").hasNotBeenInvoked(); // passes
   * assertThat(gateway).function("prices").hasNotBeenInvoked(); // fails after a call
   * }</pre>
   *
   * @return this assert
   * @throws AssertionError if it was invoked
   */
  public FunctionCallsAssert hasNotBeenInvoked() {
    isNotNull();
    if (!actual.isEmpty()) {
      throw assertionError(
          shouldHaveBeenInvoked(functionName, "never to have been invoked", actual));
    }
    return myself;
  }

  /**
   * Navigates to the most recent call.
   *
   * <pre>{@code
   * assertThat(gateway).function("prices").lastCall().hasEventJson("{\"path\": \"/prices\"}");
   * }</pre>
   *
   * @return an assert on the last call
   * @throws AssertionError if the function was never invoked
   */
  public FunctionCallAssert lastCall() {
    hasBeenInvoked();
    return new FunctionCallAssert(actual.get(actual.size() - 1));
  }

  /**
   * Goes back to the gateway assert.
   *
   * @return the gateway assert this came from
   */
  public FakeApiGatewayAssert returnToGateway() {
    return gateway;
  }
}
