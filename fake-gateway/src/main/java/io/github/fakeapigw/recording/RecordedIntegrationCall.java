package io.github.fakeapigw.recording;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The integration request exactly as the gateway sent it, and what came back.
 *
 * @param integrationType {@code HTTP}, {@code HTTP_PROXY}, {@code MOCK}, {@code AWS} or {@code
 *     AWS_PROXY}
 * @param httpMethod the verb sent to the endpoint
 * @param uri the full URI sent to (for Lambda, the function ARN invoked)
 * @param headers request headers sent
 * @param body request body sent, as UTF-8; only its first {@link
 *     RecordedRequest#MAX_RECORDED_BODY_CHARS} characters are kept
 * @param response the endpoint response, absent when the call failed or timed out
 * @param duration time from sending to the end of the response
 * @param error why the call failed, if it did
 * @param bodyLength the length of the whole request body sent, in characters
 */
public record RecordedIntegrationCall(
    String integrationType,
    String httpMethod,
    String uri,
    Map<String, List<String>> headers,
    String body,
    Optional<RecordedHttpMessage> response,
    Duration duration,
    Optional<String> error,
    int bodyLength) {
  /** A call whose body length is its given body's. */
  public RecordedIntegrationCall(
      String integrationType,
      String httpMethod,
      String uri,
      Map<String, List<String>> headers,
      String body,
      Optional<RecordedHttpMessage> response,
      Duration duration,
      Optional<String> error) {
    this(integrationType, httpMethod, uri, headers, body, response, duration, error, 0);
  }

  public RecordedIntegrationCall {
    bodyLength = Copies.length(body, bodyLength);
    headers = Copies.multi(headers);
    body = Copies.head(body);
    response = Copies.opt(response);
    error = Copies.opt(error);
  }

  /**
   * The path of {@link #uri()}, still encoded; an empty string when the URI has none (a Lambda
   * function ARN).
   */
  public String path() {
    String path = java.net.URI.create(uri).getRawPath();
    return path == null ? "" : path;
  }

  /** The query string of {@link #uri()}, still encoded, or an empty string. */
  public String query() {
    String q = java.net.URI.create(uri).getRawQuery();
    return q == null ? "" : q;
  }

  /** The last value of a header sent, matched case-insensitively. */
  public Optional<String> header(String name) {
    return Headers.last(headers, name);
  }
}
