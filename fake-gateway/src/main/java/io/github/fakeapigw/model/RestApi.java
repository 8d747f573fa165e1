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
}
