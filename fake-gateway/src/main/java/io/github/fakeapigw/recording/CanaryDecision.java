package io.github.fakeapigw.recording;

import java.util.Optional;

/**
 * How a request on a stage with canary settings was routed.
 *
 * @param canary whether the canary deployment served the request
 * @param deploymentId the deployment that served it
 * @param percentTraffic the stage's {@code canarySettings.percentTraffic} at the time
 * @param draw the random draw in [0, 100) compared with {@code percentTraffic}; the request went to
 *     the canary when {@code draw < percentTraffic}
 * @param forced why the decision was forced by the test instead of drawn, if it was
 * @param seed the seed of the gateway's canary random source
 */
public record CanaryDecision(
    boolean canary,
    String deploymentId,
    double percentTraffic,
    double draw,
    Optional<String> forced,
    long seed) {
  public CanaryDecision {
    forced = Copies.opt(forced);
  }
}
