package io.github.fakeapigw.internal.integration.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fakeapigw.internal.context.MethodRequest;
import io.github.fakeapigw.internal.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The v1.0 proxy event, field by field, as AWS documents it: "Input format of a Lambda function for
 * proxy integration", https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html
 */
class ProxyEventBuilderTest {
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void builds_every_field_of_the_v1_proxy_event_in_aws_order() throws Exception {
    HttpHeaders headers =
        HttpHeaders.builder()
            .add("Accept", "*/*")
            .add("X-Multi", "one")
            .add("x-multi", "two")
            .build();

    JsonNode event =
        json.readTree(
            ProxyEventBuilder.json(
                Fixtures.get("/orders/7", headers), Fixtures.context(Map.of("v", "x")), List.of()));

    assertThat(fieldNames(event))
        .containsExactly(
            "resource", "path", "httpMethod", "headers", "multiValueHeaders",
            "queryStringParameters", "multiValueQueryStringParameters", "pathParameters",
            "stageVariables", "requestContext", "body", "isBase64Encoded");
    assertThat(event.get("resource").asText()).isEqualTo("/{proxy+}");
    assertThat(event.get("path").asText()).isEqualTo("/orders/7");
    assertThat(event.get("httpMethod").asText()).isEqualTo("GET");
    assertThat(event.get("headers").toString()).isEqualTo("{\"Accept\":\"*/*\",\"X-Multi\":\"two\"}");
    assertThat(event.get("multiValueHeaders").toString())
        .isEqualTo("{\"Accept\":[\"*/*\"],\"X-Multi\":[\"one\",\"two\"]}");
    assertThat(event.get("queryStringParameters").toString()).isEqualTo("{\"a\":\"2\"}");
    assertThat(event.get("multiValueQueryStringParameters").toString())
        .isEqualTo("{\"a\":[\"1\",\"2\"]}");
    assertThat(event.get("pathParameters").toString()).isEqualTo("{\"proxy\":\"orders/7\"}");
    assertThat(event.get("stageVariables").toString()).isEqualTo("{\"v\":\"x\"}");
    assertThat(event.get("body").isNull()).isTrue();
    assertThat(event.get("isBase64Encoded").isBoolean()).isTrue();
    assertThat(event.get("isBase64Encoded").booleanValue()).isFalse();
  }

  @Test
  void builds_the_request_context_with_the_stage_in_its_path_and_a_null_filled_identity()
      throws Exception {
    JsonNode rc =
        json.readTree(
                ProxyEventBuilder.json(
                    Fixtures.get("/orders/7", HttpHeaders.empty()), Fixtures.context(Map.of()),
                    List.of()))
            .get("requestContext");

    assertThat(rc.toString())
        .isEqualTo(
            "{\"accountId\":\"123456789012\",\"apiId\":\"abc123defg\",\"deploymentId\":\"d1x2y3\","
                + "\"domainName\":\"abc123defg.execute-api.us-east-1.amazonaws.com\","
                + "\"domainPrefix\":\"abc123defg\",\"extendedRequestId\":\"Ab1CdEfGhIjKlMn=\","
                + "\"httpMethod\":\"GET\",\"path\":\"/dev/orders/7\",\"protocol\":\"HTTP/1.1\","
                + "\"requestId\":\"c0ffee00-0000-4000-8000-000000000001\","
                + "\"requestTime\":\"21/Nov/2025:04:03:02 +0000\",\"requestTimeEpoch\":1763697782000,"
                + "\"resourceId\":\"r1s2t3\",\"resourcePath\":\"/{proxy+}\",\"stage\":\"dev\","
                + "\"identity\":{\"accessKey\":null,\"accountId\":null,\"caller\":null,"
                + "\"cognitoAuthenticationProvider\":null,\"cognitoAuthenticationType\":null,"
                + "\"cognitoIdentityId\":null,\"cognitoIdentityPoolId\":null,\"principalOrgId\":null,"
                + "\"sourceIp\":\"203.0.113.5\",\"user\":null,\"userAgent\":\"curl/8\",\"userArn\":null}}");
  }

  @Test
  void empty_maps_are_null_not_empty_objects() throws Exception {
    MethodRequest bare =
        new MethodRequest("GET", "/", Map.of(), Map.of(), HttpHeaders.empty(), new byte[0]);

    JsonNode event =
        json.readTree(ProxyEventBuilder.json(bare, Fixtures.context(Map.of()), List.of()));

    for (String field :
        List.of(
            "headers", "multiValueHeaders", "queryStringParameters",
            "multiValueQueryStringParameters", "pathParameters", "stageVariables", "body")) {
      assertThat(event.get(field).isNull()).as(field).isTrue();
    }
  }

  @Test
  void a_text_body_is_passed_as_a_string() throws Exception {
    JsonNode event =
        json.readTree(
            ProxyEventBuilder.json(
                Fixtures.post("{\"qty\":2}", "application/json"), Fixtures.context(Map.of()),
                List.of("image/png")));

    assertThat(event.get("body").asText()).isEqualTo("{\"qty\":2}");
    assertThat(event.get("isBase64Encoded").booleanValue()).isFalse();
  }

  @Test
  void a_body_whose_content_type_is_a_binary_media_type_is_base64_encoded() throws Exception {
    JsonNode event =
        json.readTree(
            ProxyEventBuilder.json(
                Fixtures.post("PNG!", "image/png"), Fixtures.context(Map.of()), List.of("image/*")));

    assertThat(event.get("body").asText()).isEqualTo("UE5HIQ==");
    assertThat(event.get("isBase64Encoded").booleanValue()).isTrue();
  }

  @Test
  void header_name_case_is_kept_as_sent() throws Exception {
    HttpHeaders headers = HttpHeaders.builder().add("x-lower", "1").add("X-UPPER", "2").build();

    JsonNode event =
        json.readTree(
            ProxyEventBuilder.json(
                Fixtures.get("/orders/7", headers), Fixtures.context(Map.of()), List.of()));

    assertThat(fieldNames(event.get("headers"))).containsExactly("x-lower", "X-UPPER");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
