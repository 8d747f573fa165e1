package io.github.fakeapigw.assertions;

import static io.github.fakeapigw.assertions.error.ShouldHaveCanaryShareCloseTo.shouldHaveCanaryShareCloseTo;
import static io.github.fakeapigw.assertions.internal.Render.quote;

import io.github.fakeapigw.recording.StageTraffic;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractDoubleAssert;
import org.assertj.core.api.AbstractLongAssert;
import org.assertj.core.api.Assertions;

/**
 * Base of the asserts on a stage's traffic split between its base deployment and its canary.
 *
 * @param <SELF> the concrete assert
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public abstract class AbstractStageTrafficAssert<SELF extends AbstractStageTrafficAssert<SELF>>
    extends AbstractAssert<SELF, StageTraffic> {

  /**
   * Creates the assert.
   *
   * @param actual the stage's traffic
   * @param selfType the concrete assert class
   */
  protected AbstractStageTrafficAssert(StageTraffic actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * Navigates to the share of requests the canary served, in [0, 1], as an AssertJ double assert
   * whose description carries the counts and the seed.
   *
   * <pre>{@code
   * // passes when 95 of 1000 requests went to a 10 percent canary
   * assertThat(gateway).stage("orders", "test").canaryShare().isCloseTo(0.10, within(0.03));
   * // fails with "[canary share of stage "test" of api "a1" (95 of 1000 requests; seed 7)] ..."
   * assertThat(gateway).stage("orders", "test").canaryShare().isCloseTo(0.50, within(0.03));
   * }</pre>
   *
   * @return a double assert on {@code canaryRequests / requests} (0 when there were none)
   */
  public AbstractDoubleAssert<?> canaryShare() {
    isNotNull();
    return Assertions.assertThat(actual.canaryShare())
        .as(
            "canary share of stage %s of api %s (%s of %s requests; seed %s)",
            quote(actual.stage()),
            quote(actual.apiId()),
            actual.canaryRequests(),
            actual.requests(),
            actual.seed());
  }

  /**
   * Navigates to the number of requests the stage served.
   *
   * <pre>{@code
   * assertThat(gateway).stage("orders", "test").requests().isEqualTo(1000);
   * }</pre>
   *
   * @return a long assert on the number of requests
   */
  public AbstractLongAssert<?> requests() {
    isNotNull();
    return Assertions.assertThat(actual.requests())
        .as("requests served by stage %s of api %s", quote(actual.stage()), quote(actual.apiId()));
  }

  /**
   * Verifies that the canary's share of requests is within a tolerance of the expected share.
   *
   * <pre>{@code
   * // passes when 95 of 1000 requests went to the canary
   * assertThat(gateway).stage("orders", "test").hasCanaryShareCloseTo(0.10, 0.03);
   * // fails, printing the counts and the seed
   * assertThat(gateway).stage("orders", "test").hasCanaryShareCloseTo(0.50, 0.03);
   * }</pre>
   *
   * @param expected the expected share in [0, 1] (a 10 percent canary is 0.10)
   * @param tolerance the accepted absolute difference
   * @return this assert
   * @throws AssertionError if the stage served no requests or the share is off by more than the
   *     tolerance
   */
  public SELF hasCanaryShareCloseTo(double expected, double tolerance) {
    if (tolerance < 0) {
      throw new IllegalArgumentException("tolerance must not be negative; offending: " + tolerance);
    }
    isNotNull();
    if (actual.requests() == 0 || Math.abs(actual.canaryShare() - expected) > tolerance) {
      throw assertionError(shouldHaveCanaryShareCloseTo(actual, expected, tolerance));
    }
    return myself;
  }
}
