package io.github.fakeapigw.model;

import java.util.Map;
import java.util.Optional;

/** A {@code GatewayResponse}: how the gateway renders one of its own errors. */
public record GatewayResponse(
    String responseType,
    Optional<String> statusCode,
    Map<String, String> responseParameters,
    Map<String, String> responseTemplates,
    boolean defaultResponse) {
  public GatewayResponse {
    statusCode = statusCode == null ? Optional.empty() : statusCode;
    responseParameters = Models.map(responseParameters);
    responseTemplates = Models.map(responseTemplates);
  }

  /** A copy with {@code responseType} replaced. */
  public GatewayResponse withResponseType(String responseType) {
    return new GatewayResponse(responseType, statusCode, responseParameters, responseTemplates, defaultResponse);
  }

  /** A copy with {@code statusCode} replaced. */
  public GatewayResponse withStatusCode(Optional<String> statusCode) {
    return new GatewayResponse(responseType, statusCode, responseParameters, responseTemplates, defaultResponse);
  }

  /** A copy with {@code responseParameters} replaced. */
  public GatewayResponse withResponseParameters(Map<String, String> responseParameters) {
    return new GatewayResponse(responseType, statusCode, responseParameters, responseTemplates, defaultResponse);
  }

  /** A copy with {@code responseTemplates} replaced. */
  public GatewayResponse withResponseTemplates(Map<String, String> responseTemplates) {
    return new GatewayResponse(responseType, statusCode, responseParameters, responseTemplates, defaultResponse);
  }

  /** A copy with {@code defaultResponse} replaced. */
  public GatewayResponse withDefaultResponse(boolean defaultResponse) {
    return new GatewayResponse(responseType, statusCode, responseParameters, responseTemplates, defaultResponse);
  }
}
