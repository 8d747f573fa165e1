package io.github.fakeapigw.internal.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.fakeapigw.FakeApiGatewayOptions;
import io.github.fakeapigw.internal.runtime.GatewayRuntime;
import io.github.fakeapigw.model.ApiDefinition;
import io.github.fakeapigw.model.Integration;
import io.github.fakeapigw.model.IntegrationType;
import io.github.fakeapigw.model.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dialect-neutral service on its own: what a second dialect or the DSL relies on. */
class RestApiServiceTest {
  private final GatewayRuntime runtime =
      new GatewayRuntime(FakeApiGatewayOptions.defaults().withSeed(7), "fake-apigw-test-");
  private final RestApiService service = new RestApiService(runtime);

  @AfterEach
  void close() {
    runtime.close();
  }

  private static RestApiService.CreateRestApi named(String name) {
    return new RestApiService.CreateRestApi(name, Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), false);
  }

  private static RestApiService.CreateDeployment toStage(String stage) {
    return new RestApiService.CreateDeployment(Optional.of(stage), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Map.of(), Optional.empty(), Optional.empty());
  }

  private static Integration mock() {
    return new Integration(IntegrationType.MOCK, null, null, null, null, null, Map.of(), Map.of(), null, null, 0,
        null, List.of(), Map.of(), null);
  }

  private static Method get() {
    return new Method("GET", "NONE", null, false, null, null, Map.of(), Map.of(), Map.of(), null, List.of());
  }

  @Test
  void a_deployment_keeps_the_definition_it_was_created_from() {
    String api = service.createRestApi(named("frozen")).id();
    String pets = service.createResource(api, service.restApi(api).rootResourceId(), "pets").id();
    service.putMethod(api, pets, get());
    service.putIntegration(api, pets, "GET", mock());
    String deploymentId = service.createDeployment(api, toStage("test")).id();

    service.updateIntegration(api, pets, "GET", i -> i.withTimeoutInMillis(1234));
    service.createResource(api, pets, "later");

    ApiDefinition snapshot = service.deployment(api, deploymentId).snapshot();
    assertThat(snapshot.resourceByPath("/pets/later")).isEmpty();
    assertThat(snapshot.resourceByPath("/pets").orElseThrow().method("GET").orElseThrow()
        .methodIntegration().orElseThrow().timeoutInMillis()).isEqualTo(29000);
    assertThat(service.integration(api, pets, "GET").timeoutInMillis()).isEqualTo(1234);
    assertThat(runtime.state().api(api).orElseThrow().stage("test").orElseThrow().deploymentId())
        .isEqualTo(deploymentId);
  }

  @Test
  void a_refused_change_leaves_the_state_object_untouched() {
    String api = service.createRestApi(named("untouched")).id();
    var before = runtime.state().api(api).orElseThrow();

    ManagementError.Invalid e = catchThrowableOfType(ManagementError.Invalid.class, () -> service.updateRestApi(api,
        a -> a.withName("changed").withApiKeySource("NOPE")));

    assertThat(e).as("the refusal of the edited API").isNotNull();
    assertThat(e.field()).isEqualTo(ManagementError.Field.API_KEY_SOURCE);
    assertThat(e.reason()).isEqualTo(ManagementError.Reason.NOT_ONE_OF);
    assertThat(e.value()).isEqualTo("NOPE");
    assertThat(e.allowed()).containsExactly("HEADER", "AUTHORIZER");
    assertThat(runtime.state().api(api).orElseThrow()).isSameAs(before);
  }

  @Test
  void an_edit_cannot_change_what_identifies_the_value() {
    String api = service.createRestApi(named("ids")).id();

    var updated = service.updateRestApi(api, a -> a.withId("other").withRootResourceId("elsewhere").withName("renamed"));

    assertThat(updated.id()).isEqualTo(api);
    assertThat(updated.name()).isEqualTo("renamed");
    assertThat(service.restApi(api).rootResourceId()).isEqualTo(service.resources(api).get(0).id());
  }

  @Test
  void a_moved_resource_must_have_an_existing_parent() {
    String api = service.createRestApi(named("moves")).id();
    String pets = service.createResource(api, service.restApi(api).rootResourceId(), "pets").id();
    var before = runtime.state().api(api).orElseThrow();

    ManagementError.NotFound e = catchThrowableOfType(ManagementError.NotFound.class,
        () -> service.updateResource(api, pets, r -> r.withParentId(java.util.Optional.of("missing"))));

    assertThat(e).as("the refusal of the move").isNotNull();
    assertThat(e.kind()).isEqualTo(ManagementError.Kind.RESOURCE);
    assertThat(e.ids()).containsExactly(api, "missing");
    assertThat(runtime.state().api(api).orElseThrow()).isSameAs(before);
  }

  @Test
  void reports_what_was_not_found_and_what_exists_already_in_no_dialect() {
    String api = service.createRestApi(named("neutral")).id();
    String root = service.restApi(api).rootResourceId();
    service.createResource(api, root, "pets");

    ManagementError.NotFound missing = catchThrowableOfType(ManagementError.NotFound.class,
        () -> service.stage(api, "nope"));
    ManagementError.Conflict twice = catchThrowableOfType(ManagementError.Conflict.class,
        () -> service.createResource(api, root, "pets"));

    assertThat(missing).as("GetStage of an unknown stage").isNotNull();
    assertThat(missing.kind()).isEqualTo(ManagementError.Kind.STAGE);
    assertThat(missing.id()).isEqualTo("nope");
    assertThat(twice).as("a second /pets").isNotNull();
    assertThat(twice.kind()).isEqualTo(ManagementError.Kind.RESOURCE);
    assertThat(twice.ids()).containsExactly(root, "pets");
  }

  @Test
  void creates_the_root_resource_and_default_models_with_the_api() {
    var api = service.createRestApi(named("defaults"));

    ApiDefinition d = runtime.state().api(api.id()).orElseThrow().definition();
    assertThat(d.rootResource().path()).isEqualTo("/");
    assertThat(d.rootResource().id()).isEqualTo(api.rootResourceId());
    assertThat(d.models()).containsOnlyKeys("Empty", "Error");
  }
}
