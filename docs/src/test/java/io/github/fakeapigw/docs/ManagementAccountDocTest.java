package io.github.fakeapigw.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.fakeapigw.FakeApiGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.ApiGatewayException;
import software.amazon.awssdk.services.apigateway.model.Op;
import software.amazon.awssdk.services.apigateway.model.PatchOperation;

/** The account and not-implemented examples of docs/management-api.md. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagementAccountDocTest {
  private FakeApiGateway gateway;
  private ApiGatewayClient client;

  @BeforeAll
  void start() {
    gateway = new FakeApiGateway().start();
    client = ApiGatewayClient.builder()
        .endpointOverride(gateway.managementUrl())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .httpClient(ApacheHttpClient.builder().build())
        .build();
  }

  @AfterAll
  void stop() {
    client.close();
    gateway.close();
  }

  @Test
  void account() {
    // tag::account[]
    client.updateAccount(r -> r.patchOperations(PatchOperation.builder().op(Op.REPLACE)
        .path("/cloudwatchRoleArn").value("arn:aws:iam::123456789012:role/apigw-logs").build()));

    var account = client.getAccount(r -> { });
    assertThat(account.cloudwatchRoleArn()).isEqualTo("arn:aws:iam::123456789012:role/apigw-logs");
    assertThat(account.throttleSettings().burstLimit()).isEqualTo(5000);
    // end::account[]
  }

  @Test
  void not_implemented() {
    // tag::not-implemented[]
    ApiGatewayException e = catchThrowableOfType(ApiGatewayException.class,
        () -> client.getVpcLinks(r -> { }));
    assertThat(e.statusCode()).isEqualTo(501);
    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NotImplemented");
    assertThat(e.awsErrorDetails().errorMessage())
        .isEqualTo("GetVpcLinks (GET /vpclinks) is not supported by the fake API Gateway");
    // end::not-implemented[]
  }
}
