package io.github.fakeapigw.internal.integration.lambda;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code RestApi.binaryMediaTypes} matching: exact types, {@code type/*} and {@code *}{@code /*}. */
final class MediaTypes {
  private MediaTypes() {}

  /** The media type of a header value, lower-cased, without parameters. */
  static String mediaType(String headerValue) {
    int semi = headerValue.indexOf(';');
    return (semi < 0 ? headerValue : headerValue.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
  }

  /** The first media type of an {@code Accept} header (the only one API Gateway honours). */
  static Optional<String> firstAccepted(String accept) {
    String first = accept.split(",", -1)[0];
    String type = mediaType(first);
    return type.isEmpty() ? Optional.empty() : Optional.of(type);
  }

  /** Whether a media type is one of the binary media types. */
  static boolean isBinary(String mediaType, List<String> binaryMediaTypes) {
    String type = mediaType(mediaType);
    for (String binary : binaryMediaTypes) {
      String b = mediaType(binary.replace("~1", "/"));
      if (b.equals("*/*") || b.equals(type)) {
        return true;
      }
      if (b.endsWith("/*") && type.startsWith(b.substring(0, b.length() - 1))) {
        return true;
      }
    }
    return false;
  }
}
