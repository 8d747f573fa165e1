package io.github.fakeapigw.model;

import java.util.List;
import java.util.Optional;

/** {@code RestApi.endpointConfiguration}. */
public record EndpointConfiguration(
    List<String> types, Optional<String> ipAddressType, List<String> vpcEndpointIds) {
  public EndpointConfiguration {
    types = Models.list(types);
    ipAddressType = ipAddressType == null ? Optional.empty() : ipAddressType;
    vpcEndpointIds = Models.list(vpcEndpointIds);
  }

  /** AWS's default for a new API: {@code {"types":["EDGE"],"ipAddressType":"ipv4"}}. */
  public static EndpointConfiguration edge() {
    return new EndpointConfiguration(List.of("EDGE"), Optional.of("ipv4"), List.of());
  }

  /** A copy with {@code types} replaced. */
  public EndpointConfiguration withTypes(List<String> types) {
    return new EndpointConfiguration(types, ipAddressType, vpcEndpointIds);
  }

  /** A copy with {@code ipAddressType} replaced. */
  public EndpointConfiguration withIpAddressType(Optional<String> ipAddressType) {
    return new EndpointConfiguration(types, ipAddressType, vpcEndpointIds);
  }

  /** A copy with {@code vpcEndpointIds} replaced. */
  public EndpointConfiguration withVpcEndpointIds(List<String> vpcEndpointIds) {
    return new EndpointConfiguration(types, ipAddressType, vpcEndpointIds);
  }
}
