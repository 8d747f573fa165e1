package io.github.fakeapigw.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fakeapigw.FakeApiGateway;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Gateway responses as the management API answers them on the wire (the SDK hides {} vs absent). */
class GatewayResponseShapesTest {
  private static final String SIGV4 = "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/"
      + "apigateway/aws4_request, SignedHeaders=host;x-amz-date, Signature=0123abcd";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static FakeApiGateway gateway;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    gateway = new FakeApiGateway().start();
  }

  @AfterAll
  static void stop() {
    gateway.close();
  }

  private JsonNode call(String method, String path, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(gateway.managementUrl().resolve(path))
        .header("Authorization", SIGV4)
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
    return JSON.readTree(r.body());
  }

  @Test
  void every_type_is_listed_with_its_default_and_empty_maps_answered_as_objects() throws Exception {
    String api = call("POST", "/restapis", "{\"name\":\"shapes\"}").get("id").asText();

    JsonNode list = call("GET", "/restapis/" + api + "/gatewayresponses?limit=500", null);

    List<String> types = new ArrayList<>();
    list.get("item").forEach(i -> types.add(i.get("responseType").asText()));
    assertThat(types).hasSize(21).contains("BAD_REQUEST_BODY", "BAD_REQUEST_PARAMETERS",
        "DEFAULT_4XX", "WAF_FILTERED");
    JsonNode body = find(list, "BAD_REQUEST_BODY");
    assertThat(body.get("defaultResponse").asBoolean()).isTrue();
    assertThat(body.get("statusCode").asText()).isEqualTo("400");
    assertThat(body.get("responseParameters").isObject()).isTrue();
    assertThat(body.get("responseParameters").size()).isZero();
    assertThat(body.get("responseTemplates").get("application/json").asText())
        .isEqualTo("{\"message\":$context.error.messageString}");
    assertThat(find(list, "DEFAULT_4XX").has("statusCode")).isFalse();
  }

  @Test
  void a_put_without_parameters_or_templates_answers_both_as_empty_objects() throws Exception {
    String api = call("POST", "/restapis", "{\"name\":\"put-shapes\"}").get("id").asText();

    JsonNode put = call("PUT", "/restapis/" + api + "/gatewayresponses/THROTTLED",
        "{\"statusCode\":\"429\"}");
    JsonNode got = call("GET", "/restapis/" + api + "/gatewayresponses/THROTTLED", null);

    for (JsonNode r : List.of(put, got)) {
      assertThat(r.get("defaultResponse").asBoolean()).isFalse();
      assertThat(r.get("responseParameters").isObject()).as(r.toString()).isTrue();
      assertThat(r.get("responseParameters").size()).isZero();
      assertThat(r.get("responseTemplates").isObject()).as(r.toString()).isTrue();
      assertThat(r.get("responseTemplates").size()).isZero();
    }
  }

  private static JsonNode find(JsonNode list, String type) {
    for (JsonNode i : list.get("item")) {
      if (i.get("responseType").asText().equals(type)) {
        return i;
      }
    }
    throw new AssertionError("no " + type + " in " + list);
  }
}
