package io.github.fakeapigw.internal.invoke;

import io.github.fakeapigw.internal.http.HttpRequestData;
import io.github.fakeapigw.internal.http.Limits;
import io.github.fakeapigw.internal.runtime.GatewayRuntime;
import io.github.fakeapigw.internal.state.ApiState;
import io.github.fakeapigw.model.ApiDefinition;
import io.github.fakeapigw.model.CanarySettings;
import io.github.fakeapigw.model.Deployment;
import io.github.fakeapigw.model.Stage;
import io.github.fakeapigw.recording.CanaryDecision;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The first stage: the payload limit, then the API, its stage, the canary overlay (deployment and
 * stage variables of the canary when the draw says so, counted per stage) and the deployment
 * whose snapshot serves the request.
 */
final class StageLookup {
  private final GatewayRuntime runtime;
  private final CanaryRouter canary;
  private final StageTrafficCounters traffic;

  StageLookup(GatewayRuntime runtime, CanaryRouter canary, StageTrafficCounters traffic) {
    this.runtime = runtime;
    this.canary = canary;
    this.traffic = traffic;
  }

  /**
   * The deployed API a request is served from.
   *
   * @param deploymentId the deployment serving this request (the canary's when drawn)
   * @param variables the stage variables in effect (canary overrides overlaid)
   * @param isCanary present only on stages with canary settings
   */
  record Deployed(
      ApiState api, Stage stage, String deploymentId, ApiDefinition definition,
      Map<String, String> variables, Optional<Boolean> isCanary) {}

  Deployed lookUp(Invocation inv, InvokeTarget target, HttpRequestData request)
      throws GatewayFailure {
    if (request.bodyTooLarge()) {
      throw new GatewayFailure(GatewayError.REQUEST_TOO_LARGE,
          "The request body exceeds API Gateway's payload limit of " + Limits.MAX_BODY_BYTES
              + " bytes (10 MB); the body was not kept");
    }
    Optional<ApiState> found = findApi(target.apiId());
    if (found.isEmpty()) {
      throw new GatewayFailure(GatewayError.FORBIDDEN,
          "No REST API has id \"" + target.apiId() + "\"; APIs on this gateway: "
              + runtime.state().apis().stream()
                  .map(a -> a.id() + " (\"" + a.definition().restApi().name() + "\")").toList());
    }
    return lookUpIn(inv, found.get(), target, request);
  }

  /**
   * The deployed API a request is served from, the API being given (not looked up in the
   * gateway's state): a definition compiled elsewhere runs through the same stage lookup.
   */
  Deployed lookUpIn(Invocation inv, ApiState api, InvokeTarget target, HttpRequestData request)
      throws GatewayFailure {
    inv.gatewayResponses(api.definition());
    if (request.bodyTooLarge()) {
      throw new GatewayFailure(GatewayError.REQUEST_TOO_LARGE,
          "The request body exceeds the payload limit of " + Limits.MAX_BODY_BYTES
              + " bytes; the body was not kept");
    }
    Optional<Stage> maybeStage = api.stage(target.stage());
    if (maybeStage.isEmpty()) {
      throw new GatewayFailure(GatewayError.FORBIDDEN,
          "REST API " + api.id() + " has no stage \"" + target.stage()
              + "\" (stage names are case-sensitive); its stages: " + api.stages().keySet()
              + ". Only deployed stages serve invoke URLs");
    }
    Stage stage = maybeStage.get();
    String deploymentId = stage.deploymentId();
    Map<String, String> variables = stage.variables();
    Optional<Boolean> isCanary = Optional.empty();
    if (stage.canarySettings().isPresent()) {
      CanarySettings cs = stage.canarySettings().get();
      CanaryRouter.Decision d = canary.decide(cs.percentTraffic());
      if (d.canary()) {
        deploymentId = cs.deploymentId();
        Map<String, String> overlaid = new LinkedHashMap<>(variables);
        overlaid.putAll(cs.stageVariableOverrides());
        variables = overlaid;
      }
      isCanary = Optional.of(d.canary());
      inv.canary(new CanaryDecision(d.canary(), deploymentId, cs.percentTraffic(),
          d.draw(), d.forced(), canary.seed()));
    }
    inv.servedBy(stage.stageName(), variables);
    traffic.count(api.id(), stage.stageName(), isCanary.orElse(false));
    Optional<Deployment> deployment = api.deployment(deploymentId);
    if (deployment.isEmpty()) {
      throw new GatewayFailure(GatewayError.FORBIDDEN,
          "Stage \"" + stage.stageName() + "\" of REST API " + api.id() + " points at deployment "
              + deploymentId + ", which does not exist");
    }
    inv.deployment(deploymentId);
    ApiDefinition definition = deployment.get().snapshot();
    inv.gatewayResponses(definition);
    return new Deployed(api, stage, deploymentId, definition, variables, isCanary);
  }

  private Optional<ApiState> findApi(String apiId) {
    Optional<ApiState> exact = runtime.state().api(apiId);
    if (exact.isPresent()) {
      return exact;
    }
    // Host-style ids arrive lower-cased (DNS is case-insensitive).
    return runtime.state().apis().stream().filter(a -> a.id().equalsIgnoreCase(apiId)).findFirst();
  }
}
