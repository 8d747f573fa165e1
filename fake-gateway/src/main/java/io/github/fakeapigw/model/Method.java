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

  /** A copy with {@code httpMethod} replaced. */
  public Method withHttpMethod(String httpMethod) {
    return new Method(httpMethod, authorizationType, authorizerId, apiKeyRequired, requestValidatorId, operationName, requestParameters, requestModels, methodResponses, methodIntegration, authorizationScopes);
  }

  /** A copy with {@code authorizationType} replaced. */
  public Method withAuthorizationType(String authorizationType) {
    return new Method(httpMethod, authorizationType, authorizerId, apiKeyRequired, requestValidatorId, operationName, requestParameters, requestModels, methodResponses, methodIntegration, authorizationScopes);
  }

  /** A copy with {@code authorizerId} replaced. */
  public Method withAuthorizerId(Optional<String> authorizerId) {
    return new Method(httpMethod, authorizationType, authorizerId, apiKeyRequired, requestValidatorId, operationName, requestParameters, requestModels, methodResponses, methodIntegration, authorizationScopes);
  }

  /** A copy with {@code apiKeyRequired} replaced. */
  public Method withApiKeyRequired(boolean apiKeyRequired) {
    return new Method(httpMethod, authorizationType, authorizerId, apiKeyRequired, requestValidatorId, operationName, requestParameters, requestModels, methodResponses, methodIntegration, authorizationScopes);
  }

  /** A copy with {@code requestValidatorId} replaced. */
  public Method withRequestValidatorId(Optional<String> requestValidatorId) {
    return new Method(httpMethod, authorizationType, authorizerId, apiKeyRequired, requestValidatorId, operationName, requestParameters, requestModels, methodResponses, methodIntegration, authorizationScopes);
  }

  /** A copy with {@code operationName} replaced. */
  public Method withOperationName(Optional<String> operationName) {
    return new Method(httpMethod, authorizationType, authorizerId, apiKeyRequired, requestValidatorId, operationName, requestParameters, requestModels, methodResponses, methodIntegration, authorizationScopes);
  }

  /** A copy with {@code requestParameters} replaced. */
  public Method withRequestParameters(Map<String, Boolean> requestParameters) {
    return new Method(httpMethod, authorizationType, authorizerId, apiKeyRequired, requestValidatorId, operationName, requestParameters, requestModels, methodResponses, methodIntegration, authorizationScopes);
  }

  /** A copy with {@code requestModels} replaced. */
  public Method withRequestModels(Map<String, String> requestModels) {
    return new Method(httpMethod, authorizationType, authorizerId, apiKeyRequired, requestValidatorId, operationName, requestParameters, requestModels, methodResponses, methodIntegration, authorizationScopes);
  }

  /** A copy with {@code methodResponses} replaced. */
  public Method withMethodResponses(Map<String, MethodResponse> methodResponses) {
    return new Method(httpMethod, authorizationType, authorizerId, apiKeyRequired, requestValidatorId, operationName, requestParameters, requestModels, methodResponses, methodIntegration, authorizationScopes);
  }

  /** A copy with {@code methodIntegration} replaced. */
  public Method withMethodIntegration(Optional<Integration> methodIntegration) {
    return new Method(httpMethod, authorizationType, authorizerId, apiKeyRequired, requestValidatorId, operationName, requestParameters, requestModels, methodResponses, methodIntegration, authorizationScopes);
  }

  /** A copy with {@code authorizationScopes} replaced. */
  public Method withAuthorizationScopes(List<String> authorizationScopes) {
    return new Method(httpMethod, authorizationType, authorizerId, apiKeyRequired, requestValidatorId, operationName, requestParameters, requestModels, methodResponses, methodIntegration, authorizationScopes);
  }
}
