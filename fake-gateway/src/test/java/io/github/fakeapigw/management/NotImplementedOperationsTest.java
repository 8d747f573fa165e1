package io.github.fakeapigw.management;

import static io.github.fakeapigw.management.Aws.assertAwsError;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.model.ApiGatewayException;

/** An operation of the real service that the fake does not serve says so: 501, never a 404 blaming the caller. */
class NotImplementedOperationsTest extends ManagementTest {

  @Test
  void answers_an_operation_the_fake_does_not_serve_with_501_naming_it() {
    assertAwsError(() -> client.getVpcLinks(r -> r.limit(5)), ApiGatewayException.class, 501, "NotImplemented",
        "GetVpcLinks (GET /vpclinks) is not supported by the fake API Gateway");
  }

  @Test
  void names_the_operation_under_an_api_that_does_not_exist() {
    assertAwsError(() -> client.getSdkTypes(r -> r.limit(5)), ApiGatewayException.class, 501, "NotImplemented",
        "GetSdkTypes (GET /sdktypes) is not supported by the fake API Gateway");
    assertAwsError(() -> client.getSdk(r -> r.restApiId("abc").stageName("s").sdkType("java")),
        ApiGatewayException.class, 501, "NotImplemented",
        "GetSdk (GET /restapis/abc/stages/s/sdks/java) is not supported by the fake API Gateway");
  }
}
