package io.github.fakeapigw.recording;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the gateway did with one request, from the method request to the final response.
 *
 * @param sequence position in the gateway's recording, from 1
 * @param requestId {@code $context.requestId}, also sent as {@code x-amzn-RequestId}
 * @param kind whether it came through an invoke URL or TestInvokeMethod
 * @param apiId the REST API id addressed
 * @param stage the stage addressed (absent for TestInvokeMethod)
 * @param deploymentId the deployment that served the request, if one did
 * @param methodRequest the request as received
 * @param route the matched resource and method
 * @param unmatchedReason why no resource or method matched, if none did
 * @param canary the canary decision, on stages with canary settings
 * @param stageVariables the stage variables in effect (with canary overrides applied)
 * @param mappedParameters every evaluated request and response parameter mapping
 * @param renderedTemplates every template that ran
 * @param integrationCall the integration request as sent and the endpoint response
 * @param integrationResponse the integration response chosen (non-proxy integrations)
 * @param response the final method response sent to the caller
 * @param latency time from receipt to the response being ready
 * @param error the gateway error the caller got, with its full cause
 * @param validation the request validator's verdict, on methods with a request validator
 */
public record RecordedInvocation(
    long sequence,
    String requestId,
    Instant receivedAt,
    Kind kind,
    String apiId,
    Optional<String> stage,
    Optional<String> deploymentId,
    RecordedRequest methodRequest,
    Optional<MatchedRoute> route,
    Optional<String> unmatchedReason,
    Optional<CanaryDecision> canary,
    Map<String, String> stageVariables,
    List<MappedParameter> mappedParameters,
    List<RenderedTemplate> renderedTemplates,
    Optional<RecordedIntegrationCall> integrationCall,
    Optional<SelectedIntegrationResponse> integrationResponse,
    List<RecordedFunctionCall> functionCalls,
    RecordedHttpMessage response,
    Duration latency,
    Optional<RecordedError> error,
    Optional<RecordedValidation> validation) {
  public RecordedInvocation {
    validation = Copies.opt(validation);
    stage = Copies.opt(stage);
    deploymentId = Copies.opt(deploymentId);
    route = Copies.opt(route);
    unmatchedReason = Copies.opt(unmatchedReason);
    canary = Copies.opt(canary);
    stageVariables = Copies.map(stageVariables);
    mappedParameters = Copies.list(mappedParameters);
    renderedTemplates = Copies.list(renderedTemplates);
    integrationCall = Copies.opt(integrationCall);
    integrationResponse = Copies.opt(integrationResponse);
    functionCalls = Copies.list(functionCalls);
    error = Copies.opt(error);
  }

  /** A record of a request no request validator looked at. */
  public RecordedInvocation(
      long sequence,
      String requestId,
      Instant receivedAt,
      Kind kind,
      String apiId,
      Optional<String> stage,
      Optional<String> deploymentId,
      RecordedRequest methodRequest,
      Optional<MatchedRoute> route,
      Optional<String> unmatchedReason,
      Optional<CanaryDecision> canary,
      Map<String, String> stageVariables,
      List<MappedParameter> mappedParameters,
      List<RenderedTemplate> renderedTemplates,
      Optional<RecordedIntegrationCall> integrationCall,
      Optional<SelectedIntegrationResponse> integrationResponse,
      List<RecordedFunctionCall> functionCalls,
      RecordedHttpMessage response,
      Duration latency,
      Optional<RecordedError> error) {
    this(sequence, requestId, receivedAt, kind, apiId, stage, deploymentId, methodRequest, route,
        unmatchedReason, canary, stageVariables, mappedParameters, renderedTemplates,
        integrationCall, integrationResponse, functionCalls, response, latency, error,
        Optional.empty());
  }

  /** How the request reached the gateway. */
  public enum Kind {
    INVOKE,
    TEST_INVOKE
  }

  /** Whether a resource and method matched. */
  public boolean isMatched() {
    return route.isPresent();
  }

  /** The final status sent to the caller. */
  public int status() {
    return response.status();
  }

  /** The value of a mapped parameter by target name, if it was mapped. */
  public Optional<String> mappedParameter(String target) {
    return mappedParameters.stream()
        .filter(p -> p.target().equals(target))
        .reduce((a, b) -> b)
        .flatMap(MappedParameter::value);
  }
}
