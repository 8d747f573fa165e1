package io.github.fakeapigw.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.FakeApiGatewayOptions;
import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;

class GettingStartedDocTest {

  @Test
  void starts_a_gateway_without_junit_and_points_the_aws_sdk_at_it() {
    // tag::without-junit[]
    try (FakeApiGateway gateway =
        new FakeApiGateway(FakeApiGatewayOptions.defaults().withSeed(42)).start()) {
      URI management = gateway.managementUrl(); // http://127.0.0.1:<ephemeral port>
      ApiGatewayClient client =
          ApiGatewayClient.builder()
              .endpointOverride(management)
              .region(Region.US_EAST_1)
              .credentialsProvider(
                  StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
              .httpClient(ApacheHttpClient.create()) // any client that can send PATCH
              .build();
      // ... configure APIs with the client, call gateway.invokeUrl(apiId, stage) ...
      // end::without-junit[]
      assertThat(management.getHost()).isEqualTo("127.0.0.1");
      // the client the sample builds really talks to the gateway
      String apiId = client.createRestApi(r -> r.name("getting-started")).id();
      assertThat(client.getRestApis().items())
          .singleElement()
          .satisfies(api -> assertThat(api.id()).isEqualTo(apiId));
      assertThat(gateway.api("getting-started").id()).isEqualTo(apiId);
      client.close();
    }
  }
}
