package io.github.fakeapigw.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code Method} of a resource.
 *
 * @param requestParameters {@code method.request.{location}.{name}} to whether it is required
 * @param requestModels content type to model name
 * @param methodResponses status code to method response
 */
public record Method(
    String httpMethod,
    String authorizationType,
    Optional<String> authorizerId,
    boolean apiKeyRequired,
    Optional<String> requestValidatorId,
    Optional<String> operationName,
    Map<String, Boolean> requestParameters,
    Map<String, String> requestModels,
    Map<String, MethodResponse> methodResponses,
    Optional<Integration> methodIntegration,
    List<String> authorizationScopes) {
  public Method {
    authorizationType = authorizationType == null ? "NONE" : authorizationType;
    authorizerId = authorizerId == null ? Optional.empty() : authorizerId;
    requestValidatorId = requestValidatorId == null ? Optional.empty() : requestValidatorId;
    operationName = operationName == null ? Optional.empty() : operationName;
    requestParameters = Models.map(requestParameters);
    requestModels = Models.map(requestModels);
    methodResponses = Models.map(methodResponses);
    methodIntegration = methodIntegration == null ? Optional.empty() : methodIntegration;
    authorizationScopes = Models.list(authorizationScopes);
  }
}
