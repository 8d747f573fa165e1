package io.github.fakeapigw.recording;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class Copies {
  private Copies() {}

  static <K, V> Map<K, V> map(Map<K, V> m) {
    return m == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(m));
  }

  static Map<String, List<String>> multi(Map<String, List<String>> m) {
    if (m == null) {
      return Map.of();
    }
    Map<String, List<String>> copy = new LinkedHashMap<>();
    m.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(copy);
  }

  static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : List.copyOf(l);
  }

  /**
   * The first {@link RecordedRequest#MAX_RECORDED_BODY_CHARS} characters of a body: the recording
   * never holds a large body whole.
   */
  static String head(String body) {
    if (body == null) {
      return "";
    }
    return body.length() <= RecordedRequest.MAX_RECORDED_BODY_CHARS
        ? body
        : body.substring(0, RecordedRequest.MAX_RECORDED_BODY_CHARS);
  }

  /** The whole length of a body given with its (possibly shorter) kept part. */
  static int length(String body, int declared) {
    return Math.max(declared, body == null ? 0 : body.length());
  }

  static <T> Optional<T> opt(Optional<T> o) {
    return o == null ? Optional.empty() : o;
  }
}
