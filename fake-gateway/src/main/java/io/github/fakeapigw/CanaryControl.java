package io.github.fakeapigw;

import io.github.fakeapigw.internal.invoke.CanaryRouter;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Test control of canary routing: forces requests on stages with canary settings to one side
 * instead of the random {@code percentTraffic} draw. It never changes what GetStage reports, and it
 * applies to every canary stage of the gateway. Obtained from {@link FakeApiGateway#canary()}.
 *
 * <pre>{@code
 * gateway.canary().forceNext(3, CanarySide.CANARY); // the next 3 canary-stage requests
 * gateway.canary().forceAll(CanarySide.BASE);       // every request until release()
 * gateway.canary().release();                       // back to the seeded random draw
 * }</pre>
 *
 * <p>Every request still consumes one random draw, so forcing does not shift the seeded sequence
 * of the requests after it. The recording shows forced decisions in {@code
 * CanaryDecision.forced()}. Thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class CanaryControl {
  private final FakeApiGateway gateway;
  private final CanaryRouter router;

  CanaryControl(FakeApiGateway gateway, CanaryRouter router) {
    this.gateway = gateway;
    this.router = router;
  }

  /**
   * Sends the next {@code n} requests on canary stages to {@code side}, then returns to random
   * draws. Successive calls queue up: {@code forceNext(2, CANARY).forceNext(1, BASE)} sends two
   * requests to the canary, then one to the base. {@link #forceAll} takes precedence while set.
   *
   * @throws IllegalArgumentException if {@code n} is less than 1
   */
  public CanaryControl forceNext(int n, CanarySide side) {
    Objects.requireNonNull(side, "side");
    gateway.ensureRunning();
    router.forceNext(n, side);
    return this;
  }

  /** Sends every request on canary stages to {@code side} until {@link #release()}. */
  public CanaryControl forceAll(CanarySide side) {
    Objects.requireNonNull(side, "side");
    gateway.ensureRunning();
    router.forceAll(side);
    return this;
  }

  /** Drops every forcing: requests are routed by the seeded random draw again. */
  public CanaryControl release() {
    gateway.ensureRunning();
    router.release();
    return this;
  }

  /** How many requests a pending {@link #forceNext} still forces. */
  public int forcedRemaining() {
    gateway.ensureRunning();
    return router.forcedRemaining();
  }

  /** The seed of the canary random source (the gateway's seed). */
  public long seed() {
    return router.seed();
  }

  @Override
  public String toString() {
    return "CanaryControl{seed=" + router.seed() + "}";
  }
}
