package io.github.fakeapigw.internal.invoke;

import io.github.fakeapigw.recording.StageTraffic;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Per-stage request counters, independent of the recording cap; cleared by reset.
 *
 * <p>Counters are kept per API, then per stage name, so counting a request costs two plain string
 * lookups (no key object, no lock once the stage has counters).
 */
public final class StageTrafficCounters {
  private record Counts(LongAdder requests, LongAdder canary) {}

  private final Map<String, Map<String, Counts>> counts = new ConcurrentHashMap<>();
  private final long seed;

  public StageTrafficCounters(long seed) {
    this.seed = seed;
  }

  /** Counts one request the stage served. */
  public void count(String apiId, String stage, boolean canary) {
    Map<String, Counts> stages = counts.get(apiId);
    if (stages == null) {
      stages = counts.computeIfAbsent(apiId, k -> new ConcurrentHashMap<>());
    }
    Counts c = stages.get(stage);
    if (c == null) {
      c = stages.computeIfAbsent(stage, k -> new Counts(new LongAdder(), new LongAdder()));
    }
    c.requests().increment();
    if (canary) {
      c.canary().increment();
    }
  }

  /** The counters of one stage (zero when it served nothing). */
  public StageTraffic get(String apiId, String stage) {
    Map<String, Counts> stages = counts.get(apiId);
    Counts c = stages == null ? null : stages.get(stage);
    return c == null
        ? new StageTraffic(apiId, stage, 0, 0, seed)
        : new StageTraffic(apiId, stage, c.requests().sum(), c.canary().sum(), seed);
  }

  public void clear() {
    counts.clear();
  }
}
