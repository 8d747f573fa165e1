package io.github.fakeapigw.recording;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A response (endpoint or final) as a status, headers and a body.
 *
 * @param body the body decoded as UTF-8
 */
public record RecordedHttpMessage(int status, Map<String, List<String>> headers, String body) {
  public RecordedHttpMessage {
    headers = Copies.multi(headers);
    body = body == null ? "" : body;
  }

  /** The last value of a header, matched case-insensitively. */
  public Optional<String> header(String name) {
    return Headers.last(headers, name);
  }
}
