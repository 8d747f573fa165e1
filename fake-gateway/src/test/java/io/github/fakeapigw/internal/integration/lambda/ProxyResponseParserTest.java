package io.github.fakeapigw.internal.integration.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakeapigw.internal.http.HttpResponseData;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProxyResponseParserTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "not JSON                 | hello                                        | the function's output is not JSON: hello",
        "empty output             | ``                                           | the function's output is empty; it must be a JSON object",
        "JSON string              | \"hello\"                                    | the function's output must be a JSON object with statusCode, headers, multiValueHeaders, body, isBase64Encoded; got a string \"hello\"",
        "JSON null                | null                                         | the function's output must be a JSON object with statusCode, headers, multiValueHeaders, body, isBase64Encoded; got null",
        "array                    | [1]                                          | the function's output must be a JSON object with statusCode, headers, multiValueHeaders, body, isBase64Encoded; got an array [1]",
        "unknown field            | {\"statusCode\":200,\"cookies\":[]}          | unexpected field \"cookies\"; only statusCode, headers, multiValueHeaders, body, isBase64Encoded are allowed",
        "non-numeric statusCode   | {\"statusCode\":\"OK\"}                      | statusCode must be an integer or a numeric string; got a string \"OK\"",
        "fractional statusCode    | {\"statusCode\":200.5}                       | statusCode must be an integer or a numeric string; got a number 200.5",
        "boolean statusCode       | {\"statusCode\":true}                        | statusCode must be an integer or a numeric string; got a boolean true",
        "statusCode out of range  | {\"statusCode\":42}                          | statusCode must be between 100 and 599; got 42",
        "object body              | {\"body\":{\"a\":1}}                         | body must be a string; got an object {\"a\":1} (serialize it to a JSON string first)",
        "number body              | {\"body\":42}                                | body must be a string; got a number 42",
        "headers not an object    | {\"headers\":[\"a\"]}                        | headers must be an object; got an array [\"a\"]",
        "numeric header value     | {\"headers\":{\"X-N\":1}}                    | headers values must be strings or booleans; \"X-N\" is a number 1",
        "object header value      | {\"headers\":{\"X-O\":{}}}                   | headers values must be strings or booleans; \"X-O\" is an object {}",
        "multi value not a list   | {\"multiValueHeaders\":{\"X-M\":\"a\"}}      | multiValueHeaders values must be lists; \"X-M\" is a string \"a\"",
        "multiValueHeaders list   | {\"multiValueHeaders\":[]}                   | multiValueHeaders must be an object of lists; got an array []",
        "string isBase64Encoded   | {\"isBase64Encoded\":\"true\"}               | isBase64Encoded must be a boolean; got a string \"true\"",
        "trailing garbage         | {\"statusCode\":200} x                       | the function's output is not JSON: {\"statusCode\":200} x",
      })
  void rejects_a_malformed_proxy_response(String label, String payload, String reason) {
    assertThatThrownBy(() -> ProxyResponseParser.parse(payload, Optional.empty(), List.of()))
        .isInstanceOf(ProxyResponseParser.MalformedResponse.class)
        .hasMessage("Malformed Lambda proxy response: " + reason);
  }

  @Test
  void an_empty_object_is_a_200_with_json_content_type_and_no_body() throws Exception {
    HttpResponseData response = ProxyResponseParser.parse("{}", Optional.empty(), List.of());

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers().toMultiValueMap())
        .containsExactly(java.util.Map.entry("Content-Type", List.of("application/json")));
    assertThat(response.body()).isEmpty();
  }

  @Test
  void accepts_a_numeric_string_status_boolean_headers_and_emits_multi_values_first()
      throws Exception {
    HttpResponseData response =
        ProxyResponseParser.parse(
            "{\"statusCode\":\"201\",\"headers\":{\"X-Flag\":true,\"Content-Type\":\"text/plain\"},"
                + "\"multiValueHeaders\":{\"X-Flag\":[\"a\",\"b\"]},\"body\":\"created\","
                + "\"isBase64Encoded\":false}",
            Optional.empty(),
            List.of());

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.headers().all("X-Flag")).containsExactly("a", "b", "true");
    assertThat(response.headers().all("Content-Type")).containsExactly("text/plain");
    assertThat(response.bodyAsString()).isEqualTo("created");
  }

  @Test
  void null_fields_count_as_absent() throws Exception {
    HttpResponseData response =
        ProxyResponseParser.parse(
            "{\"statusCode\":null,\"headers\":null,\"multiValueHeaders\":null,\"body\":null,"
                + "\"isBase64Encoded\":null}",
            Optional.empty(),
            List.of());

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
  }

  @Test
  void decodes_a_base64_body_only_when_the_first_accepted_type_is_binary() throws Exception {
    String payload = "{\"body\":\"UE5HIQ==\",\"isBase64Encoded\":true}";

    HttpResponseData binary =
        ProxyResponseParser.parse(payload, Optional.of("image/png, text/html"), List.of("image/png"));
    HttpResponseData text =
        ProxyResponseParser.parse(payload, Optional.of("text/html, image/png"), List.of("image/png"));
    HttpResponseData noAccept = ProxyResponseParser.parse(payload, Optional.empty(), List.of("*/*"));

    assertThat(new String(binary.body(), StandardCharsets.UTF_8)).isEqualTo("PNG!");
    assertThat(text.bodyAsString()).isEqualTo("UE5HIQ==");
    assertThat(noAccept.bodyAsString()).isEqualTo("UE5HIQ==");
  }
}
