package io.github.fakeapigw.model;

import java.util.Map;

/**
 * A {@code MethodResponse}.
 *
 * @param responseParameters {@code method.response.header.X} to whether it is required
 * @param responseModels content type to model name
 */
public record MethodResponse(
    String statusCode, Map<String, Boolean> responseParameters, Map<String, String> responseModels) {
  public MethodResponse {
    responseParameters = Models.map(responseParameters);
    responseModels = Models.map(responseModels);
  }

  /** A copy with {@code statusCode} replaced. */
  public MethodResponse withStatusCode(String statusCode) {
    return new MethodResponse(statusCode, responseParameters, responseModels);
  }

  /** A copy with {@code responseParameters} replaced. */
  public MethodResponse withResponseParameters(Map<String, Boolean> responseParameters) {
    return new MethodResponse(statusCode, responseParameters, responseModels);
  }

  /** A copy with {@code responseModels} replaced. */
  public MethodResponse withResponseModels(Map<String, String> responseModels) {
    return new MethodResponse(statusCode, responseParameters, responseModels);
  }
}
