package io.github.fakeapigw.model;

import java.util.Map;

/** A stage's {@code canarySettings}. */
public record CanarySettings(
    String deploymentId,
    double percentTraffic,
    Map<String, String> stageVariableOverrides,
    boolean useStageCache) {
  public CanarySettings {
    java.util.Objects.requireNonNull(deploymentId, "deploymentId");
    stageVariableOverrides = Models.map(stageVariableOverrides);
  }
}
