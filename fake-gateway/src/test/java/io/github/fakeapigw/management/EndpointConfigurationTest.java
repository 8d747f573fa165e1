package io.github.fakeapigw.management;

import static io.github.fakeapigw.management.Aws.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.model.ApiGatewayException;
import software.amazon.awssdk.services.apigateway.model.BadRequestException;
import software.amazon.awssdk.services.apigateway.model.EndpointType;
import software.amazon.awssdk.services.apigateway.model.IpAddressType;

/** CreateRestApi's endpoint configuration rules, in AWS's words. */
class EndpointConfigurationTest extends ManagementTest {

  @Test
  void refuses_more_than_one_endpoint_type() {
    assertAwsError(() -> client.createRestApi(r -> r.name("two").endpointConfiguration(e -> e.types(
            EndpointType.EDGE, EndpointType.REGIONAL))), BadRequestException.class, 400, "BadRequestException",
        "Cannot create an api with multiple Endpoint Types.");
  }

  @Test
  void refuses_an_empty_list_of_endpoint_types() {
    assertAwsError(() -> client.createRestApi(r -> r.name("none").endpointConfiguration(e -> e.types(List.of()))),
        BadRequestException.class, 400, "BadRequestException",
        "REGIONAL Configuration and EDGE Configuration cannot be both DISABLED.");
  }

  @Test
  void defaults_the_ip_address_type_per_endpoint_type() {
    var regional = client.createRestApi(r -> r.name("regional").endpointConfiguration(e -> e.types(
        EndpointType.REGIONAL)));
    var privateApi = client.createRestApi(r -> r.name("private").endpointConfiguration(e -> e.types(
        EndpointType.PRIVATE)));
    var edge = client.createRestApi(r -> r.name("edge").endpointConfiguration(e -> e.ipAddressType(
        IpAddressType.DUALSTACK)));

    assertThat(regional.endpointConfiguration().ipAddressType()).isEqualTo(IpAddressType.IPV4);
    assertThat(privateApi.endpointConfiguration().ipAddressType()).isEqualTo(IpAddressType.DUALSTACK);
    assertThat(edge.endpointConfiguration().types()).containsExactly(EndpointType.EDGE);
    assertThat(edge.endpointConfiguration().ipAddressType()).isEqualTo(IpAddressType.DUALSTACK);
  }

  @Test
  void refuses_ipv4_for_a_private_api() {
    assertAwsError(() -> client.createRestApi(r -> r.name("private-v4").endpointConfiguration(e -> e.types(
            EndpointType.PRIVATE).ipAddressType(IpAddressType.IPV4))), BadRequestException.class, 400,
        "BadRequestException", "Only dualstack ipAddressType is supported for Private APIs.");
  }

  @Test
  void refuses_an_unknown_ip_address_type_with_a_validation_error() {
    assertAwsError(() -> client.createRestApi(r -> r.name("v6").endpointConfiguration(e -> e.types(
            EndpointType.REGIONAL).ipAddressType("ipv6"))), ApiGatewayException.class, 400, "ValidationException",
        "1 validation error detected: Value 'ipv6' at 'createRestApiInput.endpointConfiguration.ipAddressType'"
            + " failed to satisfy constraint: Member must satisfy enum value set: [ipv4, dualstack]");
  }
}
