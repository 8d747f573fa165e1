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
}
