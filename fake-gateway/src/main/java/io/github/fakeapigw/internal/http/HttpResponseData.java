package io.github.fakeapigw.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** An HTTP response to write back to the client, independent of the server library. */
public record HttpResponseData(int status, HttpHeaders headers, byte[] body) {

  public HttpResponseData {
    Objects.requireNonNull(headers, "headers");
    body = body == null ? new byte[0] : body;
  }

  public static HttpResponseData of(int status, HttpHeaders headers, String body) {
    return new HttpResponseData(
        status, headers, body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
  }

  public String bodyAsString() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
