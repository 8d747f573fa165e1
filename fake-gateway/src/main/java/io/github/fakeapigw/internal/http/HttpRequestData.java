package io.github.fakeapigw.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A received HTTP request, independent of the server library.
 *
 * @param method the verb as sent
 * @param rawPath the path exactly as it appeared on the request line (still percent-encoded)
 * @param rawQuery the query string without '?', still encoded; empty when absent
 * @param headers the request headers
 * @param body the request body; empty when absent
 * @param remoteAddress the immediate TCP peer's IP address
 * @param protocol the protocol, e.g. {@code HTTP/1.1}
 * @param bodyTooLarge whether the body exceeded the 10 MB payload limit (the body is then empty)
 */
public record HttpRequestData(
    String method,
    String rawPath,
    String rawQuery,
    HttpHeaders headers,
    byte[] body,
    String remoteAddress,
    String protocol,
    boolean bodyTooLarge) {

  /** A request whose body was read whole. */
  public HttpRequestData(
      String method,
      String rawPath,
      String rawQuery,
      HttpHeaders headers,
      byte[] body,
      String remoteAddress,
      String protocol) {
    this(method, rawPath, rawQuery, headers, body, remoteAddress, protocol, false);
  }

  public HttpRequestData {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(rawPath, "rawPath");
    rawQuery = rawQuery == null ? "" : rawQuery;
    Objects.requireNonNull(headers, "headers");
    body = body == null ? new byte[0] : body;
    remoteAddress = remoteAddress == null ? "127.0.0.1" : remoteAddress;
    protocol = protocol == null ? "HTTP/1.1" : protocol;
  }

  public String bodyAsString() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The {@code Host} header, or an empty string. */
  public String host() {
    return headers.last("Host").orElse("");
  }
}
