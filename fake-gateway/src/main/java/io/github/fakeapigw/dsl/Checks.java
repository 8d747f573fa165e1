package io.github.fakeapigw.dsl;

import java.util.Objects;

/** Argument checks with messages in the "X must not …; use Y instead; offending: Z" pattern. */
final class Checks {
  private Checks() {}

  static String notBlank(String value, String name, String instead) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          name + " must not be blank; use " + instead + " instead; offending: \"" + value + "\"");
    }
    return value;
  }

  static int statusCode(int status, String factory) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException(
          "status code must not be outside 100..599; use an HTTP status such as "
              + factory + "(200) instead; offending: " + status);
    }
    return status;
  }

  static String quote(String s) {
    return "\"" + s + "\"";
  }
}
