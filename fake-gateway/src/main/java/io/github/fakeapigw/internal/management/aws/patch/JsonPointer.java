package io.github.fakeapigw.internal.management.aws.patch;

import java.util.ArrayList;
import java.util.List;

/** JSON Pointer (RFC 6901) helpers: a {@code /} inside a key is {@code ~1}, a {@code ~} is {@code ~0}. */
public final class JsonPointer {
  private JsonPointer() {}

  /** Unescapes one reference token: {@code ~1} to {@code /}, then {@code ~0} to {@code ~}. */
  public static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }

  /** Escapes a key for use as one reference token. */
  public static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Splits a pointer into its unescaped tokens: {@code /a~1b/c} gives {@code [a/b, c]}; {@code ""}
   * gives {@code []}; a pointer not starting with {@code /} gives its whole text as one token.
   */
  public static List<String> tokens(String pointer) {
    List<String> tokens = new ArrayList<>();
    if (pointer.isEmpty()) {
      return tokens;
    }
    String body = pointer.startsWith("/") ? pointer.substring(1) : pointer;
    for (String raw : body.split("/", -1)) {
      tokens.add(unescape(raw));
    }
    return tokens;
  }
}
