package io.github.fakeapigw.internal.template;

import java.util.concurrent.TimeUnit;

/**
 * The work one rendering may do: a deadline checked on every {@code #foreach} iteration, so that
 * nested loops over large inputs cannot run a request's thread for minutes. Kept in the Velocity
 * context under a key no template can name.
 */
final class RenderBudget {
  /** The context key; a template reference cannot contain '.' in a name, so none can read it. */
  static final String KEY = "fakeapigw.renderBudget";

  private final long deadlineNanos;
  private final long limitMillis;

  RenderBudget(long limitMillis) {
    this.limitMillis = limitMillis;
    this.deadlineNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limitMillis);
  }

  /** Fails the rendering once the deadline passed. */
  void check() {
    if (System.nanoTime() - deadlineNanos > 0) {
      throw new LimitExceeded("Mapping template took longer than " + limitMillis
          + " ms to render; the gateway stops a rendering there");
    }
  }

  /** A rendering went past one of its bounds (time or output size). */
  static final class LimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LimitExceeded(String message) {
      super(message, null, false, false);
    }
  }
}
