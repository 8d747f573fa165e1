package io.github.fakeapigw.internal.management.aws;

import io.github.fakeapigw.model.IntegrationType;
import java.util.List;

/** Checks of AWS wire values that name SDK members or AWS's own labels in their messages. */
public final class AwsValues {
  private AwsValues() {}

  /** The ValidationException AWS sends for a value outside a modeled enum. */
  public static ApiException enumViolation(String value, String where, List<String> allowed) {
    return ApiException.validation(
        "1 validation error detected: Value '" + value + "' at '" + where
            + "' failed to satisfy constraint: Member must satisfy enum value set: ["
            + String.join(", ", allowed) + "]");
  }

  /** The ValidationException AWS sends for a missing required member. */
  public static ApiException missing(String where) {
    return ApiException.validation(
        "1 validation error detected: Value null at '" + where
            + "' failed to satisfy constraint: Member must not be null");
  }

  /** Parses an integration type, failing with AWS's ValidationException text at SDK member {@code where}. */
  public static IntegrationType integrationType(String type, String where) {
    if (type == null) {
      throw missing(where);
    }
    for (IntegrationType t : IntegrationType.values()) {
      if (t.name().equals(type)) {
        return t;
      }
    }
    throw enumViolation(type, where, List.of("HTTP", "MOCK", "AWS_PROXY", "HTTP_PROXY", "AWS"));
  }

  /**
   * An authorization type as AWS stores it: {@code NONE} in any case ({@code "none"}) is taken as
   * {@code NONE}; other values are kept as sent (the service checks them).
   */
  public static String authorizationType(String value) {
    return value.equalsIgnoreCase("NONE") ? "NONE" : value;
  }

  /** One of a closed set of values; our BadRequest wording (AWS's differs per field). */
  public static String oneOf(String value, String label, List<String> allowed) {
    if (!allowed.contains(value)) {
      throw ApiException.badRequest("Invalid " + label + " specified: '" + value + "'. Must be one of: " + allowed);
    }
    return value;
  }
}
