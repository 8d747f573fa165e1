package io.github.fakeapigw.assertions;

import static io.github.fakeapigw.assertions.error.ShouldHaveBeenRejectedByValidation.shouldHaveBeenRejectedByValidation;
import static io.github.fakeapigw.assertions.error.ShouldHaveBeenRejectedByValidation.shouldHavePassedValidation;
import static io.github.fakeapigw.assertions.error.ShouldHaveBeenServedBy.shouldHaveBeenServedBy;
import static io.github.fakeapigw.assertions.error.ShouldHaveEndpointResponse.shouldHaveEndpointResponse;
import static io.github.fakeapigw.assertions.error.ShouldHaveError.shouldHaveError;
import static io.github.fakeapigw.assertions.error.ShouldHaveIntegrationCall.shouldHaveIntegrationCall;
import static io.github.fakeapigw.assertions.error.ShouldHaveIntegrationResponse.shouldHaveIntegrationResponse;
import static io.github.fakeapigw.assertions.error.ShouldHaveMappedParameter.shouldHaveMappedParameter;
import static io.github.fakeapigw.assertions.error.ShouldHaveNoError.shouldHaveNoError;
import static io.github.fakeapigw.assertions.error.ShouldHaveOneFunctionCall.shouldHaveOneFunctionCall;
import static io.github.fakeapigw.assertions.internal.Render.quote;

