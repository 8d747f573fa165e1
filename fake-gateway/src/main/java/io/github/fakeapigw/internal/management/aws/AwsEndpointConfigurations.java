package io.github.fakeapigw.internal.management.aws;

import io.github.fakeapigw.model.EndpointConfiguration;
import java.util.List;
import java.util.Optional;

/**
 * CreateRestApi's {@code endpointConfiguration} as AWS takes it: one endpoint type (EDGE when the
 * configuration is absent), {@code ipAddressType} {@code ipv4} by default for EDGE and REGIONAL and
 * {@code dualstack} for PRIVATE, which accepts no other.
 */
final class AwsEndpointConfigurations {
  private AwsEndpointConfigurations() {}

  static Optional<EndpointConfiguration> forCreate(Optional<AwsJson> sent) {
    return sent.map(e -> {
      List<String> types = e.has("types") ? e.strings("types") : List.of("EDGE");
      if (types.isEmpty()) {
        throw ApiException.badRequest("REGIONAL Configuration and EDGE Configuration cannot be both DISABLED.");
      }
      if (types.size() > 1) {
        throw ApiException.badRequest("Cannot create an api with multiple Endpoint Types.");
      }
      boolean isPrivate = types.get(0).equals("PRIVATE");
      String ipAddressType = e.string("ipAddressType").orElse(isPrivate ? "dualstack" : "ipv4");
      if (!ipAddressType.equals("ipv4") && !ipAddressType.equals("dualstack")) {
        throw AwsValues.enumViolation(ipAddressType, "createRestApiInput.endpointConfiguration.ipAddressType",
            List.of("ipv4", "dualstack"));
      }
      if (isPrivate && ipAddressType.equals("ipv4")) {
        throw ApiException.badRequest("Only dualstack ipAddressType is supported for Private APIs.");
      }
      return new EndpointConfiguration(types, Optional.of(ipAddressType), e.strings("vpcEndpointIds"));
    });
  }
}
