package io.github.fakeapigw.management;

import io.github.fakeapigw.FakeApiGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;

/** Base of the management API tests: one gateway for the test class and an SDK client for it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ManagementTest {
  protected FakeApiGateway gateway;
  protected ApiGatewayClient client;

  @BeforeAll
  void startGatewayAndClient() {
    gateway = new FakeApiGateway().start();
    client = Aws.client(gateway);
  }

  @AfterAll
  void stopGatewayAndClient() {
    client.close();
    gateway.close();
  }
}