import io.github.fakeapigw.assertions.internal.InvocationMessages;
import io.github.fakeapigw.assertions.internal.Message;
import io.github.fakeapigw.assertions.internal.Render;
import io.github.fakeapigw.recording.CanaryDecision;
import io.github.fakeapigw.recording.MappedParameter;
import io.github.fakeapigw.recording.RecordedError;
import io.github.fakeapigw.recording.RecordedHttpMessage;
import io.github.fakeapigw.recording.RecordedIntegrationCall;
import io.github.fakeapigw.recording.RecordedInvocation;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one {@link RecordedInvocation}: its final status, mapped parameters, gateway error
 * and canary side, and navigation to its method request, integration call, endpoint response,
 * integration response and final response.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class RecordedInvocationAssert
    extends AbstractAssert<RecordedInvocationAssert, RecordedInvocation> {

  /**
   * Creates the assert; use {@link GatewayAssertions#assertThat(RecordedInvocation)}.
   *
   * @param actual the invocation
   */
  protected RecordedInvocationAssert(RecordedInvocation actual) {
    super(actual, RecordedInvocationAssert.class);
  }

  /**
   * Verifies the final status sent to the caller.
   *
   * <pre>{@code
   * // passes when the caller got 200
   * assertThat(invocation).hasStatus(200);
   * // fails, showing the gateway error and its cause if there was one
   * assertThat(invocation).hasStatus(404);
   * }</pre>
   *
   * @param expected the expected status
   * @return this assert
   * @throws AssertionError if the status differs
   */
  public RecordedInvocationAssert hasStatus(int expected) {
    isNotNull();
    if (actual.status() != expected) {
      Message extra = new Message();
      actual.error().ifPresent(e -> extra.append(Render.error(e)));
      throw pair(
          "to have status",
          String.valueOf(expected),
          String.valueOf(actual.status()),
          expected,
          actual.status(),
          extra);
    }
    return myself;
  }

  /**
   * Verifies that a parameter mapping produced a value ({@code integration.request.*} or {@code
   * method.response.header.*}).
   *
   * <pre>{@code
   * // passes when integration.request.header.X-Order-Id was mapped to "42"
   * assertThat(invocation).hasMappedParameter("integration.request.header.X-Order-Id", "42");
   * // fails, listing every mapped parameter with its source
   * assertThat(invocation).hasMappedParameter("integration.request.header.X-Order", "42");
   * }</pre>
   *
   * @param target the mapped name, as configured
   * @param expectedValue the value expected
   * @return this assert
   * @throws AssertionError if the parameter was not mapped, or mapped to another value
   */
  public RecordedInvocationAssert hasMappedParameter(String target, String expectedValue) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(expectedValue, "expectedValue");
    isNotNull();
    MappedParameter p = mapped(target, expectedValue);
    checkMappedValue(p, expectedValue);
    return myself;
  }

  /**
   * Verifies that a parameter was mapped from a source expression to a value.
   *
   * <pre>{@code
   * // passes
   * assertThat(invocation).hasMappedParameter(
   *     "integration.request.header.X-Order-Id", "method.request.path.id", "42");
   * // fails: mapped from method.request.path.id, not from the querystring
   * assertThat(invocation).hasMappedParameter(
   *     "integration.request.header.X-Order-Id", "method.request.querystring.id", "42");
   * }</pre>
   *
   * @param target the mapped name, as configured
   * @param source the source expression, as configured ({@code method.request.path.id})
   * @param expectedValue the value expected
   * @return this assert
   * @throws AssertionError if the parameter was not mapped, mapped from another source, or to
   *     another value
   */
  public RecordedInvocationAssert hasMappedParameter(
      String target, String source, String expectedValue) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(expectedValue, "expectedValue");
    isNotNull();
    MappedParameter p = mapped(target, expectedValue);
    if (!p.source().equals(source)) {
      throw pair(
          "to have mapped parameter " + quote(target) + " from",
          source,
          p.source(),
          source,
          p.source(),
          new Message());
    }
    checkMappedValue(p, expectedValue);
    return myself;
  }

  private MappedParameter mapped(String target, String expectedValue) {
    return actual.mappedParameters().stream()
        .filter(p -> p.target().equals(target))
        .reduce((a, b) -> b)
        .orElseThrow(
            () -> assertionError(shouldHaveMappedParameter(actual, target, expectedValue)));
  }

  private void checkMappedValue(MappedParameter p, String expectedValue) {
    if (!p.value().equals(Optional.of(expectedValue))) {
      throw pair(
          "to have mapped parameter " + quote(p.target()),
          quote(expectedValue),
          p.value().map(Render::quote).orElse("(not mapped: source absent)"),
          expectedValue,
          p.value().orElse(null),
          new Message().line("Mapped from:").indented(p.source()));
    }
  }

  /**
   * Verifies that the caller got a gateway error of a type ({@code INTEGRATION_FAILURE}, {@code
   * MISSING_AUTHENTICATION_TOKEN}, {@code INTEGRATION_TIMEOUT}, ...).
   *
   * <pre>{@code
   * // passes when the backend was down
   * assertThat(invocation).hasError("INTEGRATION_FAILURE");
   * // fails when the invocation succeeded
   * assertThat(invocation).hasError("INTEGRATION_TIMEOUT");
   * }</pre>
   *
   * @param responseType the gateway response type
   * @return this assert
   * @throws AssertionError if there was no error, or one of another type
   */
  public RecordedInvocationAssert hasError(String responseType) {
    Objects.requireNonNull(responseType, "responseType");
    isNotNull();
    Optional<RecordedError> error = actual.error();
    if (error.isEmpty()) {
      throw assertionError(shouldHaveError(actual, responseType));
    }
    if (!error.get().responseType().equals(responseType)) {
      throw pair(
          "to have gateway error",
          responseType,
          error.get().responseType(),
          responseType,
          error.get().responseType(),
          new Message().line("Cause:").indented(error.get().cause()));
    }
    return myself;
  }

  /**
   * Verifies that the caller got no gateway error.
   *
   * <pre>{@code
   * // passes after a normal response
   * assertThat(invocation).hasNoError();
   * // fails after 403 Missing Authentication Token, printing the cause
   * assertThat(invocation).hasNoError();
   * }</pre>
   *
   * @return this assert
   * @throws AssertionError if there was a gateway error
   */
  public RecordedInvocationAssert hasNoError() {
    isNotNull();
    if (actual.error().isPresent()) {
      throw assertionError(shouldHaveNoError(actual));
    }
    return myself;
  }

  /**
   * Verifies that the method's request validator refused the request ({@code
   * BAD_REQUEST_PARAMETERS} or {@code BAD_REQUEST_BODY}), and navigates to its reasons.
   *
   * <pre>{@code
   * // passes when the body broke the Order model
   * assertThat(gateway).invocation("POST", "/orders").wasRejectedByValidation()
   *     .withReason("/quantity: must have a minimum value of 1");
   * // fails when the request passed, or the method has no request validator
   * assertThat(gateway).invocation("GET", "/health").wasRejectedByValidation();
   * }</pre>
   *
   * @return an assert on the validator's verdict
   * @throws AssertionError if no validator ran, or it let the request through
   */
  public ValidationAssert wasRejectedByValidation() {
    isNotNull();
    if (actual.validation().isEmpty() || actual.validation().get().passed()) {
      throw assertionError(shouldHaveBeenRejectedByValidation(actual));
    }
    return new ValidationAssert(actual);
  }

  /**
   * Verifies that the method's request validator ran and let the request through.
   *
   * <pre>{@code
   * assertThat(gateway).invocation("POST", "/orders").passedValidation();
   * }</pre>
   *
   * @return this assert
   * @throws AssertionError if no validator ran, or it refused the request (listing its reasons)
   */
  public RecordedInvocationAssert passedValidation() {
    isNotNull();
    if (actual.validation().isEmpty() || !actual.validation().get().passed()) {
      throw assertionError(shouldHavePassedValidation(actual));
    }
    return myself;
  }

  /**
   * Verifies that the canary deployment served the invocation.
   *
   * <pre>{@code
   * // passes on a canary stage at 100 percent
   * assertThat(invocation).wasServedByCanary();
   * // fails at 0 percent, printing the draw and the seed
   * assertThat(invocation).wasServedByCanary();
   * }</pre>
   *
   * @return this assert
   * @throws AssertionError if the base deployment served it, or its stage had no canary
   */
  public RecordedInvocationAssert wasServedByCanary() {
    isNotNull();
    if (!actual.canary().map(CanaryDecision::canary).orElse(false)) {
      throw assertionError(shouldHaveBeenServedBy(actual, true));
    }
    return myself;
  }

  /**
   * Verifies that the base deployment of a stage with canary settings served the invocation.
   *
   * <pre>{@code
   * // passes on a canary stage at 0 percent
   * assertThat(invocation).wasServedByBase();
   * // fails at 100 percent, printing the draw and the seed
   * assertThat(invocation).wasServedByBase();
   * }</pre>
   *
   * @return this assert
   * @throws AssertionError if the canary served it, or its stage had no canary settings
   */
  public RecordedInvocationAssert wasServedByBase() {
    isNotNull();
    if (actual.canary().map(CanaryDecision::canary).orElse(true)) {
      throw assertionError(shouldHaveBeenServedBy(actual, false));
    }
    return myself;
  }

  /**
   * Verifies which deployment served the invocation.
   *
   * <pre>{@code
   * assertThat(invocation).ranDeployment("d1");   // passes when d1 served it
   * assertThat(invocation).ranDeployment("d2");   // fails
   * }</pre>
   *
   * @param deploymentId the expected deployment id
   * @return this assert
   * @throws AssertionError if another deployment, or none, served it
   */
  public RecordedInvocationAssert ranDeployment(String deploymentId) {
    Objects.requireNonNull(deploymentId, "deploymentId");
    isNotNull();
    if (!actual.deploymentId().equals(Optional.of(deploymentId))) {
      throw pair(
          "to have run deployment",
          quote(deploymentId),
          actual.deploymentId().map(Render::quote).orElse("(none)"),
          deploymentId,
          actual.deploymentId().orElse(null),
          new Message());
    }
    return myself;
  }

  /**
   * Verifies a stage variable in effect for the invocation (canary overrides applied).
   *
   * <pre>{@code
   * assertThat(invocation).hasStageVariable("flavour", "new");   // passes on the canary
   * assertThat(invocation).hasStageVariable("flavour", "old");   // fails on the canary
   * }</pre>
   *
   * @param name the variable name
   * @param expectedValue the expected value
   * @return this assert
   * @throws AssertionError if the variable was not set or had another value
   */
  public RecordedInvocationAssert hasStageVariable(String name, String expectedValue) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expectedValue, "expectedValue");
    isNotNull();
    String value = actual.stageVariables().get(name);
    if (!expectedValue.equals(value)) {
      throw pair(
          "to have stage variable " + quote(name),
          quote(expectedValue),
          value == null ? "(not set)" : quote(value),
          expectedValue,
          value,
          new Message());
    }
    return myself;
  }

  /**
   * Navigates to the method request as the gateway received it.
   *
   * <pre>{@code
   * assertThat(invocation).methodRequest().hasHeader("Accept", "application/json");
   * }</pre>
   *
   * @return an assert on the method request
   */
  public MethodRequestAssert methodRequest() {
    isNotNull();
    return new MethodRequestAssert(actual.methodRequest(), this);
  }

  /**
   * Navigates to the integration request as the gateway sent it.
   *
   * <pre>{@code
   * // passes when the backend was called
   * assertThat(invocation).integrationCall().hasPath("/v1/orders/42");
   * // fails when the gateway answered before calling the integration, printing why
   * assertThat(unmatchedInvocation).integrationCall();
   * }</pre>
   *
   * @return an assert on the integration call
   * @throws AssertionError if the integration was not called
   */
  public IntegrationCallAssert integrationCall() {
    isNotNull();
    return new IntegrationCallAssert(
        actual
            .integrationCall()
            .orElseThrow(() -> assertionError(shouldHaveIntegrationCall(actual))),
        this);
  }

  /**
   * Navigates to the endpoint response: what the integration answered, before integration response
   * mapping.
   *
   * <pre>{@code
   * assertThat(invocation).endpointResponse().hasStatus(404);
   * }</pre>
   *
   * @return an assert on the endpoint response
   * @throws AssertionError if the integration was not called, or the call failed
   */
  public HttpMessageAssert endpointResponse() {
    isNotNull();
    RecordedIntegrationCall call =
        actual
            .integrationCall()
            .orElseThrow(() -> assertionError(shouldHaveIntegrationCall(actual)));
    RecordedHttpMessage response =
        call.response().orElseThrow(() -> assertionError(shouldHaveEndpointResponse(actual, call)));
    return new HttpMessageAssert(response, this, "the endpoint response");
  }

  /**
   * Navigates to the integration response the gateway selected (non-proxy integrations).
   *
   * <pre>{@code
   * assertThat(invocation).integrationResponse().hasStatusCode(404).wasSelectedByPattern("404");
   * }</pre>
   *
   * @return an assert on the selected integration response
   * @throws AssertionError if none was selected
   */
  public IntegrationResponseAssert integrationResponse() {
    isNotNull();
    return new IntegrationResponseAssert(
        actual
            .integrationResponse()
            .orElseThrow(() -> assertionError(shouldHaveIntegrationResponse(actual))),
        this);
  }

  /**
   * Navigates to the one Lambda function call the invocation made (AWS and AWS_PROXY integrations).
   *
   * <pre>{@code
   * // passes when the request ran the "prices" function once
   * assertThat(invocation).functionCall().hasNoError().hasEventJsonContaining("{\"path\": \"/prices\"}");
   * // fails for an HTTP integration, which calls no function
   * assertThat(httpInvocation).functionCall();
   * }</pre>
   *
   * @return an assert on the function call
   * @throws AssertionError unless the invocation made exactly one function call
   */
  public FunctionCallAssert functionCall() {
    isNotNull();
    if (actual.functionCalls().size() != 1) {
      throw assertionError(shouldHaveOneFunctionCall(actual));
    }
    return new FunctionCallAssert(actual.functionCalls().get(0));
  }

  /**
   * Navigates to the final response sent to the caller.
   *
   * <pre>{@code
   * assertThat(invocation).response().hasHeader("Content-Type", "application/json");
   * }</pre>
   *
   * @return an assert on the final response
   */
  public HttpMessageAssert response() {
    isNotNull();
    return new HttpMessageAssert(actual.response(), this, "the response");
  }

  private AssertionError pair(
      String expectation,
      String expectedText,
      String actualText,
      Object expected,
      Object actualValue,
      Message extra) {
    Message m = InvocationMessages.pair("", actual, expectation, expectedText, actualText, extra);
    return failureWithActualExpected(actualValue, expected, m.format(), m.args());
  }
}
