package io.github.fakeapigw.internal.invoke;

import io.github.fakeapigw.internal.http.HttpResponseData;
import io.github.fakeapigw.recording.CanaryDecision;
import io.github.fakeapigw.recording.MappedParameter;
import io.github.fakeapigw.recording.MatchedRoute;
import io.github.fakeapigw.recording.RecordedError;
import io.github.fakeapigw.recording.RecordedFunctionCall;
import io.github.fakeapigw.recording.RecordedHttpMessage;
import io.github.fakeapigw.recording.RecordedIntegrationCall;
import io.github.fakeapigw.recording.RecordedInvocation;
import io.github.fakeapigw.recording.RecordedRequest;
import io.github.fakeapigw.recording.RenderedTemplate;
import io.github.fakeapigw.recording.SelectedIntegrationResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What one request did, collected while the pipeline runs (thread-confined), then frozen into a
 * {@link RecordedInvocation}. For TestInvokeMethod it also writes AWS's execution log.
 */
final class Invocation {
  private static final DateTimeFormatter LOG_TIME =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss 'UTC' yyyy", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  final RecordedInvocation.Kind kind;
  final String requestId;
  final String extendedRequestId;
  final String traceId;
  final Instant receivedAt;
  final long startNanos;
  final String apiId;
  final RecordedRequest methodRequest;
  Optional<String> stage = Optional.empty();
  Optional<String> deploymentId = Optional.empty();
  Optional<MatchedRoute> route = Optional.empty();
  Optional<String> unmatchedReason = Optional.empty();
  Optional<CanaryDecision> canary = Optional.empty();
  Map<String, String> stageVariables = Map.of();
  /** The recording's epoch when the request arrived (see {@link InvocationLog#epoch()}). */
  long recordingEpoch;
  /** The client's query string as received (still encoded). */
  String rawQuery = "";
  final List<MappedParameter> mappedParameters = new ArrayList<>();
  final List<RenderedTemplate> renderedTemplates = new ArrayList<>();
  Optional<RecordedIntegrationCall> integrationCall = Optional.empty();
  Optional<SelectedIntegrationResponse> integrationResponse = Optional.empty();
  Optional<RecordedError> error = Optional.empty();
  final List<RecordedFunctionCall> functionCalls = new ArrayList<>();
  private final List<String> log;

  Invocation(
      RecordedInvocation.Kind kind,
      String requestId,
      String extendedRequestId,
      String traceId,
      Instant receivedAt,
      String apiId,
      RecordedRequest methodRequest) {
    this.kind = kind;
    this.requestId = requestId;
    this.extendedRequestId = extendedRequestId;
    this.traceId = traceId;
    this.receivedAt = receivedAt;
    this.startNanos = System.nanoTime();
    this.apiId = apiId;
    this.methodRequest = methodRequest;
    this.log = kind == RecordedInvocation.Kind.TEST_INVOKE ? new ArrayList<>() : null;
    if (log != null) {
      log.add("Execution log for request " + requestId);
      log("Starting execution for request: " + requestId);
    }
  }

  /**
   * Adds a line to the execution log (TestInvokeMethod only). Callers building a costly line
   * check {@link #logging()} first, so ordinary invocations do not format what is dropped.
   */
  void log(String line) {
    if (log != null) {
      log.add(LOG_TIME.format(Instant.now()) + " : " + line);
    }
  }

  /** Whether this invocation keeps an execution log (TestInvokeMethod). */
  boolean logging() {
    return log != null;
  }

  String executionLog() {
    return log == null ? "" : String.join("\n", log) + "\n";
  }

  void failed(GatewayFailure failure) {
    String cause = failure.getMessage();
    error = Optional.of(new RecordedError(
        failure.responseType(), failure.status(), failure.errorMessage(), cause));
    switch (failure.responseType()) {
      case "INTEGRATION_TIMEOUT" -> log("Execution failed due to a timeout error: " + cause);
      case "INTEGRATION_FAILURE" -> log("Execution failed due to an integration error: " + cause);
      case "API_CONFIGURATION_ERROR" ->
          log("Execution failed due to configuration error: " + cause);
      default -> log("Execution failed: " + failure.errorMessage() + ": " + cause);
    }
  }

  Duration latency() {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  RecordedInvocation toRecord(long sequence, HttpResponseData response) {
    return new RecordedInvocation(
        sequence,
        requestId,
        receivedAt,
        kind,
        apiId,
        stage,
        deploymentId,
        methodRequest,
        route,
        unmatchedReason,
        canary,
        stageVariables,
        mappedParameters,
        renderedTemplates,
        integrationCall,
        integrationResponse,
        functionCalls,
        new RecordedHttpMessage(
            response.status(), response.headers().toMultiValueMap(), response.bodyAsString()),
        latency(),
        error);
  }
}
