package io.github.fakeapigw.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.junit.ApiGatewayTest;
import io.github.fakeapigw.junit.FakeApiGatewayExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProgrammaticExtensionDocTest {
  // tag::register[]
  @RegisterExtension
  static final FakeApiGatewayExtension GATEWAY =
      FakeApiGatewayExtension.builder()
          .openApi("apigateway/orders.openapi.yaml")
          .stage("qa")
          .stageVariable("flavour", "new")
          .seed(42)
          .lifecycle(ApiGatewayTest.Lifecycle.PER_METHOD) // a fresh gateway for every test
          .build();

  @Test
  void gets_a_gateway_configured_by_the_builder(FakeApiGateway gateway) {
    assertThat(gateway.seed()).isEqualTo(42);
    assertThat(gateway.api("orders").stage("qa")).isPresent();
  }
  // end::register[]
}
