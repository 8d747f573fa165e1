package io.github.fakeapigw.internal.server;

import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.http.HttpRequestData;
import io.github.fakeapigw.internal.http.HttpResponseData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Lets through to the management dialects and the control endpoints only requests a web browser
 * cannot forge, so that a page the developer visits cannot drive the gateway with simple
 * cross-origin requests or, through DNS rebinding, read its answers:
 *
 * <ul>
 *   <li>the {@code Host} is loopback ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}, any
 *       port) or one of the gateway's own invoke names ({@code {api}.execute-api.{region}...});
 *   <li>the AWS dialect needs an {@code Authorization} header of AWS Signature Version 4's shape
 *       ({@code AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...}), as the SDK and
 *       CLI always send; the signature is not checked. The Huawei dialect needs {@code
 *       X-Auth-Token}; a control endpoint other than {@code GET /_fakeapigw/health} needs {@link
 *       #CONTROL_HEADER}. A browser cannot add any of these to a cross-origin request without a
 *       CORS preflight, which the gateway never grants;
 *   <li>a request with a body declares a JSON content type (or, for the AWS dialect's OpenAPI
 *       imports, {@code application/octet-stream} as the SDK sends), never one of the types a page
 *       may send without preflight.
 * </ul>
 *
 * <p>Invoke requests never come here: the invoke side stays open, as AWS's is.
 */
final class ControlPlaneGuard {
  /** The header a script sends to call a control endpoint such as reset (any non-empty value). */
  static final String CONTROL_HEADER = "X-FakeApiGw-Control";

  private ControlPlaneGuard() {}

  /** Which face a request is for; each answers refusals in its own shape. */
  enum Face {
    AWS,
    HUAWEI,
    CONTROL
  }

  /** A refusal for the request, or empty when it may pass. */
  static Optional<HttpResponseData> check(Face face, HttpRequestData request) {
    String host = request.host();
    if (!host.isEmpty() && !isOwnHost(host)) {
      String why = "the gateway's management API and control endpoints answer only requests for"
          + " a loopback host (localhost, 127.0.0.1 or [::1]); offending Host: \"" + host + "\"";
      return Optional.of(switch (face) {
        case HUAWEI -> huawei(403, "APIG.0401", "Forbidden: " + why);
        default -> aws(403, "ForbiddenException", "Forbidden: " + why);
      });
    }
    Optional<HttpResponseData> credentials = switch (face) {
      case AWS -> signature(request);
      case HUAWEI -> request.headers().last("X-Auth-Token").filter(v -> !v.isBlank()).isPresent()
          ? Optional.empty()
          : Optional.of(huawei(401, "APIG.1000", "Token missing: the management API needs"
              + " an X-Auth-Token header (any non-empty value; it is not checked)"));
      case CONTROL -> control(request);
    };
    if (credentials.isPresent()) {
      return credentials;
    }
    return contentType(face, request);
  }

  private static boolean isOwnHost(String hostHeader) {
    String host = hostHeader.toLowerCase(Locale.ROOT);
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      return end > 0 && host.substring(0, end + 1).equals("[::1]")
          && (end + 1 == host.length() || host.charAt(end + 1) == ':');
    }
    int colon = host.indexOf(':');
    String name = colon < 0 ? host : host.substring(0, colon);
    return name.equals("localhost") || name.equals("127.0.0.1")
        || name.matches("[a-z0-9]+\\.execute-api\\.[a-z0-9.-]+");
  }

  private static Optional<HttpResponseData> signature(HttpRequestData request) {
    Optional<String> header = request.headers().last("Authorization");
    String shape = "AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...";
    if (header.isEmpty() || header.get().isBlank()) {
      return Optional.of(aws(403, "MissingAuthenticationTokenException",
          "Missing Authentication Token: the management API needs an AWS Signature Version 4"
              + " Authorization header (" + shape + "), as the AWS SDK and CLI send with any"
              + " credentials; the signature is not checked"));
    }
    String value = header.get().trim();
    if (!value.startsWith("AWS4-HMAC-SHA256 ")) {
      return Optional.of(aws(403, "IncompleteSignatureException",
          "Authorization header must be an AWS Signature Version 4 header starting with"
              + " AWS4-HMAC-SHA256 (" + shape + ")"));
    }
    List<String> missing = new ArrayList<>(List.of("Credential", "SignedHeaders", "Signature"));
    for (String part : value.substring("AWS4-HMAC-SHA256 ".length()).split(",")) {
      String p = part.trim();
      int eq = p.indexOf('=');
      if (eq > 0 && eq < p.length() - 1) {
        missing.remove(p.substring(0, eq));
      }
    }
    if (!missing.isEmpty()) {
      return Optional.of(aws(403, "IncompleteSignatureException",
          "Authorization header requires the parameters Credential, SignedHeaders and Signature ("
              + shape + "); missing: " + String.join(", ", missing)));
    }
    return Optional.empty();
  }

  private static Optional<HttpResponseData> control(HttpRequestData request) {
    if (request.method().equals("GET")
        && request.rawPath().equals(GatewayRouter.CONTROL_PREFIX + "health")) {
      return Optional.empty();
    }
    if (request.headers().last(CONTROL_HEADER).filter(v -> !v.isBlank()).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(aws(403, "ForbiddenException",
        "Forbidden: " + request.rawPath() + " needs the header " + CONTROL_HEADER
            + " (any value), so that no web page can call it; e.g. curl -X POST -H '"
            + CONTROL_HEADER + ": 1' http://127.0.0.1:<port>" + request.rawPath()));
  }

  private static Optional<HttpResponseData> contentType(Face face, HttpRequestData request) {
    boolean hasBody = request.body().length > 0 || request.bodyTooLarge();
    if (!hasBody) {
      return Optional.empty();
    }
    String type = request.headers().last("Content-Type").orElse("");
    int semicolon = type.indexOf(';');
    String media = (semicolon < 0 ? type : type.substring(0, semicolon)).trim()
        .toLowerCase(Locale.ROOT);
    boolean json = media.equals("application/json") || media.endsWith("+json")
        || media.startsWith("application/x-amz-json");
    // The AWS CLI sends import-rest-api's blob with no Content-Type at all; the AWS face's
    // SigV4-shaped Authorization header already keeps browsers out (it needs a preflight).
    boolean binary = face == Face.AWS
        && (media.equals("application/octet-stream") || media.equals("binary/octet-stream")
            || type.isBlank());
    if (json || binary) {
      return Optional.empty();
    }
    String why = "the management API accepts JSON bodies only (Content-Type: application/json)"
        + "; offending: " + (type.isEmpty() ? "no Content-Type" : "\"" + type + "\"");
    return Optional.of(switch (face) {
      case HUAWEI -> huawei(415, "APIG.0201", "Unsupported Media Type: " + why);
      default -> aws(415, "UnsupportedMediaTypeException", "Unsupported Media Type: " + why);
    });
  }

  private static HttpResponseData aws(int status, String errorType, String message) {
    return HttpResponseData.of(
        status,
        HttpHeaders.builder()
            .add("Content-Type", "application/json")
            .add("x-amzn-ErrorType", errorType)
            .build(),
        "{\"message\":\"" + escape(message) + "\"}");
  }

  private static HttpResponseData huawei(int status, String code, String message) {
    return HttpResponseData.of(
        status,
        HttpHeaders.builder().add("Content-Type", "application/json").build(),
        "{\"error_code\":\"" + code + "\",\"error_msg\":\"" + escape(message) + "\"}");
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
