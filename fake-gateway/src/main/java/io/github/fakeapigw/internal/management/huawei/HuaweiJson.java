package io.github.fakeapigw.internal.management.huawei;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakeapigw.internal.huawei.ApigException;
import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.http.HttpRequestData;
import io.github.fakeapigw.internal.http.HttpResponseData;
import java.util.Optional;

/**
 * The JSON of the Huawei dialect: snake_case keys, absent values left out, unknown request fields
 * ignored (as APIG does), and the {@code {"error_code","error_msg"}} error body.
 */
final class HuaweiJson {
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private HuaweiJson() {}

  /** Reads a request body into a record; a value of the wrong type names its parameter. */
  static <T> T read(HttpRequestData request, Class<T> type) {
    if (request.body().length == 0) {
      throw new ApigException(400, "APIG.2001", "The request parameters must be specified.");
    }
    try {
      return MAPPER.readValue(request.body(), type);
    } catch (JsonMappingException e) {
      String field =
          e.getPath().stream()
              .map(JsonMappingException.Reference::getFieldName)
              .filter(f -> f != null)
              .reduce((a, b) -> b)
              .orElse("body");
      throw ApigException.invalid(field);
    } catch (java.io.IOException e) {
      throw new ApigException(400, "APIG.2000", "Parameter error.");
    }
  }

  /** Reads a request body as a tree (an empty body reads as an empty object). */
  static ObjectNode tree(HttpRequestData request) {
    if (request.body().length == 0) {
      return MAPPER.createObjectNode();
    }
    try {
      JsonNode n = MAPPER.readTree(request.body());
      if (n instanceof ObjectNode o) {
        return o;
      }
    } catch (java.io.IOException e) {
      // answered below
    }
    throw new ApigException(400, "APIG.2000", "Parameter error.");
  }

  /** A text field of a body; a non-text value names the field as invalid. */
  static Optional<String> text(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw ApigException.invalid(field);
    }
    return Optional.of(v.asText());
  }

  static HttpResponseData json(int status, Object body, String requestId) {
    try {
      return HttpResponseData.of(status, headers(requestId), MAPPER.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Rendering " + body.getClass() + " failed", e);
    }
  }

  static HttpResponseData noContent(String requestId) {
    return new HttpResponseData(
        204, HttpHeaders.builder().add("X-Request-Id", requestId).build(), new byte[0]);
  }

  static HttpResponseData error(ApigException e, String requestId) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("error_code", e.errorCode());
    body.put("error_msg", e.errorMsg());
    body.put("request_id", requestId);
    return json(e.status(), body, requestId);
  }

  private static HttpHeaders headers(String requestId) {
    return HttpHeaders.builder()
        .add("Content-Type", "application/json;charset=UTF-8")
        .add("X-Request-Id", requestId)
        .build();
  }
}
