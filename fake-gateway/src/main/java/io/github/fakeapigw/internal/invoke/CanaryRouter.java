package io.github.fakeapigw.internal.invoke;

import io.github.fakeapigw.CanarySide;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * Decides, per request on a stage with canary settings, whether the canary deployment serves it:
 * {@code random.nextDouble() * 100 < percentTraffic} with a per-gateway RNG seeded from the
 * gateway's seed (0 never routes, 100 always). Every decision consumes one draw, forced or not, so
 * forcing never shifts the drawn sequence of later requests.
 *
 * @see <a href="https://docs.aws.amazon.com/apigateway/latest/developerguide/canary-release.html">
 *     Canary release deployments</a>
 */
public final class CanaryRouter {
  private final long seed;
  private final Random random;
  private int forcedRemaining;
  private int forcedTotal;
  private CanarySide forcedNextSide;
  private CanarySide forcedAllSide;

  public CanaryRouter(long seed) {
    this.seed = seed;
    this.random = new Random(seed);
  }

  /** A decision: the side, the draw and why it was forced, if it was. */
  public record Decision(boolean canary, double draw, Optional<String> forced) {}

  public long seed() {
    return seed;
  }

  /** Draws for one request. */
  public synchronized Decision decide(double percentTraffic) {
    double draw = random.nextDouble() * 100;
    if (forcedAllSide != null) {
      return new Decision(
          forcedAllSide == CanarySide.CANARY, draw, Optional.of("forceAll(" + forcedAllSide + ")"));
    }
    if (forcedRemaining > 0) {
      int index = forcedTotal - forcedRemaining + 1;
      forcedRemaining--;
      CanarySide side = forcedNextSide;
      if (forcedRemaining == 0) {
        forcedNextSide = null;
      }
      return new Decision(
          side == CanarySide.CANARY,
          draw,
          Optional.of("forceNext(" + forcedTotal + ", " + side + "): request " + index + " of "
              + forcedTotal));
    }
    return new Decision(draw < percentTraffic, draw, Optional.empty());
  }

  /** The next {@code n} decisions go to {@code side}. */
  public synchronized void forceNext(int n, CanarySide side) {
    Objects.requireNonNull(side, "side");
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1; offending: " + n);
    }
    forcedRemaining = n;
    forcedTotal = n;
    forcedNextSide = side;
  }

  /** Every decision goes to {@code side} until {@link #release()}. */
  public synchronized void forceAll(CanarySide side) {
    forcedAllSide = Objects.requireNonNull(side, "side");
  }

  /** Back to random decisions. */
  public synchronized void release() {
    forcedAllSide = null;
    forcedNextSide = null;
    forcedRemaining = 0;
    forcedTotal = 0;
  }

  /** How many forced decisions {@link #forceNext} still has pending. */
  public synchronized int forcedRemaining() {
    return forcedRemaining;
  }
}
