package io.github.fakeapigw.internal.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Form-decoding of query strings the way API Gateway does it: repeated keys keep their order. */
public final class QueryString {
  private QueryString() {}

  /** Decodes {@code a=1&a=2&b} into {a=[1,2], b=[""]}, keeping first-seen key order. */
  public static Map<String, List<String>> parse(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return Map.of();
    }
    Map<String, List<String>> result = new LinkedHashMap<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      result.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    result.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(result);
  }

  /** Form-decodes one component; malformed escapes are kept as they are. */
  public static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
