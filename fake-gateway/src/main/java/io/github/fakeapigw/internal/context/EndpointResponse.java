package io.github.fakeapigw.internal.context;

import io.github.fakeapigw.internal.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/** What an integration endpoint answered (for MOCK: the status and an empty body). */
public record EndpointResponse(int status, HttpHeaders headers, byte[] body) {
  public String bodyAsString() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
