package io.github.fakeapigw.internal.huawei.invoke;

import io.github.fakeapigw.model.GatewayResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Huawei's runtime error shape as gateway responses: {@code
 * {"error_code":"APIG.0101","error_msg":"...","request_id":"..."}} with Huawei's status per kind
 * of error, keyed by the engine's gateway response types.
 */
final class HuaweiGatewayResponses {
  static final String NOT_PUBLISHED =
      "The API does not exist or has not been published in the environment.";

  private HuaweiGatewayResponses() {}

  /** Gateway response type to Huawei's status, error code and message. */
  static Map<String, GatewayResponse> all() {
    Map<String, GatewayResponse> m = new LinkedHashMap<>();
    put(m, "DEFAULT_4XX", 404, "APIG.0101", NOT_PUBLISHED);
    put(m, "MISSING_AUTHENTICATION_TOKEN", 404, "APIG.0101", NOT_PUBLISHED);
    put(m, "REQUEST_TOO_LARGE", 413, "APIG.0201", "Request entity too large");
    put(m, "UNSUPPORTED_MEDIA_TYPE", 400, "APIG.0201", "API request error.");
    put(m, "BAD_REQUEST_PARAMETERS", 400, "APIG.0201", "API request error.");
    put(m, "UNAUTHORIZED", 401, "APIG.0301", "Incorrect IAM authentication information.");
    put(m, "INVALID_API_KEY", 401, "APIG.0303", "Incorrect app authentication information.");
    put(m, "ACCESS_DENIED", 403, "APIG.0304", "The app is not authorized to access the API.");
    put(m, "INTEGRATION_FAILURE", 502, "APIG.0202", "Backend unavailable");
    put(m, "INTEGRATION_TIMEOUT", 504, "APIG.0203", "Backend timeout");
    put(m, "API_CONFIGURATION_ERROR", 500, "APIG.0601", "Internal server error.");
    put(m, "DEFAULT_5XX", 500, "APIG.0601", "Internal server error.");
    return m;
  }

  private static void put(
      Map<String, GatewayResponse> m, String type, int status, String code, String message) {
    String body = "{\"error_code\":\"" + code + "\",\"error_msg\":\"" + message
        + "\",\"request_id\":\"$context.requestId\"}";
    m.put(type, new GatewayResponse(type, Optional.of(Integer.toString(status)),
        Map.of("gatewayresponse.header.Content-Type", "'application/json'"),
        Map.of("application/json", body), false));
  }
}
