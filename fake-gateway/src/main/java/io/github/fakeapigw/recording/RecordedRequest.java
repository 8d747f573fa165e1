package io.github.fakeapigw.recording;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The method request as the gateway received it.
 *
 * @param httpMethod the client's verb
 * @param path the resource path requested, after the stage segment, still percent-encoded
 *     ({@code /pets/42})
 * @param queryParameters decoded query parameters, every value in order
 * @param headers request headers, names in the case received, every value in order
 * @param body the body decoded as UTF-8 (empty when there was none); only its first {@link
 *     #MAX_RECORDED_BODY_CHARS} characters are kept
 * @param bodyLength the length of the whole body, in characters
 */
public record RecordedRequest(
    String httpMethod,
    String path,
    Map<String, List<String>> queryParameters,
    Map<String, List<String>> headers,
    String body,
    int bodyLength) {
  /**
   * How much of a body the recording keeps (1 MiB of characters); {@code bodyLength()} tells the
   * whole length.
   *
   * @since 0.1.0
   */
  public static final int MAX_RECORDED_BODY_CHARS = 1024 * 1024;

  public RecordedRequest {
    queryParameters = Copies.multi(queryParameters);
    headers = Copies.multi(headers);
    bodyLength = Copies.length(body, bodyLength);
    body = Copies.head(body);
  }

  /** A request whose body length is its given body's. */
  public RecordedRequest(
      String httpMethod,
      String path,
      Map<String, List<String>> queryParameters,
      Map<String, List<String>> headers,
      String body) {
    this(httpMethod, path, queryParameters, headers, body, 0);
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

  /** The last value of a query parameter. */
  public Optional<String> queryParameter(String name) {
    List<String> values = queryParameters.get(name);
    return values == null || values.isEmpty()
        ? Optional.empty()
        : Optional.of(values.get(values.size() - 1));
  }
}
