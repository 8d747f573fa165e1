package io.github.fakeapigw.internal.template;

import io.github.fakeapigw.internal.json.JsonText;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * {@code $util}: the helper functions API Gateway offers to mapping templates. Each takes any value
 * (a number read with {@code $input.path} is used as its text); null or absent gives null, which
 * renders as empty text.
 */
public final class UtilVariable {
  UtilVariable() {}

  /**
   * {@code $util.escapeJavaScript(s)}: escapes with JavaScript string rules, as Apache Commons
   * {@code StringEscapeUtils.escapeJavaScript} does: {@code '} → {@code \'}, {@code "} → {@code
   * \"}, {@code \} → {@code \\}, {@code /} → {@code \/}, control characters → {@code \b \t \n \f
   * \r} or {@code &#92;u00XX}, and characters outside ASCII → {@code &#92;uXXXX}.
   */
  public String escapeJavaScript(Object value) {
    String s = text(value);
    if (s == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\'' -> out.append("\\'");
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '/' -> out.append("\\/");
        case '\b' -> out.append("\\b");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 32 || c > 0x7f) {
            out.append("\\u");
            String hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
            out.append("0".repeat(4 - hex.length())).append(hex);
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * {@code $util.parseJson(s)}: parses JSON text into maps, lists and scalars navigable with dots.
   *
   * @throws IllegalArgumentException when the text is not JSON
   */
  public Object parseJson(Object value) {
    String json = text(value);
    if (json == null) {
      return null;
    }
    return JsonText.parse(json)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "$util.parseJson: not valid JSON: " + abbreviate(json)))
        .value();
  }

  /** {@code $util.urlEncode(s)}: {@code application/x-www-form-urlencoded} (space → {@code +}). */
  public String urlEncode(Object value) {
    String s = text(value);
    return s == null ? null : URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** {@code $util.urlDecode(s)}: decodes {@code application/x-www-form-urlencoded} text. */
  public String urlDecode(Object value) {
    String s = text(value);
    return s == null ? null : URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  /** {@code $util.base64Encode(s)}: standard Base64 with padding of the UTF-8 bytes. */
  public String base64Encode(Object value) {
    String s = text(value);
    return s == null
        ? null
        : Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * {@code $util.base64Decode(s)}: decodes standard (or URL-safe) Base64 into UTF-8 text.
   *
   * @throws IllegalArgumentException when the text is not Base64
   */
  public String base64Decode(Object value) {
    String s = text(value);
    if (s == null) {
      return null;
    }
    String trimmed = s.replaceAll("\\s", "");
    byte[] bytes =
        trimmed.indexOf('-') >= 0 || trimmed.indexOf('_') >= 0
            ? Base64.getUrlDecoder().decode(trimmed)
            : Base64.getDecoder().decode(trimmed);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Any value as text (numbers from {@code $input.path} work too); null for null and absent. */
  private static String text(Object value) {
    return value == null || value instanceof AbsentValue ? null : value.toString();
  }

  private static String abbreviate(String s) {
    return s.length() <= 100 ? s : s.substring(0, 100) + "...";
  }

  @Override
  public String toString() {
    return "$util";
  }
}
