package io.github.fakeapigw.internal.invoke;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Binary payloads and {@code contentHandling}: a payload is binary when its {@code Content-Type}
 * matches one of the API's {@code binaryMediaTypes} ({@code *}{@code /*} makes everything binary).
 * {@code CONVERT_TO_TEXT} base64-encodes a binary payload (templates then run on the text); {@code
 * CONVERT_TO_BINARY} base64-decodes a text payload after the template ran; without a setting the
 * payload passes as is, and templates only run on text.
 *
 * @see <a
 *     href="https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings-workflow.html">
 *     Content type conversions in API Gateway</a>
 */
final class ContentHandling {
  static final String CONVERT_TO_TEXT = "CONVERT_TO_TEXT";
  static final String CONVERT_TO_BINARY = "CONVERT_TO_BINARY";

  private ContentHandling() {}

  /** A payload ready for templates: its bytes and whether templates may run on it. */
  record Payload(byte[] bytes, boolean text) {
    String asString() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  static boolean isBinary(Optional<String> contentType, List<String> binaryMediaTypes) {
    if (binaryMediaTypes.isEmpty()) {
      return false;
    }
    String type = contentType.map(c -> {
      int semi = c.indexOf(';');
      return (semi < 0 ? c : c.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }).orElse("");
    for (String b : binaryMediaTypes) {
      String t = b.trim().toLowerCase(Locale.ROOT);
      if (t.equals("*/*") || t.equals(type)
          || (t.endsWith("/*") && type.startsWith(t.substring(0, t.length() - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** Before templates: CONVERT_TO_TEXT base64-encodes a binary payload. */
  static Payload before(byte[] body, boolean binary, Optional<String> handling) {
    if (!binary) {
      return new Payload(body, true);
    }
    if (handling.filter(CONVERT_TO_TEXT::equals).isPresent()) {
      return new Payload(
          Base64.getEncoder().encodeToString(body).getBytes(StandardCharsets.UTF_8), true);
    }
    return new Payload(body, false);
  }

  /** After templates: CONVERT_TO_BINARY base64-decodes a text payload (invalid base64: 500). */
  static byte[] after(byte[] body, boolean binary, Optional<String> handling, String side)
      throws GatewayFailure {
    if (binary || handling.filter(CONVERT_TO_BINARY::equals).isEmpty()) {
      return body;
    }
    try {
      return Base64.getMimeDecoder().decode(new String(body, StandardCharsets.UTF_8).trim());
    } catch (IllegalArgumentException e) {
      throw new GatewayFailure(GatewayError.API_CONFIGURATION_ERROR,
          "Unable to base64-decode the " + side + " payload for contentHandling CONVERT_TO_BINARY: "
              + e.getMessage());
    }
  }
}
