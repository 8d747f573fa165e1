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

  /** A copy with {@code deploymentId} replaced. */
  public CanarySettings withDeploymentId(String deploymentId) {
    return new CanarySettings(deploymentId, percentTraffic, stageVariableOverrides, useStageCache);
  }

  /** A copy with {@code percentTraffic} replaced. */
  public CanarySettings withPercentTraffic(double percentTraffic) {
    return new CanarySettings(deploymentId, percentTraffic, stageVariableOverrides, useStageCache);
  }

  /** A copy with {@code stageVariableOverrides} replaced. */
  public CanarySettings withStageVariableOverrides(Map<String, String> stageVariableOverrides) {
    return new CanarySettings(deploymentId, percentTraffic, stageVariableOverrides, useStageCache);
  }

  /** A copy with {@code useStageCache} replaced. */
  public CanarySettings withUseStageCache(boolean useStageCache) {
    return new CanarySettings(deploymentId, percentTraffic, stageVariableOverrides, useStageCache);
  }
}
