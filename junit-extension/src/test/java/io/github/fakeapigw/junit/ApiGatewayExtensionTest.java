package io.github.fakeapigw.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

class ApiGatewayExtensionTest {

  static EngineExecutionResults run(boolean parallel, Class<?>... classes) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(Arrays.stream(classes).map(c -> selectClass(c)).toArray(DiscoverySelector[]::new))
        .configurationParameter("junit.jupiter.execution.parallel.enabled", String.valueOf(parallel))
        .execute();
  }

  static EngineExecutionResults run(Class<?>... classes) {
    return run(false, classes);
  }

  static List<Integer> ports(EngineExecutionResults results) {
    return results.allEvents().reportingEntryPublished().stream()
        .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs().get("port"))
        .filter(java.util.Objects::nonNull)
        .map(Integer::valueOf)
        .toList();
  }

  /** Identities of the gateways the fixture tests saw (ports may be reused after a close). */
  static List<String> gateways(EngineExecutionResults results) {
    return results.allEvents().reportingEntryPublished().stream()
        .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs().get("gateway"))
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  static boolean accepts(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  static void awaitClosed(List<Integer> ports) {
    assertThat(ports).isNotEmpty();
    await("gateway ports released")
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThat(ports).noneMatch(ApiGatewayExtensionTest::accepts));
  }

  @Test
  void injects_one_gateway_into_constructor_lifecycle_and_test_methods_and_closes_it_after_the_class() {
    EngineExecutionResults results = run(LifecycleTestCases.InjectionTestCases.class);

    results.testEvents().assertStatistics(s -> s.started(2).succeeded(2).failed(0));
    assertThat(gateways(results)).hasSize(2).containsOnly(gateways(results).get(0));
    awaitClosed(ports(results));
  }

  @Test
  void injects_into_the_constructor_with_the_default_test_instance_lifecycle() {
    run(LifecycleTestCases.ConstructorInjectionPerMethodInstanceTestCases.class)
        .testEvents()
        .assertStatistics(s -> s.started(1).succeeded(1));
  }

  @Test
  void closes_the_gateway_after_a_failing_test() {
    EngineExecutionResults results = run(LifecycleTestCases.FailingTestCases.class);

    results.testEvents().assertThatEvents().haveExactly(1,
        event(test("fails"), finishedWithFailure(message("the test failed on purpose"))));
    awaitClosed(ports(results));
  }

  @Test
  void nested_classes_share_the_enclosing_gateway() {
    EngineExecutionResults results = run(LifecycleTestCases.NestedTestCases.class);

    results.testEvents().assertStatistics(s -> s.started(3).succeeded(3));
    assertThat(gateways(results)).hasSize(3).containsOnly(gateways(results).get(0));
    awaitClosed(ports(results));
  }

  @Test
  void per_method_lifecycle_starts_a_gateway_per_test_and_closes_each() {
    EngineExecutionResults results = run(LifecycleTestCases.PerMethodTestCases.class);

    results.testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    assertThat(gateways(results)).hasSize(2).doesNotHaveDuplicates();
    awaitClosed(ports(results));
  }

  @Test
  void per_method_lifecycle_refuses_constructor_injection() {
    run(LifecycleTestCases.PerMethodConstructorTestCases.class)
        .testEvents()
        .assertThatEvents()
        .haveExactly(1, event(test("never_runs"), finishedWithFailure(
            instanceOf(ParameterResolutionException.class),
            message(m -> m.startsWith(
                "FakeApiGateway must not be injected into a constructor or @BeforeAll/@AfterAll method when"
                    + " @ApiGatewayTest on " + LifecycleTestCases.PerMethodConstructorTestCases.class.getName()
                    + " uses lifecycle PER_METHOD; use a parameter of a test method or @BeforeEach/@AfterEach"
                    + " method instead; offending: ")))));
  }

  @Test
  void apis_created_by_a_test_are_removed_while_fixtures_and_before_all_apis_survive() {
    run(LifecycleTestCases.ResetTestCases.class)
        .testEvents()
        .assertStatistics(s -> s.started(2).succeeded(2).failed(0));
  }

  @Test
  void works_as_a_meta_annotation_on_a_base_class_and_programmatically() {
    run(LifecycleTestCases.MetaAnnotatedTestCases.class,
            LifecycleTestCases.InheritedTestCases.class,
            LifecycleTestCases.ProgrammaticTestCases.class,
            LifecycleTestCases.OtherParametersTestCases.class,
            LifecycleTestCases.ClosedByTheTestTestCases.class)
        .testEvents()
        .assertStatistics(s -> s.started(5).succeeded(5).failed(0));
  }

  @Test
  void test_classes_running_in_parallel_get_their_own_gateways() {
    EngineExecutionResults results =
        run(true,
            LifecycleTestCases.InjectionTestCases.class,
            LifecycleTestCases.NestedTestCases.class,
            LifecycleTestCases.PerMethodTestCases.class,
            LifecycleTestCases.ResetTestCases.class);

    results.testEvents().assertStatistics(s -> s.started(9).succeeded(9).failed(0));
    // 2 entries of the injection class, 3 of the nested one, 2 of the per-method one
    assertThat(ports(results)).hasSize(7);
    assertThat(gateways(results).stream().distinct().count()).isEqualTo(4);
    awaitClosed(ports(results));
  }

  @Test
  void stops_the_named_backends_with_the_gateway() {
    EngineExecutionResults results = run(LifecycleTestCases.BackendTestCases.class);

    results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    awaitClosed(results.allEvents().reportingEntryPublished().stream()
        .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs().get("backendPort"))
        .map(Integer::valueOf)
        .toList());
  }

  @Test
  void the_builder_rejects_an_invalid_stage_name() {
    assertThatThrownBy(() -> FakeApiGatewayExtension.builder().stage("my stage").build())
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("stage must not contain anything but letters, digits, '-' and '_'; use a name such as"
            + " \"test\" instead; offending: \"my stage\" in FakeApiGatewayExtension");
  }

  @Test
  void a_missing_fixture_fails_the_class_naming_the_attribute_and_the_convention() {
    run(LifecycleTestCases.MissingFixtureTestCases.class)
        .containerEvents()
        .assertThatEvents()
        .haveExactly(1, event(container(LifecycleTestCases.MissingFixtureTestCases.class),
            finishedWithFailure(instanceOf(ExtensionConfigurationException.class), message(
                "openApi must not name a missing classpath resource; use a path relative to the classpath"
                    + " root such as \"apigateway/petstore.yaml\" (file src/test/resources/apigateway/petstore.yaml)"
                    + " instead; offending: \"apigateway/missing.yaml\" in @ApiGatewayTest on "
                    + LifecycleTestCases.MissingFixtureTestCases.class.getName()))));
  }

  @Test
  void an_unsupported_fixture_extension_fails_the_class_with_its_json_pointer() {
    run(LifecycleTestCases.UnsupportedFixtureTestCases.class)
        .containerEvents()
        .assertThatEvents()
        .haveExactly(1, event(container(LifecycleTestCases.UnsupportedFixtureTestCases.class),
            finishedWithFailure(instanceOf(ExtensionConfigurationException.class), message(m ->
                m.startsWith("OpenAPI fixture \"apigateway/unsupported-authorizer.yaml\" cannot be imported:"
                    + " Extension \"x-amazon-apigateway-authtype\" at JSON Pointer"
                    + " /components/securitySchemes/token/x-amazon-apigateway-authtype is not supported")
                    && m.endsWith("(in @ApiGatewayTest on "
                        + LifecycleTestCases.UnsupportedFixtureTestCases.class.getName() + ")")))));
  }

  @Test
  void a_malformed_stage_variable_fails_the_class() {
    run(LifecycleTestCases.BadStageVariableTestCases.class)
        .containerEvents()
        .assertThatEvents()
        .haveExactly(1, event(container(LifecycleTestCases.BadStageVariableTestCases.class),
            finishedWithFailure(instanceOf(ExtensionConfigurationException.class), message(
                "stageVariables must not contain \"no-equals-sign\"; use \"name=value\" with a name of letters,"
                    + " digits and '_' such as \"flavour=old\" instead; offending: \"no-equals-sign\" in"
                    + " @ApiGatewayTest on " + LifecycleTestCases.BadStageVariableTestCases.class.getName()))));
  }
}
