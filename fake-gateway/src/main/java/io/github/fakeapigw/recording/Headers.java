package io.github.fakeapigw.recording;

import java.util.List;
import java.util.Map;
import java.util.Optional;

final class Headers {
  private Headers() {}

  static Optional<String> last(Map<String, List<String>> headers, String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return Optional.of(e.getValue().get(e.getValue().size() - 1));
      }
    }
    return Optional.empty();
  }
}
