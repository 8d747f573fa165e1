package io.github.fakeapigw.junit;

import static io.github.fakeapigw.dsl.GatewayDsl.get;
import static io.github.fakeapigw.dsl.GatewayDsl.mock;
import static io.github.fakeapigw.dsl.GatewayDsl.restApi;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.DeployedApi;
import io.github.fakeapigw.FakeApiGateway;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Fixture classes run through the EngineTestKit by {@link ApiGatewayExtensionTest}; not run directly. */
final class LifecycleTestCases {
  private LifecycleTestCases() {}

  static void publish(TestReporter reporter, FakeApiGateway gateway) {
    reporter.publishEntry(
        java.util.Map.of(
            "port", String.valueOf(gateway.port()),
            "gateway", String.valueOf(System.identityHashCode(gateway))));
  }

  @ApiGatewayTest
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  static class InjectionTestCases {
    private final FakeApiGateway fromConstructor;
    private FakeApiGateway fromBeforeAll;
    private FakeApiGateway fromBeforeEach;

    InjectionTestCases(FakeApiGateway gateway) {
      this.fromConstructor = gateway;
    }

    @BeforeAll
    void beforeAll(FakeApiGateway gateway) {
      fromBeforeAll = gateway;
    }

    @BeforeEach
    void beforeEach(FakeApiGateway gateway) {
      fromBeforeEach = gateway;
    }

    @Test
    void gets_the_same_running_gateway_everywhere(FakeApiGateway gateway, TestReporter reporter) {
      assertThat(gateway.isRunning()).isTrue();
      assertThat(fromConstructor).isSameAs(gateway);
      assertThat(fromBeforeAll).isSameAs(gateway);
      assertThat(fromBeforeEach).isSameAs(gateway);
      publish(reporter, gateway);
    }

    @Test
    void a_second_test_gets_it_too(FakeApiGateway gateway, TestReporter reporter) {
      assertThat(gateway).isSameAs(fromConstructor);
      publish(reporter, gateway);
    }
  }

  @ApiGatewayTest
  static class ConstructorInjectionPerMethodInstanceTestCases {
    private final FakeApiGateway fromConstructor;

    ConstructorInjectionPerMethodInstanceTestCases(FakeApiGateway gateway) {
      this.fromConstructor = gateway;
    }

    @Test
    void the_constructor_gets_the_class_gateway(FakeApiGateway gateway) {
      assertThat(fromConstructor).isSameAs(gateway);
    }
  }

  @ApiGatewayTest
  static class FailingTestCases {
    @Test
    void fails(FakeApiGateway gateway, TestReporter reporter) {
      publish(reporter, gateway);
      throw new IllegalStateException("the test failed on purpose");
    }
  }

  @ApiGatewayTest
  static class NestedTestCases {
    @Test
    void outer(FakeApiGateway gateway, TestReporter reporter) {
      publish(reporter, gateway);
    }

    @Nested
    class Inner {
      @Test
      void inner(FakeApiGateway gateway, TestReporter reporter) {
        publish(reporter, gateway);
      }

      @Nested
      class Deeper {
        @Test
        void deeper(FakeApiGateway gateway, TestReporter reporter) {
          publish(reporter, gateway);
        }
      }
    }
  }

  @ApiGatewayTest(lifecycle = ApiGatewayTest.Lifecycle.PER_METHOD)
  static class PerMethodTestCases {
    @Test
    void first(FakeApiGateway gateway, TestReporter reporter) {
      publish(reporter, gateway);
    }

    @Test
    void second(FakeApiGateway gateway, TestReporter reporter) {
      publish(reporter, gateway);
    }
  }

  @ApiGatewayTest(lifecycle = ApiGatewayTest.Lifecycle.PER_METHOD)
  static class PerMethodConstructorTestCases {
    PerMethodConstructorTestCases(FakeApiGateway gateway) {
      assertThat(gateway).isNotNull();
    }

    @Test
    void never_runs() {}
  }

  @ApiGatewayTest(openApi = "apigateway/orders.openapi.yaml", stage = "dev", stageVariables = "flavour=old")
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class ResetTestCases {
    @BeforeAll
    static void deployShared(FakeApiGateway gateway) {
      gateway.deploy(restApi("shared").resource("/s", get().integration(mock())).stage("test"));
    }

    @Test
    @Order(1)
    void a_test_deploys_an_api(FakeApiGateway gateway) {
      gateway.deploy(restApi("temporary").resource("/t", get().integration(mock())).stage("test"));
      assertThat(gateway.apis()).extracting(DeployedApi::name)
          .containsExactly("orders", "shared", "temporary");
    }

    @Test
    @Order(2)
    void the_next_test_sees_only_the_fixture_and_before_all_apis(FakeApiGateway gateway) {
      assertThat(gateway.apis()).extracting(DeployedApi::name).containsExactly("orders", "shared");
      assertThat(gateway.api("orders").stage("dev").orElseThrow().variables())
          .containsEntry("flavour", "old");
      assertThat(gateway.invocations()).isEmpty();
    }
  }

  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @ApiGatewayTest(openApi = "apigateway/orders.openapi.yaml")
  @interface OrdersGateway {}

  @OrdersGateway
  static class MetaAnnotatedTestCases {
    @Test
    void imports_through_the_meta_annotation(FakeApiGateway gateway) {
      assertThat(gateway.api("orders").stage("test")).isPresent();
    }
  }

  @ApiGatewayTest(seed = 42)
  abstract static class AnnotatedBase {}

  static class InheritedTestCases extends AnnotatedBase {
    @Test
    void inherits_the_annotation(FakeApiGateway gateway) {
      assertThat(gateway.seed()).isEqualTo(42);
    }
  }

  static class ProgrammaticTestCases {
    @RegisterExtension
    static final FakeApiGatewayExtension GATEWAY =
        FakeApiGatewayExtension.builder()
            .openApi("apigateway/orders.openapi.yaml")
            .stage("qa")
            .stageVariable("flavour", "new")
            .seed(7)
            .build();

    @Test
    void is_configured_by_the_builder(FakeApiGateway gateway) {
      assertThat(gateway.seed()).isEqualTo(7);
      assertThat(gateway.api("orders").stage("qa").orElseThrow().variables())
          .containsEntry("flavour", "new");
    }
  }

  @ApiGatewayTest(openApi = "apigateway/missing.yaml")
  static class MissingFixtureTestCases {
    @Test
    void never_runs() {}
  }

  @ApiGatewayTest(openApi = "apigateway/unsupported-authorizer.yaml")
  static class UnsupportedFixtureTestCases {
    @Test
    void never_runs() {}
  }

  @ApiGatewayTest(stageVariables = "no-equals-sign")
  static class BadStageVariableTestCases {
    @Test
    void never_runs() {}
  }

  @ApiGatewayTest
  static class OtherParametersTestCases {
    @Test
    void leaves_other_parameters_to_other_resolvers(TestInfo info, FakeApiGateway gateway) {
      assertThat(info.getDisplayName()).isNotBlank();
      assertThat(gateway).isNotNull();
    }
  }

  @ApiGatewayTest
  static class BackendTestCases {
    @Test
    void starts_a_named_backend(FakeApiGateway gateway, TestReporter reporter) {
      assertThat(gateway.backend("orders.example.com").port()).isPositive();
      reporter.publishEntry("backendPort", String.valueOf(gateway.backend("orders.example.com").port()));
    }
  }

  @ApiGatewayTest
  static class ClosedByTheTestTestCases {
    @Test
    void closes_the_gateway_itself(FakeApiGateway gateway) {
      gateway.close();
    }

    @AfterEach
    void afterEach() {}
  }
}
