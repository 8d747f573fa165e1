package io.github.fakeapigw.assertions;

import io.github.fakeapigw.recording.CanaryDecision;
import io.github.fakeapigw.recording.MappedParameter;
import io.github.fakeapigw.recording.MatchedRoute;
import io.github.fakeapigw.recording.RecordedError;
import io.github.fakeapigw.recording.RecordedFunctionCall;
import io.github.fakeapigw.recording.RecordedHttpMessage;
import io.github.fakeapigw.recording.RecordedIntegrationCall;
import io.github.fakeapigw.recording.RecordedInvocation;
import io.github.fakeapigw.recording.RecordedRequest;
import io.github.fakeapigw.recording.RecordedValidation;
import io.github.fakeapigw.recording.SelectedIntegrationResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds recorded invocations by hand for the assertion tests. Single use. */
final class Recorded {
  private String method;
  private String path;
  private String apiId = "a1b2c3";
  private Optional<String> stage = Optional.of("test");
  private Optional<String> deploymentId = Optional.of("d1");
  private Optional<MatchedRoute> route = Optional.empty();
  private Optional<String> unmatchedReason = Optional.empty();
  private Optional<CanaryDecision> canary = Optional.empty();
  private final Map<String, String> stageVariables = new LinkedHashMap<>();
  private final List<MappedParameter> mapped = new ArrayList<>();
  private final Map<String, List<String>> requestHeaders = new LinkedHashMap<>();
  private final Map<String, List<String>> query = new LinkedHashMap<>();
  private String requestBody = "";
  private Optional<RecordedIntegrationCall> call = Optional.empty();
  private Optional<SelectedIntegrationResponse> integrationResponse = Optional.empty();
  private final List<RecordedFunctionCall> functionCalls = new ArrayList<>();
  private int status = 200;
  private final Map<String, List<String>> responseHeaders = new LinkedHashMap<>();
  private String responseBody = "";
  private Optional<RecordedError> error = Optional.empty();
  private Optional<RecordedValidation> validation = Optional.empty();

  private Recorded(String method, String path) {
    this.method = method;
    this.path = path;
  }

  /** A request routed to the given resource. */
  static Recorded request(String method, String path, String resourcePath) {
    Recorded r = new Recorded(method, path);
    r.route = Optional.of(new MatchedRoute("r1", resourcePath, method, Map.of()));
    return r;
  }

  /** A request that matched no resource: 403 MISSING_AUTHENTICATION_TOKEN. */
  static Recorded unmatched(String method, String path) {
    Recorded r = new Recorded(method, path);
    r.deploymentId = Optional.of("d1");
    r.unmatchedReason =
        Optional.of("no resource matches path \"" + path + "\" in deployment \"d1\"");
    r.status = 403;
    r.responseBody = "{\"message\":\"Missing Authentication Token\"}";
    r.error =
        Optional.of(
            new RecordedError(
                "MISSING_AUTHENTICATION_TOKEN",
                403,
                "Missing Authentication Token",
                "no resource matches path \"" + path + "\" in deployment \"d1\""));
    return r;
  }

  Recorded api(String id) {
    apiId = id;
    return this;
  }

  Recorded stage(String name) {
    stage = Optional.of(name);
    return this;
  }

  Recorded testInvoke() {
    stage = Optional.empty();
    return this;
  }

  Recorded deployment(String id) {
    deploymentId = Optional.of(id);
    return this;
  }

  Recorded status(int s) {
    status = s;
    return this;
  }

  Recorded canary(boolean served, String deployment, double percent, double draw, long seed) {
    canary =
        Optional.of(new CanaryDecision(served, deployment, percent, draw, Optional.empty(), seed));
    deploymentId = Optional.of(deployment);
    return this;
  }

  Recorded stageVariable(String name, String value) {
    stageVariables.put(name, value);
    return this;
  }

  Recorded mapped(String target, String source, String value) {
    mapped.add(new MappedParameter(target, source, Optional.ofNullable(value)));
    return this;
  }

  Recorded requestHeader(String name, String value) {
    requestHeaders.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    return this;
  }

  Recorded query(String name, String value) {
    query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    return this;
  }

  Recorded requestBody(String body) {
    requestBody = body;
    return this;
  }

  Recorded integrationCall(
      String type,
      String verb,
      String uri,
      Map<String, List<String>> headers,
      String body,
      RecordedHttpMessage endpointResponse) {
    call =
        Optional.of(
            new RecordedIntegrationCall(
                type,
                verb,
                uri,
                headers,
                body,
                Optional.ofNullable(endpointResponse),
                Duration.ofMillis(3),
                Optional.empty()));
    return this;
  }

  Recorded failedIntegrationCall(String type, String verb, String uri, String why) {
    call =
        Optional.of(
            new RecordedIntegrationCall(
                type,
                verb,
                uri,
                Map.of(),
                "",
                Optional.empty(),
                Duration.ofMillis(3),
                Optional.of(why)));
    return this;
  }

  Recorded integrationResponse(String statusCode, String pattern, String selectionValue) {
    integrationResponse =
        Optional.of(
            new SelectedIntegrationResponse(
                statusCode, Optional.ofNullable(pattern), selectionValue));
    return this;
  }

  Recorded functionCall(RecordedFunctionCall c) {
    functionCalls.add(c);
    return this;
  }

  Recorded responseHeader(String name, String value) {
    responseHeaders.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    return this;
  }

  Recorded responseBody(String body) {
    responseBody = body;
    return this;
  }

  Recorded error(String type, int s, String message, String cause) {
    status = s;
    error = Optional.of(new RecordedError(type, s, message, cause));
    return this;
  }

  Recorded validation(RecordedValidation verdict) {
    validation = Optional.of(verdict);
    return this;
  }

  RecordedInvocation build(long sequence) {
    return new RecordedInvocation(
        sequence,
        "req-" + sequence,
        Instant.parse("2026-01-01T00:00:00Z"),
        stage.isPresent() ? RecordedInvocation.Kind.INVOKE : RecordedInvocation.Kind.TEST_INVOKE,
        apiId,
        stage,
        deploymentId,
        new RecordedRequest(method, path, query, requestHeaders, requestBody),
        route,
        unmatchedReason,
        canary,
        stageVariables,
        mapped,
        List.of(),
        call,
        integrationResponse,
        functionCalls,
        new RecordedHttpMessage(status, responseHeaders, responseBody),
        Duration.ofMillis(5),
        error,
        validation);
  }

  static RecordedFunctionCall functionCall(
      String name, String requestId, String event, String result, String error) {
    return new RecordedFunctionCall(
        name,
        Optional.empty(),
        "RequestResponse",
        requestId,
        event,
        Optional.ofNullable(result),
        Optional.ofNullable(error),
        Instant.parse("2026-01-01T00:00:00Z"),
        Duration.ofMillis(1),
        "req-1");
  }
}
