package io.github.fakeapigw.internal.invoke;

import io.github.fakeapigw.internal.context.InvocationContext;
import io.github.fakeapigw.internal.http.HttpResponseData;
import io.github.fakeapigw.model.ApiDefinition;
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
import io.github.fakeapigw.recording.RecordedValidation;
import io.github.fakeapigw.recording.SelectedIntegrationResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What one request did, collected while the pipeline runs (thread-confined), then frozen into a
 * {@link RecordedInvocation}. For TestInvokeMethod it also writes AWS's execution log. Stages
 * read and write it through its methods only.
 */
final class Invocation {
  private static final DateTimeFormatter LOG_TIME =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss 'UTC' yyyy", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private final RecordedInvocation.Kind kind;
  private final String requestId;
  private final String extendedRequestId;
  private final String traceId;
  private final Instant receivedAt;
  private final long startNanos;
  private final String apiId;
  private final RecordedRequest methodRequest;
  /** The client's query string as received (still encoded). */
  private final String rawQuery;
  private Optional<String> stage = Optional.empty();
  private Optional<String> deploymentId = Optional.empty();
  private Optional<MatchedRoute> route = Optional.empty();
  private Optional<String> unmatchedReason = Optional.empty();
  private Optional<CanaryDecision> canary = Optional.empty();
  private Map<String, String> stageVariables = Map.of();
  /** The recording's epoch when the request arrived (see {@link io.github.fakeapigw.internal.runtime.InvocationLog#epoch()}). */
  private long recordingEpoch;
  private final List<MappedParameter> mappedParameters = new ArrayList<>();
  private final List<RenderedTemplate> renderedTemplates = new ArrayList<>();
  private Optional<RecordedIntegrationCall> integrationCall = Optional.empty();
  private Optional<SelectedIntegrationResponse> integrationResponse = Optional.empty();
  private Optional<RecordedError> error = Optional.empty();
  private Optional<RecordedValidation> validation = Optional.empty();
  private final List<RecordedFunctionCall> functionCalls = new ArrayList<>();
  /** The definition whose gateway responses answer an error, once the API is known. */
  private Optional<ApiDefinition> gatewayResponses = Optional.empty();
  /** The request context, once the request is routed. */
  private Optional<InvocationContext> context = Optional.empty();
  /** What the served API adds to its definition, if anything. */
  private Optional<ApiExtension> extension = Optional.empty();
  private final List<String> log;

  private Invocation(
      RecordedInvocation.Kind kind,
      String requestId,
      String extendedRequestId,
      String traceId,
      Instant receivedAt,
      String apiId,
      RecordedRequest methodRequest,
      String rawQuery) {
    this.kind = kind;
    this.requestId = requestId;
    this.extendedRequestId = extendedRequestId;
    this.traceId = traceId;
    this.receivedAt = receivedAt;
    this.startNanos = System.nanoTime();
    this.apiId = apiId;
    this.methodRequest = methodRequest;
    this.rawQuery = rawQuery;
    this.log = kind == RecordedInvocation.Kind.TEST_INVOKE ? new ArrayList<>() : null;
    if (log != null) {
      log.add("Execution log for request " + requestId);
      log("Starting execution for request: " + requestId);
    }
  }

  /**
   * Starts the record of one request: draws its request id, extended request id and trace id.
   *
   * @param rawQuery the client's query string as received (still encoded)
   * @param recordingEpoch the recording's epoch at arrival (see {@link io.github.fakeapigw.internal.runtime.InvocationLog#epoch()}): a
   *     reset after it drops this invocation's record
   */
  static Invocation start(
      RecordedInvocation.Kind kind, String apiId, RecordedRequest request, String rawQuery,
      Instant now, long recordingEpoch) {
    ThreadLocalRandom rnd = ThreadLocalRandom.current();
    byte[] ext = new byte[11];
    rnd.nextBytes(ext);
    StringBuilder traceId = new StringBuilder(40).append("Root=1-");
    appendHex(traceId, now.getEpochSecond(), 8).append('-');
    appendHex(traceId, rnd.nextLong(), 12);
    appendHex(traceId, rnd.nextLong(), 12);
    Invocation inv = new Invocation(kind, randomUuid(rnd).toString(),
        Base64.getEncoder().encodeToString(ext), traceId.toString(), now, apiId, request,
        rawQuery);
    inv.recordingEpoch = recordingEpoch;
    return inv;
  }

