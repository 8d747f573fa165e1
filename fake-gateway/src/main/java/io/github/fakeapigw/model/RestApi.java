package io.github.fakeapigw.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A REST API's top-level settings ({@code RestApi}); its resources live in {@link ApiDefinition}. */
public record RestApi(
    String id,
    String name,
    Optional<String> description,
    Instant createdDate,
    Optional<String> version,
    List<String> warnings,
    List<String> binaryMediaTypes,
    Optional<Integer> minimumCompressionSize,
    String apiKeySource,
    EndpointConfiguration endpointConfiguration,
    Optional<String> policy,
    Map<String, String> tags,
    boolean disableExecuteApiEndpoint,
    String rootResourceId) {
  public RestApi {
    description = description == null ? Optional.empty() : description;
    version = version == null ? Optional.empty() : version;
    warnings = Models.list(warnings);
    binaryMediaTypes = Models.list(binaryMediaTypes);
    minimumCompressionSize =
        minimumCompressionSize == null ? Optional.empty() : minimumCompressionSize;
    apiKeySource = apiKeySource == null ? "HEADER" : apiKeySource;
    endpointConfiguration =
        endpointConfiguration == null ? EndpointConfiguration.edge() : endpointConfiguration;
    policy = policy == null ? Optional.empty() : policy;
    tags = Models.map(tags);
  }

  /** A copy with {@code id} replaced. */
  public RestApi withId(String id) {
    return new RestApi(id, name, description, createdDate, version, warnings, binaryMediaTypes, minimumCompressionSize, apiKeySource, endpointConfiguration, policy, tags, disableExecuteApiEndpoint, rootResourceId);
  }

  /** A copy with {@code name} replaced. */
  public RestApi withName(String name) {
    return new RestApi(id, name, description, createdDate, version, warnings, binaryMediaTypes, minimumCompressionSize, apiKeySource, endpointConfiguration, policy, tags, disableExecuteApiEndpoint, rootResourceId);
  }

  /** A copy with {@code description} replaced. */
  public RestApi withDescription(Optional<String> description) {
    return new RestApi(id, name, description, createdDate, version, warnings, binaryMediaTypes, minimumCompressionSize, apiKeySource, endpointConfiguration, policy, tags, disableExecuteApiEndpoint, rootResourceId);
  }

  /** A copy with {@code createdDate} replaced. */
  public RestApi withCreatedDate(Instant createdDate) {
    return new RestApi(id, name, description, createdDate, version, warnings, binaryMediaTypes, minimumCompressionSize, apiKeySource, endpointConfiguration, policy, tags, disableExecuteApiEndpoint, rootResourceId);
  }

  /** A copy with {@code version} replaced. */
  public RestApi withVersion(Optional<String> version) {
    return new RestApi(id, name, description, createdDate, version, warnings, binaryMediaTypes, minimumCompressionSize, apiKeySource, endpointConfiguration, policy, tags, disableExecuteApiEndpoint, rootResourceId);
  }

  /** A copy with {@code warnings} replaced. */
  public RestApi withWarnings(List<String> warnings) {
    return new RestApi(id, name, description, createdDate, version, warnings, binaryMediaTypes, minimumCompressionSize, apiKeySource, endpointConfiguration, policy, tags, disableExecuteApiEndpoint, rootResourceId);
  }

  /** A copy with {@code binaryMediaTypes} replaced. */
  public RestApi withBinaryMediaTypes(List<String> binaryMediaTypes) {
    return new RestApi(id, name, description, createdDate, version, warnings, binaryMediaTypes, minimumCompressionSize, apiKeySource, endpointConfiguration, policy, tags, disableExecuteApiEndpoint, rootResourceId);
  }

  /** A copy with {@code minimumCompressionSize} replaced. */
  public RestApi withMinimumCompressionSize(Optional<Integer> minimumCompressionSize) {
    return new RestApi(id, name, description, createdDate, version, warnings, binaryMediaTypes, minimumCompressionSize, apiKeySource, endpointConfiguration, policy, tags, disableExecuteApiEndpoint, rootResourceId);
  }

  /** A copy with {@code apiKeySource} replaced. */
  public RestApi withApiKeySource(String apiKeySource) {
    return new RestApi(id, name, description, createdDate, version, warnings, binaryMediaTypes, minimumCompressionSize, apiKeySource, endpointConfiguration, policy, tags, disableExecuteApiEndpoint, rootResourceId);
  }

  /** A copy with {@code endpointConfiguration} replaced. */
  public RestApi withEndpointConfiguration(EndpointConfiguration endpointConfiguration) {
    return new RestApi(id, name, description, createdDate, version, warnings, binaryMediaTypes, minimumCompressionSize, apiKeySource, endpointConfiguration, policy, tags, disableExecuteApiEndpoint, rootResourceId);
  }

  /** A copy with {@code policy} replaced. */
  public RestApi withPolicy(Optional<String> policy) {
    return new RestApi(id, name, description, createdDate, version, warnings, binaryMediaTypes, minimumCompressionSize, apiKeySource, endpointConfiguration, policy, tags, disableExecuteApiEndpoint, rootResourceId);
  }

  /** A copy with {@code tags} replaced. */
  public RestApi withTags(Map<String, String> tags) {
    return new RestApi(id, name, description, createdDate, version, warnings, binaryMediaTypes, minimumCompressionSize, apiKeySource, endpointConfiguration, policy, tags, disableExecuteApiEndpoint, rootResourceId);
  }

  /** A copy with {@code disableExecuteApiEndpoint} replaced. */
  public RestApi withDisableExecuteApiEndpoint(boolean disableExecuteApiEndpoint) {
    return new RestApi(id, name, description, createdDate, version, warnings, binaryMediaTypes, minimumCompressionSize, apiKeySource, endpointConfiguration, policy, tags, disableExecuteApiEndpoint, rootResourceId);
  }

  /** A copy with {@code rootResourceId} replaced. */
  public RestApi withRootResourceId(String rootResourceId) {
    return new RestApi(id, name, description, createdDate, version, warnings, binaryMediaTypes, minimumCompressionSize, apiKeySource, endpointConfiguration, policy, tags, disableExecuteApiEndpoint, rootResourceId);
  }
}
