package io.github.fakeapigw.assertions;

import io.github.fakeapigw.recording.RecordedInvocation;
import io.github.fakeapigw.recording.StageTraffic;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Assertions on one stage of a gateway: its canary share, and every canary or base request it
 * served.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class StageAssert extends AbstractStageTrafficAssert<StageAssert> {
  private final List<RecordedInvocation> onStage;
  private final FakeApiGatewayAssert gateway;

  /**
   * Creates the assert; reach it through {@link FakeApiGatewayAssert#stage}.
   *
   * @param actual the stage's traffic
   * @param onStage the recorded invocations of the stage
   * @param gateway the gateway assert to return to
   */
  protected StageAssert(
      StageTraffic actual, List<RecordedInvocation> onStage, FakeApiGatewayAssert gateway) {
    super(actual, StageAssert.class);
    this.onStage = List.copyOf(onStage);
    this.gateway = gateway;
  }

  /**
   * Navigates to every recorded request the stage's canary served.
   *
   * <pre>{@code
   * assertThat(gateway).stage("orders", "test")
   *     .everyCanaryRequest().ranDeployment(canaryId).hasStageVariable("flavour", "new");
   * }</pre>
   *
   * @return an assert on the canary requests
   */
  public CanaryRequestsAssert everyCanaryRequest() {
    isNotNull();
    return new CanaryRequestsAssert(actual, side(true), true, this);
  }

  /**
   * Navigates to every recorded request the stage's base deployment served while it had canary
   * settings.
   *
   * <pre>{@code
   * assertThat(gateway).stage("orders", "test")
   *     .everyBaseRequest().ranDeployment(baseId).hasStageVariable("flavour", "old");
   * }</pre>
   *
   * @return an assert on the base requests
   */
  public CanaryRequestsAssert everyBaseRequest() {
    isNotNull();
    return new CanaryRequestsAssert(actual, side(false), false, this);
  }

  /**
   * Goes back to the gateway assert.
   *
   * @return the gateway assert this stage assert came from
   */
  public FakeApiGatewayAssert returnToGateway() {
    return gateway;
  }

  private List<RecordedInvocation> side(boolean canary) {
    return onStage.stream()
        .filter(i -> i.canary().map(d -> d.canary() == canary).orElse(false))
        .toList();
  }
}
