package io.github.fakeapigw.internal.management.aws.patch;

import io.github.fakeapigw.internal.management.aws.ApiException;
import java.util.Locale;
import java.util.Optional;

/**
 * Coerces a patch operation's string {@code value} to a field's type. AWS does not document the
 * messages for unparsable values; these are our own wording.
 */
public final class PatchValues {
  private PatchValues() {}

  /** The value, which must be present. */
  public static String required(PatchOperation op) {
    return op.value()
        .orElseThrow(() -> ApiException.badRequest(
            "Invalid patch value null specified for " + op.pathText()));
  }

  /** The value as an optional string where {@code ""} or absence clears the field. */
  public static Optional<String> clearable(PatchOperation op) {
    return op.value().filter(v -> !v.isEmpty());
  }

  /** {@code "true"} / {@code "false"} (any case). */
  public static boolean bool(PatchOperation op) {
    String v = required(op);
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw ApiException.badRequest(
          "Invalid boolean value specified for " + op.pathText() + ": '" + v + "'");
    };
  }

  public static int integer(PatchOperation op) {
    String v = required(op);
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(
          "Invalid integer value specified for " + op.pathText() + ": '" + v + "'");
    }
  }

  public static double number(PatchOperation op) {
    String v = required(op);
    try {
      double d = Double.parseDouble(v.trim());
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new NumberFormatException(v);
      }
      return d;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(
          "Invalid number value specified for " + op.pathText() + ": '" + v + "'");
    }
  }
}
