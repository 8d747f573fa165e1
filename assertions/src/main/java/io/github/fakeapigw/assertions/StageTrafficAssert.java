package io.github.fakeapigw.assertions;

import io.github.fakeapigw.recording.StageTraffic;
import org.apiguardian.api.API;

/**
 * Assertions on a {@link StageTraffic} value. To also check every canary request's deployment and
 * stage variables, start from the gateway: {@code assertThat(gateway).stage(api, stage)}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class StageTrafficAssert extends AbstractStageTrafficAssert<StageTrafficAssert> {
  /**
   * Creates the assert; use {@link GatewayAssertions#assertThat(StageTraffic)}.
   *
   * @param actual the stage's traffic
   */
  protected StageTrafficAssert(StageTraffic actual) {
    super(actual, StageTrafficAssert.class);
  }
}
