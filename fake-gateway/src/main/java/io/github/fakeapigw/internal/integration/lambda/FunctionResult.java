package io.github.fakeapigw.internal.integration.lambda;

import io.github.fakeapigw.recording.RecordedFunctionCall;
import java.util.Optional;

/**
 * How one synchronous function call ended.
 *
 * @param payload the function's payload (on a function error: Lambda's error object)
 * @param error the thrown exception, on a function error
 * @param timedOut whether the gateway stopped waiting (the payload is then empty)
 */
record FunctionResult(
    String payload, Optional<Throwable> error, boolean timedOut, RecordedFunctionCall call) {

  boolean isFunctionError() {
    return error.isPresent();
  }
}
