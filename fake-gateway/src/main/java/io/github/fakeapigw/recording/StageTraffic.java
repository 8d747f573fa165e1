package io.github.fakeapigw.recording;

/**
 * How a stage's traffic was split between its base deployment and its canary, counted since the
 * gateway started or was last reset (not limited by the recording cap).
 *
 * @param requests requests the stage served
 * @param canaryRequests those served by the canary deployment
 * @param seed the seed of the gateway's canary random source
 */
public record StageTraffic(String apiId, String stage, long requests, long canaryRequests, long seed) {
  /** {@code canaryRequests / requests}, or 0 when there were none. */
  public double canaryShare() {
    return requests == 0 ? 0.0 : (double) canaryRequests / requests;
  }
}
