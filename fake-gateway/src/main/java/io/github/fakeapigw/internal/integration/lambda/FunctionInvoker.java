package io.github.fakeapigw.internal.integration.lambda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fakeapigw.internal.integration.lambda.LambdaFunctions.Registration;
import io.github.fakeapigw.recording.RecordedFunctionCall;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs registered functions on the gateway's Lambda executor: synchronously ({@code
 * RequestResponse}) with the integration timeout, or fire-and-forget ({@code Event}).
 */
final class FunctionInvoker {
  private static final Logger LOG = LoggerFactory.getLogger(FunctionInvoker.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final LambdaFunctions functions;
  private final Clock clock;

  FunctionInvoker(LambdaFunctions functions, Clock clock) {
    this.functions = functions;
    this.clock = clock;
  }

  /** Calls the function and waits at most {@code timeout}; on timeout interrupts the handler. */
  FunctionResult invokeAndWait(
      Registration registration,
      FunctionRef invoked,
      String invokedArn,
      String event,
      Duration timeout,
      String invocationRequestId) {
    String requestId = UUID.randomUUID().toString();
    Instant start = clock.instant();
    FunctionContext context = context(registration, invoked, invokedArn, requestId, start, timeout);
    long startNanos = System.nanoTime();
    Future<String> future;
    try {
      future = functions.executor().submit(() -> registration.function().handle(event, context));
    } catch (RejectedExecutionException e) {
      return finish(invoked, "RequestResponse", requestId, event, start, startNanos,
          invocationRequestId, null, new IllegalStateException("the gateway is closing", e), false);
    }
    try {
      String out = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return finish(invoked, "RequestResponse", requestId, event, start, startNanos,
          invocationRequestId, out, null, false);
    } catch (ExecutionException e) {
      return finish(invoked, "RequestResponse", requestId, event, start, startNanos,
          invocationRequestId, null, e.getCause(), false);
    } catch (TimeoutException e) {
      future.cancel(true);
      return finish(invoked, "RequestResponse", requestId, event, start, startNanos,
          invocationRequestId, null, null, true);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      return finish(invoked, "RequestResponse", requestId, event, start, startNanos,
          invocationRequestId, null, null, true);
    }
  }

  /** Queues the function to run on the executor and returns at once ({@code Event}). */
  String invokeAsync(
      Registration registration,
      FunctionRef invoked,
      String invokedArn,
      String event,
      Duration timeout,
      String invocationRequestId) {
    String requestId = UUID.randomUUID().toString();
    Instant start = clock.instant();
    FunctionContext context = context(registration, invoked, invokedArn, requestId, start, timeout);
    functions
        .executor()
        .execute(
            () -> {
              long startNanos = System.nanoTime();
              String out = null;
              Throwable error = null;
              try {
                out = registration.function().handle(event, context);
              } catch (Throwable t) { // a function error: recorded, as Lambda logs it
                error = t;
                LOG.info("Lambda function {} (Event invocation {}) failed", invokedArn, requestId, t);
              }
              finish(invoked, "Event", requestId, event, start, startNanos, invocationRequestId,
                  out, error, false);
            });
    return requestId;
  }

  private FunctionContext context(
      Registration registration,
      FunctionRef invoked,
      String invokedArn,
      String requestId,
      Instant start,
      Duration timeout) {
    return new FunctionContext(
        requestId,
        registration.ref().name(),
        invoked.version(),
        invokedArn,
        start.plus(timeout),
        clock);
  }

  private FunctionResult finish(
      FunctionRef invoked,
      String invocationType,
      String requestId,
      String event,
      Instant start,
      long startNanos,
      String invocationRequestId,
      String out,
      Throwable error,
      boolean timedOut) {
    Duration duration = Duration.ofNanos(System.nanoTime() - startNanos);
    String payload;
    Optional<String> recordedError;
    if (timedOut) {
      payload = "";
      recordedError =
          Optional.of(
              "Timeout: the gateway stopped waiting after "
                  + duration.toMillis()
                  + " ms (the integration's timeoutInMillis) and interrupted the handler thread");
    } else if (error != null) {
      payload = errorPayload(error, requestId);
      recordedError = Optional.of(error.getClass().getName() + ": " + errorMessage(error));
    } else {
      payload = out == null ? "null" : out;
      recordedError = Optional.empty();
    }
    RecordedFunctionCall call =
        new RecordedFunctionCall(
            invoked.name(),
            invoked.qualifier(),
            invocationType,
            requestId,
            event,
            error == null && !timedOut ? Optional.of(payload) : Optional.empty(),
            recordedError,
            start,
            duration,
            invocationRequestId);
    functions.record(call);
    return new FunctionResult(payload, Optional.ofNullable(error), timedOut, call);
  }

  /** Lambda's {@code errorMessage}: the exception message, or its class name when it has none. */
  static String errorMessage(Throwable error) {
    return error.getMessage() != null ? error.getMessage() : error.getClass().getName();
  }

  /** The payload Lambda returns for an unhandled Java exception. */
  static String errorPayload(Throwable error, String requestId) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("errorMessage", errorMessage(error));
    payload.put("errorType", error.getClass().getName());
    payload.put("requestId", requestId);
    payload.put(
        "stackTrace",
        Arrays.stream(error.getStackTrace()).map(StackTraceElement::toString).toList());
    try {
      return JSON.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialize a Lambda error payload", e);
    }
  }
}
