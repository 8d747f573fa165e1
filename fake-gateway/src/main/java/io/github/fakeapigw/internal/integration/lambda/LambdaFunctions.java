package io.github.fakeapigw.internal.integration.lambda;

import io.github.fakeapigw.lambda.LambdaFunction;
import io.github.fakeapigw.recording.RecordedFunctionCall;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One gateway's Lambda functions: the registrations, the executor their handlers run on (daemon
 * threads {@code fake-apigw-<n>-lambda-<k>}) and the record of every function call, asynchronous
 * ones included. Closed with the gateway: shutdown, a bounded wait, then {@code shutdownNow}.
 */
public final class LambdaFunctions implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LambdaFunctions.class);
  private static final long CLOSE_WAIT_MILLIS = 1_000;

  /** A registered function: what it was registered as, and the function. */
  public record Registration(FunctionRef ref, LambdaFunction function) {}

  private final List<Registration> registrations = new ArrayList<>();
  private final ArrayDeque<RecordedFunctionCall> calls = new ArrayDeque<>();
  private final int maxRecordedCalls;
  private final ThreadPoolExecutor executor;

  public LambdaFunctions(String threadNamePrefix, int maxRecordedCalls) {
    this.maxRecordedCalls = maxRecordedCalls;
    AtomicInteger threads = new AtomicInteger();
    this.executor =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            runnable -> {
              Thread t = new Thread(runnable, threadNamePrefix + "lambda-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /** Registers a function, replacing one registered under the same reference. */
  public synchronized void register(FunctionRef ref, LambdaFunction function) {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(function, "function");
    registrations.removeIf(r -> r.ref().equals(ref));
    registrations.add(new Registration(ref, function));
  }

  /**
   * The function serving a reference: a registration with the same name and qualifier wins, else
   * one registered without qualifier serves every version and alias. A registration made with an
   * ARN only serves that ARN's region and account.
   */
  public synchronized Optional<Registration> find(FunctionRef wanted, String region, String account) {
    Optional<Registration> exact = Optional.empty();
    Optional<Registration> unqualified = Optional.empty();
    for (Registration r : registrations) {
      FunctionRef ref = r.ref();
      if (!ref.name().equals(wanted.name())
          || !ref.region().orElse(region).equals(wanted.region().orElse(region))
          || !ref.accountId().orElse(account).equals(wanted.accountId().orElse(account))) {
        continue;
      }
      if (ref.qualifier().equals(wanted.qualifier())) {
        exact = Optional.of(r);
      } else if (ref.qualifier().isEmpty()) {
        unqualified = Optional.of(r);
      }
    }
    return exact.isPresent() ? exact : unqualified;
  }

  /** The registrations as they are now, for a checkpoint. */
  public synchronized List<Registration> registrations() {
    return List.copyOf(registrations);
  }

  /** Replaces every registration by the given ones (a checkpoint's, or none). */
  public synchronized void restore(List<Registration> saved) {
    registrations.clear();
    registrations.addAll(saved);
  }

  /** What is registered, as registered ({@code prices}, {@code prices:live}, ARNs), in order. */
  public synchronized List<String> registeredNames() {
    return registrations.stream().map(r -> r.ref().toString()).toList();
  }

  /** The executor handlers run on. */
  public ExecutorService executor() {
    return executor;
  }

  /** Records a finished function call; when the cap is reached the oldest is dropped. */
  public synchronized void record(RecordedFunctionCall call) {
    if (calls.size() == maxRecordedCalls) {
      calls.removeFirst();
    }
    calls.addLast(call);
  }

  /** Every recorded function call, oldest first. */
  public synchronized List<RecordedFunctionCall> calls() {
    return List.copyOf(calls);
  }

  /** Clears the recorded calls; registrations stay. */
  public synchronized void clearCalls() {
    calls.clear();
  }

  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
        LOG.warn(
            "Lambda handlers still running {} ms after the gateway closed; interrupting them",
            CLOSE_WAIT_MILLIS);
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "LambdaFunctions" + registeredNames();
  }
}
