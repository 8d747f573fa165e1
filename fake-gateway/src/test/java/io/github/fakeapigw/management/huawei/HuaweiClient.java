package io.github.fakeapigw.management.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A small JSON client for the Huawei APIG management API, as a test author would write one: it
 * sends {@code X-Auth-Token} on every call and answers the status with the parsed body.
 */
final class HuaweiClient {
  static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  /** A client for {@code baseUrl + prefix}, e.g. {@code /v1.0/apigw}. */
  HuaweiClient(URI baseUrl, String prefix) {
    String b = baseUrl.toString();
    this.base = (b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + prefix;
  }

  record Response(int status, JsonNode body, java.net.http.HttpHeaders headers) {
    String text(String field) {
      return body.path(field).asText();
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  Response get(String path) {
    return send("GET", path, null);
  }

  Response delete(String path) {
    return send("DELETE", path, null);
  }

  Response post(String path, Object body) {
    return send("POST", path, body);
  }

  Response put(String path, Object body) {
    return send("PUT", path, body);
  }

  static ObjectNode object(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Response send(String method, String path, Object body) {
    try {
      String text = body == null ? null
          : body instanceof String s ? s : JSON.writeValueAsString(body);
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
          .timeout(Duration.ofSeconds(10))
          .header("X-Auth-Token", "test-token")
          .method(method, text == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(text));
      if (text != null) {
        b.header("Content-Type", "application/json");
      }
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode parsed = r.body().isEmpty() ? MissingNode.getInstance() : JSON.readTree(r.body());
      return new Response(r.statusCode(), parsed, r.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
