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
}
