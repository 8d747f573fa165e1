package io.github.fakeapigw.internal.server;

import io.github.fakeapigw.internal.http.HttpRequestData;
import io.github.fakeapigw.internal.http.HttpResponseData;
import io.github.fakeapigw.internal.http.QueryString;
import io.github.fakeapigw.internal.runtime.InvocationLog;
import io.github.fakeapigw.internal.state.GatewayState;
import io.github.fakeapigw.recording.RecordedError;
import io.github.fakeapigw.recording.RecordedHttpMessage;
import io.github.fakeapigw.recording.RecordedInvocation;
import io.github.fakeapigw.recording.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags management requests that were meant for an invoke URL. {@code invokeUrl.resolve("orders/42")}
 * on {@code .../restapis/{id}/{stage}/_user_request_} (no trailing slash) drops {@code
 * _user_request_} and reaches the management API as {@code /restapis/{id}/{stage}/orders/42}, which
 * AWS's management API answers with 404 {@code UnknownOperationException} (or, from a plain HTTP
 * client that does not sign its requests, 403 {@code MissingAuthenticationTokenException}). The
 * answer stays AWS's; when the path's second segment is a stage of that REST API, the request is
 * also recorded as an unmatched invoke request whose reason says what happened, so the test that
 * sent it learns why.
 */
public final class InvokeLookingPaths {
  private static final Pattern STAGE_PATH = Pattern.compile("^/restapis/([^/]+)/([^/]+)(/.*)?$");

  private final GatewayState state;
  private final InvocationLog log;

  public InvokeLookingPaths(GatewayState state, InvocationLog log) {
    this.state = state;
    this.log = log;
  }

  /**
   * Records {@code request} as an unmatched invoke request when the management API's answer to it
   * ({@code response}, refused by the guard or not found) shows it was meant for an invoke URL.
   *
   * @return {@code response}, unchanged
   */
  public HttpResponseData inspect(
      HttpRequestData request, Instant receivedAt, HttpResponseData response) {
    if ((response.status() != 404 && response.status() != 403)
        || !request.rawPath().startsWith("/restapis/")) {
      return response;
    }
    Matcher m = STAGE_PATH.matcher(request.rawPath());
    if (!m.matches()) {
      return response;
    }
    String apiId = m.group(1);
    String stage = m.group(2);
    if (state.api(apiId).flatMap(a -> a.stage(stage)).isEmpty()) {
      return response;
    }
    String rest = m.group(3) == null ? "/" : m.group(3);
    String reason =
        request.method() + " " + request.rawPath() + " reached the management API, not the invoke"
            + " URL of stage \"" + stage + "\": its path lacks \"/_user_request_\" after the stage."
            + " An invoke URL resolved without a trailing slash loses it"
            + " (invokeUrl.resolve(\"orders/42\")); append the resource path instead:"
            + " URI.create(invokeUrl + \"" + rest + "\")";
    log.append(
        sequence ->
            new RecordedInvocation(
                sequence,
                UUID.randomUUID().toString(),
                receivedAt,
                RecordedInvocation.Kind.INVOKE,
                apiId,
                Optional.of(stage),
                Optional.empty(),
                new RecordedRequest(
                    request.method(), rest, QueryString.parse(request.rawQuery()),
                    request.headers().toMultiValueMap(),
                    request.bodyAsString()),
                Optional.empty(),
                Optional.of(reason),
                Optional.empty(),
                Map.of(),
                List.of(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                new RecordedHttpMessage(
                    response.status(), response.headers().toMultiValueMap(), response.bodyAsString()),
                Duration.between(receivedAt, Instant.now()),
                Optional.of(
                    new RecordedError(
                        response.headers().last("x-amzn-ErrorType")
                            .orElse("UnknownOperationException"),
                        response.status(), response.bodyAsString(), reason))));
    return response;
  }
}
