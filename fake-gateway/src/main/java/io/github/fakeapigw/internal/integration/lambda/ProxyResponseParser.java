package io.github.fakeapigw.internal.integration.lambda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.http.HttpResponseData;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a function's answer to a proxy integration into the method response, as strictly as API
 * Gateway: only {@code statusCode}, {@code headers}, {@code multiValueHeaders}, {@code body} and
 * {@code isBase64Encoded} are allowed, with their JSON types. Anything else is a "Malformed Lambda
 * proxy response" (the caller gets 502).
 *
 * @see <a
 *     href="https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-output-format">Output
 *     format of a Lambda function for proxy integration</a>
 */
final class ProxyResponseParser {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final Set<String> FIELDS =
      Set.of("statusCode", "headers", "multiValueHeaders", "body", "isBase64Encoded");
  private static final String ALLOWED =
      "statusCode, headers, multiValueHeaders, body, isBase64Encoded";
  private static final int SNIPPET = 200;

  /** Why an answer was rejected; the text follows "Malformed Lambda proxy response: ". */
  static final class MalformedResponse extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedResponse(String message) {
      super("Malformed Lambda proxy response: " + message);
    }
  }

  private ProxyResponseParser() {}

  /**
   * Parses the function's payload.
   *
   * @param accept the request's {@code Accept} header, which decides whether a base64 body is
   *     decoded
   * @throws MalformedResponse if the answer is not a valid proxy response
   */
  static HttpResponseData parse(String payload, Optional<String> accept, List<String> binaryMediaTypes)
      throws MalformedResponse {
    JsonNode root;
    try {
      root = JSON.readTree(payload);
    } catch (JsonProcessingException e) {
      throw new MalformedResponse("the function's output is not JSON: " + snippet(payload));
    }
    if (root == null || root.isMissingNode()) {
      throw new MalformedResponse("the function's output is empty; it must be a JSON object");
    }
    if (!root.isObject()) {
      throw new MalformedResponse(
          "the function's output must be a JSON object with " + ALLOWED + "; got " + describe(root));
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new MalformedResponse(
            "unexpected field \"" + name + "\"; only " + ALLOWED + " are allowed");
      }
    }
    int status = statusCode(root.get("statusCode"));
    HttpHeaders.Builder headers = HttpHeaders.builder();
    JsonNode multi = root.get("multiValueHeaders");
    if (present(multi)) {
      if (!multi.isObject()) {
        throw new MalformedResponse("multiValueHeaders must be an object of lists; got " + describe(multi));
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = multi.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getValue().isArray()) {
          throw new MalformedResponse(
              "multiValueHeaders values must be lists; \"" + e.getKey() + "\" is " + describe(e.getValue()));
        }
        for (JsonNode v : e.getValue()) {
          headers.add(e.getKey(), headerValue("multiValueHeaders", e.getKey(), v));
        }
      }
    }
    JsonNode single = root.get("headers");
    if (present(single)) {
      if (!single.isObject()) {
        throw new MalformedResponse("headers must be an object; got " + describe(single));
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = single.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        headers.add(e.getKey(), headerValue("headers", e.getKey(), e.getValue()));
      }
    }
    if (!headers.contains("Content-Type")) {
      headers.add("Content-Type", "application/json");
    }
    boolean base64 = false;
    JsonNode flag = root.get("isBase64Encoded");
    if (present(flag)) {
      if (!flag.isBoolean()) {
        throw new MalformedResponse("isBase64Encoded must be a boolean; got " + describe(flag));
      }
      base64 = flag.booleanValue();
    }
    JsonNode bodyNode = root.get("body");
    String body = "";
    if (present(bodyNode)) {
      if (!bodyNode.isTextual()) {
        throw new MalformedResponse(
            "body must be a string; got "
                + describe(bodyNode)
                + (bodyNode.isContainerNode() ? " (serialize it to a JSON string first)" : ""));
      }
      body = bodyNode.textValue();
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (base64 && accept.flatMap(MediaTypes::firstAccepted)
        .map(type -> MediaTypes.isBinary(type, binaryMediaTypes)).orElse(false)) {
      try {
        bytes = Base64.getMimeDecoder().decode(body);
      } catch (IllegalArgumentException e) {
        throw new MalformedResponse("isBase64Encoded is true but body is not base64: " + snippet(body));
      }
    }
    return new HttpResponseData(status, headers.build(), bytes);
  }

  private static int statusCode(JsonNode node) throws MalformedResponse {
    if (!present(node)) {
      return 200;
    }
    int status;
    if (node.isIntegralNumber() && node.canConvertToInt()) {
      status = node.intValue();
    } else if (node.isTextual() && node.textValue().matches("\\d{1,9}")) {
      status = Integer.parseInt(node.textValue());
    } else {
      throw new MalformedResponse(
          "statusCode must be an integer or a numeric string; got " + describe(node));
    }
    if (status < 100 || status > 599) {
      throw new MalformedResponse("statusCode must be between 100 and 599; got " + status);
    }
    return status;
  }

  private static String headerValue(String field, String name, JsonNode value)
      throws MalformedResponse {
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isBoolean()) {
      return Boolean.toString(value.booleanValue());
    }
    throw new MalformedResponse(
        field + " values must be strings or booleans; \"" + name + "\" is " + describe(value));
  }

  private static boolean present(JsonNode node) {
    return node != null && !node.isNull();
  }

  private static String describe(JsonNode node) {
    String kind =
        switch (node.getNodeType()) {
          case OBJECT -> "an object";
          case ARRAY -> "an array";
          case STRING -> "a string";
          case NUMBER -> "a number";
          case BOOLEAN -> "a boolean";
          case NULL -> "null";
          default -> node.getNodeType().name().toLowerCase();
        };
    return node.isNull() ? kind : kind + " " + snippet(node.toString());
  }

  private static String snippet(String text) {
    return text.length() <= SNIPPET
        ? text
        : text.substring(0, SNIPPET) + "… (" + (text.length() - SNIPPET) + " more chars)";
  }
}
