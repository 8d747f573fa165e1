package io.github.fakeapigw.management.huawei;

import io.github.fakeapigw.FakeApiGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** One gateway per test class, and a JSON client on its Huawei v1.0 management API. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HuaweiManagementTest {
  protected FakeApiGateway gateway;
  protected HuaweiClient client;

  @BeforeAll
  void start() {
    gateway = new FakeApiGateway().start();
    client = new HuaweiClient(gateway.managementUrl(), "/v1.0/apigw");
  }

  @AfterAll
  void stop() {
    gateway.close();
  }
}
