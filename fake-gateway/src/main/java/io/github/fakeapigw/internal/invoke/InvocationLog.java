package io.github.fakeapigw.internal.invoke;

import io.github.fakeapigw.recording.RecordedInvocation;
import java.util.ArrayDeque;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The gateway's bounded, thread-safe recording. When full, the oldest record is dropped and counted;
 * a record is appended whole or not at all.
 */
public final class InvocationLog {
  private final int capacity;
  private final ArrayDeque<RecordedInvocation> records = new ArrayDeque<>();
  private long nextSequence = 1;
  private long dropped;

  public InvocationLog(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1; offending: " + capacity);
    }
    this.capacity = capacity;
  }

  /** Appends the record the factory builds for the next sequence number and returns it. */
  public synchronized RecordedInvocation append(LongFunction<RecordedInvocation> factory) {
    RecordedInvocation record = factory.apply(nextSequence++);
    if (records.size() == capacity) {
      records.removeFirst();
      dropped++;
    }
    records.addLast(record);
    return record;
  }

  /** A snapshot of the records, oldest first. */
  public synchronized List<RecordedInvocation> snapshot() {
    return List.copyOf(records);
  }

  public synchronized long droppedCount() {
    return dropped;
  }

  /** Drops every record and the dropped count; numbering starts again at 1. */
  public synchronized void clear() {
    records.clear();
    dropped = 0;
    nextSequence = 1;
  }
}
