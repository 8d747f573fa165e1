package io.github.fakeapigw.model;

import java.util.Map;
import java.util.Optional;

/**
 * Everything that defines a REST API at one moment: its settings and resource tree, plus models,
 * validators and gateway responses. A {@link Deployment} keeps one as its frozen snapshot.
 *
 * @param resources resource id to resource
 * @param models model name to model
 * @param requestValidators validator id to validator
 * @param gatewayResponses response type to gateway response
 */
public record ApiDefinition(
    RestApi restApi,
    Map<String, Resource> resources,
    Map<String, Model> models,
    Map<String, RequestValidator> requestValidators,
    Map<String, GatewayResponse> gatewayResponses) {
  public ApiDefinition {
    java.util.Objects.requireNonNull(restApi, "restApi");
    resources = Models.map(resources);
    models = Models.map(models);
    requestValidators = Models.map(requestValidators);
    gatewayResponses = Models.map(gatewayResponses);
  }

  public Resource rootResource() {
    return resources.get(restApi.rootResourceId());
  }

  public Optional<Resource> resource(String id) {
    return Optional.ofNullable(resources.get(id));
  }

  /** The resource with the given full path ({@code /pets/{petId}}), if any. */
  public Optional<Resource> resourceByPath(String path) {
    return resources.values().stream().filter(r -> r.path().equals(path)).findFirst();
  }

  /** A copy with {@code restApi} replaced. */
  public ApiDefinition withRestApi(RestApi restApi) {
    return new ApiDefinition(restApi, resources, models, requestValidators, gatewayResponses);
  }

  /** A copy with {@code resources} replaced. */
  public ApiDefinition withResources(Map<String, Resource> resources) {
    return new ApiDefinition(restApi, resources, models, requestValidators, gatewayResponses);
  }

  /** A copy with {@code models} replaced. */
  public ApiDefinition withModels(Map<String, Model> models) {
    return new ApiDefinition(restApi, resources, models, requestValidators, gatewayResponses);
  }

  /** A copy with {@code requestValidators} replaced. */
  public ApiDefinition withRequestValidators(Map<String, RequestValidator> requestValidators) {
    return new ApiDefinition(restApi, resources, models, requestValidators, gatewayResponses);
  }

  /** A copy with {@code gatewayResponses} replaced. */
  public ApiDefinition withGatewayResponses(Map<String, GatewayResponse> gatewayResponses) {
    return new ApiDefinition(restApi, resources, models, requestValidators, gatewayResponses);
  }
}
