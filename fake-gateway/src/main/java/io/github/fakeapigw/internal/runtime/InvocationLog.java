package io.github.fakeapigw.internal.runtime;

import io.github.fakeapigw.recording.MappedParameter;
import io.github.fakeapigw.recording.RecordedFunctionCall;
import io.github.fakeapigw.recording.RecordedHttpMessage;
import io.github.fakeapigw.recording.RecordedIntegrationCall;
import io.github.fakeapigw.recording.RecordedInvocation;
import io.github.fakeapigw.recording.RecordedRequest;
import io.github.fakeapigw.recording.RenderedTemplate;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The gateway's bounded, thread-safe recording, bounded both in records and in bytes (bodies,
 * headers and templates counted as their characters; each body is kept only in part by the
 * records themselves). When full, the oldest records are dropped and counted; a record is appended
 * whole or not at all.
 *
 * <p>A clear starts a new epoch: an invocation received before the clear and finished after it is
 * not recorded, so a reset never lets an earlier request into the next test's recording.
 */
public final class InvocationLog {
  private static final long RECORD_OVERHEAD = 512;

  private final int capacity;
  private final long maxBytes;
  private final ArrayDeque<Entry> records = new ArrayDeque<>();
  private long bytes;
  private long nextSequence = 1;
  private long dropped;
  private volatile long epoch;

  private record Entry(RecordedInvocation record, long bytes) {}

  public InvocationLog(int capacity) {
    this(capacity, Long.MAX_VALUE);
  }

  public InvocationLog(int capacity, long maxBytes) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1; offending: " + capacity);
    }
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be at least 1; offending: " + maxBytes);
    }
    this.capacity = capacity;
    this.maxBytes = maxBytes;
  }

  /** The current epoch: take it when a request arrives and pass it to {@link #append(long, LongFunction)}. */
  public long epoch() {
    return epoch;
  }

  /** Appends the record the factory builds for the next sequence number and returns it. */
  public synchronized RecordedInvocation append(LongFunction<RecordedInvocation> factory) {
    RecordedInvocation record = factory.apply(nextSequence++);
    long size = sizeOf(record);
    while (!records.isEmpty()
        && (records.size() >= capacity || bytes + size > maxBytes)) {
      bytes -= records.removeFirst().bytes();
      dropped++;
    }
    records.addLast(new Entry(record, size));
    bytes += size;
    return record;
  }

  /**
   * Appends like {@link #append(LongFunction)}, unless the log was cleared since {@code
   * receivedEpoch}: then the invocation belongs to what was cleared and is not recorded.
   *
   * @return whether it was recorded
   */
  public synchronized boolean append(long receivedEpoch, LongFunction<RecordedInvocation> factory) {
    if (receivedEpoch != epoch) {
      return false;
    }
    append(factory);
    return true;
  }

  /** A snapshot of the records, oldest first. */
  public synchronized List<RecordedInvocation> snapshot() {
    return records.stream().map(Entry::record).toList();
  }

  public synchronized long droppedCount() {
    return dropped;
  }

  /** The bytes the held records count for. */
  public synchronized long bytes() {
    return bytes;
  }

  /** Drops every record and the dropped count; numbering starts again at 1; a new epoch starts. */
  public synchronized void clear() {
    records.clear();
    bytes = 0;
    dropped = 0;
    nextSequence = 1;
    epoch++;
  }

  /** An estimate of what a record holds on the heap, from its strings. */
  static long sizeOf(RecordedInvocation r) {
    long n = RECORD_OVERHEAD;
    n += sizeOf(r.methodRequest());
    n += sizeOf(r.response());
    for (RenderedTemplate t : r.renderedTemplates()) {
      n += 64 + t.template().length() + t.output().map(String::length).orElse(0)
          + t.error().map(String::length).orElse(0);
    }
    for (MappedParameter p : r.mappedParameters()) {
      n += 64 + p.target().length() + p.source().length() + p.value().map(String::length).orElse(0);
    }
    if (r.integrationCall().isPresent()) {
      RecordedIntegrationCall call = r.integrationCall().get();
      n += 128 + call.uri().length() + call.body().length() + sizeOf(call.headers())
          + call.response().map(InvocationLog::sizeOf).orElse(0L)
          + call.error().map(String::length).orElse(0);
    }
    for (RecordedFunctionCall call : r.functionCalls()) {
      n += 128 + call.event().length() + call.result().map(String::length).orElse(0)
          + call.error().map(String::length).orElse(0);
    }
    for (Map.Entry<String, String> v : r.stageVariables().entrySet()) {
      n += 32 + v.getKey().length() + v.getValue().length();
    }
    if (r.error().isPresent()) {
      n += 64 + r.error().get().message().length() + r.error().get().cause().length();
    }
    return n;
  }

  private static long sizeOf(RecordedRequest request) {
    return 64 + request.path().length() + request.body().length() + sizeOf(request.headers())
        + sizeOf(request.queryParameters());
  }

  private static long sizeOf(RecordedHttpMessage message) {
    return 64 + message.body().length() + sizeOf(message.headers());
  }

  private static long sizeOf(Map<String, List<String>> multi) {
    long n = 0;
    for (Map.Entry<String, List<String>> e : multi.entrySet()) {
      n += 32 + e.getKey().length();
      for (String v : e.getValue()) {
        n += 16 + v.length();
      }
    }
    return n;
  }
}
