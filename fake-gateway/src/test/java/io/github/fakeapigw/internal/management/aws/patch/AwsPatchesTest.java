package io.github.fakeapigw.internal.management.aws.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.fakeapigw.FakeApiGatewayOptions;
import io.github.fakeapigw.internal.management.aws.ApiException;
import io.github.fakeapigw.internal.management.ManagementError;
import io.github.fakeapigw.internal.management.RestApiService;
import io.github.fakeapigw.internal.runtime.GatewayRuntime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** AWS's PATCH tables applied as the service's edits: a refused request changes nothing. */
class AwsPatchesTest {
  private final GatewayRuntime runtime =
      new GatewayRuntime(FakeApiGatewayOptions.defaults().withSeed(7), "fake-apigw-test-");
  private final RestApiService service = new RestApiService(runtime);

  @AfterEach
  void close() {
    runtime.close();
  }

  private String api(String name) {
    return service.createRestApi(new RestApiService.CreateRestApi(name, Optional.empty(), Optional.empty(), List.of(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), false)).id();
  }

  @Test
  void a_refused_patch_leaves_the_state_object_untouched() {
    String api = api("untouched");
    var before = runtime.state().api(api).orElseThrow();
    List<PatchOperation> ops = List.of(
        PatchOperation.of(PatchOperation.Op.REPLACE, "/name", "changed"),
        PatchOperation.of(PatchOperation.Op.REPLACE, "/nope", "x"));

    ApiException e = catchThrowableOfType(ApiException.class,
        () -> service.updateRestApi(api, a -> AwsPatches.REST_API.apply(a, ops)));

    assertThat(e).as("the refusal of /nope").isNotNull();
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.errorType()).isEqualTo("BadRequestException");
    assertThat(e.getMessage()).isEqualTo("Invalid patch path /nope");
    assertThat(runtime.state().api(api).orElseThrow()).isSameAs(before);
  }

  @Test
  void a_stage_patch_naming_an_unknown_deployment_is_refused_by_the_service() {
    Stagey s = new Stagey(api("stages"));

    ManagementError.Invalid e = catchThrowableOfType(ManagementError.Invalid.class, () -> service.updateStage(s.api,
        "test", st -> AwsPatches.STAGE.apply(st,
            List.of(PatchOperation.of(PatchOperation.Op.REPLACE, "/deploymentId", "nope")))));

    assertThat(e).as("the refusal of the unknown deployment").isNotNull();
    assertThat(e.field()).isEqualTo(ManagementError.Field.DEPLOYMENT_ID);
    assertThat(e.reason()).isEqualTo(ManagementError.Reason.UNKNOWN_REFERENCE);
    assertThat(e.value()).isEqualTo("nope");
    assertThat(service.stage(s.api, "test").deploymentId()).isEqualTo(s.deploymentId);
  }

  /** An API with one MOCK method deployed to stage {@code test}. */
  private final class Stagey {
    final String api;
    final String deploymentId;

    Stagey(String api) {
      this.api = api;
      String root = service.restApi(api).rootResourceId();
      service.putMethod(api, root, new io.github.fakeapigw.model.Method("GET", "NONE", null, false, null, null,
          Map.of(), Map.of(), Map.of(), null, List.of()));
      service.putIntegration(api, root, "GET", new io.github.fakeapigw.model.Integration(
          io.github.fakeapigw.model.IntegrationType.MOCK, null, null, null, null, null, Map.of(), Map.of(), null,
          null, 0, null, List.of(), Map.of(), null));
      this.deploymentId = service.createDeployment(api, new RestApiService.CreateDeployment(Optional.of("test"),
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), Optional.empty(),
          Optional.empty())).id();
    }
  }
}
