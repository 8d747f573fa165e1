package io.github.fakeapigw.assertions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakeapigw.FakeApiGateway;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Configures APIs through the gateway's AWS management API with plain JSON over the JDK's
 * HttpClient (the assertions module does not depend on the AWS SDK).
 */
final class Management {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final FakeApiGateway gateway;

  Management(FakeApiGateway gateway) {
    this.gateway = gateway;
  }

  static ObjectNode json() {
    return JSON.createObjectNode();
  }

  /** Creates a REST API and returns its id. */
  String createApi(String name) {
    return call("POST", "/restapis", json().put("name", name)).get("id").asText();
  }

  String rootResource(String apiId) {
    for (JsonNode r : call("GET", "/restapis/" + apiId + "/resources", null).get("item")) {
      if (r.get("path").asText().equals("/")) {
        return r.get("id").asText();
      }
    }
    throw new IllegalStateException("no root resource");
  }

  String createResource(String apiId, String parentId, String pathPart) {
    return call(
            "POST",
            "/restapis/" + apiId + "/resources/" + parentId,
            json().put("pathPart", pathPart))
        .get("id")
        .asText();
  }

  void putMethod(String apiId, String resourceId, String verb, ObjectNode body) {
    call(
        "PUT",
        "/restapis/" + apiId + "/resources/" + resourceId + "/methods/" + verb,
        body.put("authorizationType", "NONE"));
  }

  void putIntegration(String apiId, String resourceId, String verb, ObjectNode body) {
    call(
        "PUT",
        "/restapis/" + apiId + "/resources/" + resourceId + "/methods/" + verb + "/integration",
        body);
  }

  void putIntegrationResponse(
      String apiId, String resourceId, String verb, int status, ObjectNode body) {
    call(
        "PUT",
        "/restapis/"
            + apiId
            + "/resources/"
            + resourceId
            + "/methods/"
            + verb
            + "/responses/"
            + status,
        json());
    call(
        "PUT",
        "/restapis/"
            + apiId
            + "/resources/"
            + resourceId
            + "/methods/"
            + verb
            + "/integration/responses/"
            + status,
        body);
  }

  /** Creates a deployment (and the stage when new) and returns the deployment id. */
  String deploy(String apiId, ObjectNode body) {
    return call("POST", "/restapis/" + apiId + "/deployments", body).get("id").asText();
  }

  private JsonNode call(String verb, String path, ObjectNode body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(gateway.managementUrl() + path))
            .timeout(Duration.ofSeconds(5))
            .header("Content-Type", "application/json")
            // The shape the SDK sends; the management API refuses requests without one.
            .header("Authorization", "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/"
                + "apigateway/aws4_request, SignedHeaders=host, Signature=0")
            .method(
                verb,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body.toString()));
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() >= 300) {
        throw new IllegalStateException(
            verb + " " + path + " -> " + r.statusCode() + " " + r.body());
      }
      return r.body().isBlank() ? json() : JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Sends a request to a stage's invoke URL and returns the status. */
  int invoke(String apiId, String stage, String verb, String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(gateway.invokeUrl(apiId, stage) + path))
            .timeout(Duration.ofSeconds(5))
            .method(verb, HttpRequest.BodyPublishers.noBody())
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
