package io.github.fakeapigw;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the tests of HTTP integrations: one gateway and one WireMock backend on 127.0.0.1 for the
 * test class, both reset before every test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BackendTest {
  protected FakeApiGateway gateway;
  protected WireMockServer backend;

  @BeforeAll
  protected void startBackendAndGateway() {
    backend = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    backend.start();
    gateway = new FakeApiGateway().start();
  }

  @AfterAll
  protected void stopGatewayAndBackend() {
    gateway.close();
    backend.stop();
  }

  @BeforeEach
  protected void resetGatewayAndBackend() {
    gateway.reset();
    backend.resetAll();
  }
}