  /**
   * A random (version 4, IETF variant) UUID like {@link UUID#randomUUID()}, drawn from the
   * thread's fast generator: request ids need to be unique, not unpredictable, and the secure
   * generator reads a shared, locked system source on every request.
   */
  private static UUID randomUuid(ThreadLocalRandom rnd) {
    long msb = (rnd.nextLong() & ~0xF000L) | 0x4000L;
    long lsb = (rnd.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
    return new UUID(msb, lsb);
  }

  /** Appends the low {@code digits} hex digits of {@code value}, zero-padded. */
  private static StringBuilder appendHex(StringBuilder out, long value, int digits) {
    for (int i = digits - 1; i >= 0; i--) {
      out.append(Character.forDigit((int) ((value >>> (4 * i)) & 0xF), 16));
    }
    return out;
  }

  // ---------------------------------------------------------------- read by the stages

  String requestId() {
    return requestId;
  }

  String extendedRequestId() {
    return extendedRequestId;
  }

  String traceId() {
    return traceId;
  }

  Instant receivedAt() {
    return receivedAt;
  }

  /** The client's query string as received (still encoded). */
  String rawQuery() {
    return rawQuery;
  }

  /** The method request as received (before routing). */
  RecordedRequest receivedRequest() {
    return methodRequest;
  }

  Optional<MatchedRoute> route() {
    return route;
  }

  Map<String, String> stageVariables() {
    return stageVariables;
  }

  Optional<ApiDefinition> gatewayResponses() {
    return gatewayResponses;
  }

  Optional<InvocationContext> context() {
    return context;
  }

  Optional<ApiExtension> extension() {
    return extension;
  }

  /** How long the integration call took, once one was made. */
  Optional<Duration> upstreamLatency() {
    return integrationCall.map(RecordedIntegrationCall::duration);
  }

  // ---------------------------------------------------------------- written by the stages

  /** The stage that serves the request, with the stage variables in effect (canary overlaid). */
  void servedBy(String stageName, Map<String, String> variables) {
    stage = Optional.of(stageName);
    stageVariables = variables;
  }

  /** The stage variables TestInvokeMethod was given. */
  void stageVariables(Map<String, String> variables) {
    stageVariables = variables;
  }

  void canary(CanaryDecision decision) {
    canary = Optional.of(decision);
  }

  void deployment(String id) {
    deploymentId = Optional.of(id);
  }

  /** Errors from here on answer with this definition's gateway responses. */
  void gatewayResponses(ApiDefinition definition) {
    gatewayResponses = Optional.of(definition);
  }

  void extension(ApiExtension served) {
    extension = Optional.of(served);
  }

  void context(InvocationContext requestContext) {
    context = Optional.of(requestContext);
  }

  void routed(MatchedRoute matched) {
    route = Optional.of(matched);
  }

  void unmatched(String reason) {
    unmatchedReason = Optional.of(reason);
  }

  void mapped(List<MappedParameter> parameters) {
    mappedParameters.addAll(parameters);
  }

  void rendered(RenderedTemplate template) {
    renderedTemplates.add(template);
  }

  void called(RecordedIntegrationCall call) {
    integrationCall = Optional.of(call);
  }

  void calledFunctions(List<RecordedFunctionCall> calls) {
    functionCalls.addAll(calls);
  }

  void selected(SelectedIntegrationResponse selected) {
    integrationResponse = Optional.of(selected);
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

  /** Whether this is a TestInvokeMethod call. */
  private static final String INVALID_ENDPOINT = "Invalid endpoint address";

  boolean testInvoke() {
    return kind == RecordedInvocation.Kind.TEST_INVOKE;
  }

  /** Whether this invocation keeps an execution log (TestInvokeMethod). */
  boolean logging() {
    return log != null;
  }

  String executionLog() {
    return log == null ? "" : String.join("\n", log) + "\n";
  }

  void validated(RecordedValidation verdict) {
    validation = Optional.of(verdict);
  }

  void failed(GatewayFailure failure) {
    String cause = failure.getMessage();
    error = Optional.of(new RecordedError(
        failure.responseType(), failure.status(), failure.errorMessage(), cause));
    switch (failure.responseType()) {
      case "INTEGRATION_TIMEOUT" -> log("Execution failed due to a timeout error: " + cause);
      case "INTEGRATION_FAILURE" -> log("Execution failed due to an integration error: " + cause);
      // AWS logs an unusable uri as just "Invalid endpoint address" (LocalStack's
      // test_apigateway_api.snapshot.json, test_failed_invoke_test_method); the recording keeps
      // the detail.
      case "API_CONFIGURATION_ERROR" -> log("Execution failed due to configuration error: "
          + (cause.startsWith(INVALID_ENDPOINT) ? INVALID_ENDPOINT : cause));
      default -> log("Execution failed: " + failure.errorMessage() + ": " + cause);
    }
  }

  long recordingEpoch() {
    return recordingEpoch;
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
        error,
        validation);
  }
}
