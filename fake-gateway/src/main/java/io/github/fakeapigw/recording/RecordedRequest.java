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
 * @param body the body decoded as UTF-8 (empty when there was none)
 */
public record RecordedRequest(
    String httpMethod,
    String path,
    Map<String, List<String>> queryParameters,
    Map<String, List<String>> headers,
    String body) {
  public RecordedRequest {
    queryParameters = Copies.multi(queryParameters);
    headers = Copies.multi(headers);
    body = body == null ? "" : body;
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
