package io.github.fakeapigw.internal.invoke;

import io.github.fakeapigw.CanarySide;
import java.util.ArrayDeque;
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
  /** Queued {@code forceNext} calls, served in the order they were made. */
  private final ArrayDeque<Forcing> forcings = new ArrayDeque<>();

  private CanarySide forcedAllSide;

  /** One {@code forceNext(total, side)} call and how many of its requests were served. */
  private static final class Forcing {
    final int total;
    final CanarySide side;
    int served;

    Forcing(int total, CanarySide side) {
      this.total = total;
      this.side = side;
    }
  }

  public CanaryRouter(long seed) {
    this.seed = seed;
    this.random = new Random(seed);
  }

  /** A decision: the side, the draw and why it was forced, if it was. */
  public record Decision(boolean canary, double draw, Optional<String> forced) {}

  public long seed() {
    return seed;
  }

  /**
   * Starts the draws again from the seed, as right after creation, so that the same requests get
   * the same draws again (a test replays with the seed its failure printed, whatever ran before it).
   */
  public synchronized void reseed() {
    random.setSeed(seed);
  }

  /** Draws for one request. */
  public synchronized Decision decide(double percentTraffic) {
    double draw = random.nextDouble() * 100;
    if (forcedAllSide != null) {
      return new Decision(
          forcedAllSide == CanarySide.CANARY, draw, Optional.of("forceAll(" + forcedAllSide + ")"));
    }
    Forcing forcing = forcings.peekFirst();
    if (forcing != null) {
      forcing.served++;
      if (forcing.served == forcing.total) {
        forcings.removeFirst();
      }
      return new Decision(
          forcing.side == CanarySide.CANARY,
          draw,
          Optional.of("forceNext(" + forcing.total + ", " + forcing.side + "): request "
              + forcing.served + " of " + forcing.total));
    }
    return new Decision(draw < percentTraffic, draw, Optional.empty());
  }

  /**
   * The next {@code n} decisions go to {@code side}; successive calls queue up (the second call's
   * requests follow the first's).
   */
  public synchronized void forceNext(int n, CanarySide side) {
    Objects.requireNonNull(side, "side");
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1; offending: " + n);
    }
    forcings.addLast(new Forcing(n, side));
  }

  /** Every decision goes to {@code side} until {@link #release()}. */
  public synchronized void forceAll(CanarySide side) {
    forcedAllSide = Objects.requireNonNull(side, "side");
  }

  /** Back to random decisions. */
  public synchronized void release() {
    forcedAllSide = null;
    forcings.clear();
  }

  /** How many forced decisions {@link #forceNext} calls still have pending, all queued calls together. */
  public synchronized int forcedRemaining() {
    return forcings.stream().mapToInt(f -> f.total - f.served).sum();
  }
}
