package io.github.fakeapigw.internal.invoke;

import io.github.fakeapigw.recording.StageTraffic;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Per-stage request counters, independent of the recording cap; cleared by reset. */
public final class StageTrafficCounters {
  private record Key(String apiId, String stage) {}

  private record Counts(LongAdder requests, LongAdder canary) {}

  private final Map<Key, Counts> counts = new ConcurrentHashMap<>();
  private final long seed;

  public StageTrafficCounters(long seed) {
    this.seed = seed;
  }

  /** Counts one request the stage served. */
  public void count(String apiId, String stage, boolean canary) {
    Counts c =
        counts.computeIfAbsent(new Key(apiId, stage), k -> new Counts(new LongAdder(), new LongAdder()));
    c.requests().increment();
    if (canary) {
      c.canary().increment();
    }
  }

  /** The counters of one stage (zero when it served nothing). */
  public StageTraffic get(String apiId, String stage) {
    Counts c = counts.get(new Key(apiId, stage));
    return c == null
        ? new StageTraffic(apiId, stage, 0, 0, seed)
        : new StageTraffic(apiId, stage, c.requests().sum(), c.canary().sum(), seed);
  }

  public void clear() {
    counts.clear();
  }
}
