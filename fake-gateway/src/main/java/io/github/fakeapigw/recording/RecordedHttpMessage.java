package io.github.fakeapigw.recording;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A response (endpoint or final) as a status, headers and a body.
 *
 * @param body the body decoded as UTF-8; only its first {@link
 *     RecordedRequest#MAX_RECORDED_BODY_CHARS} characters are kept
 * @param bodyLength the length of the whole body, in characters
 */
public record RecordedHttpMessage(
    int status, Map<String, List<String>> headers, String body, int bodyLength) {
  public RecordedHttpMessage {
    headers = Copies.multi(headers);
    bodyLength = Copies.length(body, bodyLength);
    body = Copies.head(body);
  }

  /** A message whose body length is its given body's. */
  public RecordedHttpMessage(int status, Map<String, List<String>> headers, String body) {
    this(status, headers, body, 0);
  }

  /**
   * Whether the body was longer than the part kept.
   *
   * @since 0.1.0
   */
  public boolean isBodyTruncated() {
    return bodyLength > body.length();
  }

  /** The last value of a header, matched case-insensitively. */
  public Optional<String> header(String name) {
    return Headers.last(headers, name);
  }
}
