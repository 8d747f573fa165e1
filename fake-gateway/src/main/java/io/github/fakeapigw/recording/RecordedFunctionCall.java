package io.github.fakeapigw.recording;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One invocation of an in-process Lambda function.
 *
 * @param functionName the registered function's name
 * @param qualifier version or alias, if the ARN named one
 * @param invocationType {@code RequestResponse} or {@code Event}
 * @param requestId the Lambda request id given to the handler
 * @param event the event passed to the function, as JSON text
 * @param result the function's answer as JSON text, absent on error
 * @param error the function error ({@code errorType: errorMessage}), if any
 * @param invocationRequestId the {@code requestId} of the gateway invocation that caused it
 */
public record RecordedFunctionCall(
    String functionName,
    Optional<String> qualifier,
    String invocationType,
    String requestId,
    String event,
    Optional<String> result,
    Optional<String> error,
    Instant startedAt,
    Duration duration,
    String invocationRequestId) {
  public RecordedFunctionCall {
    qualifier = Copies.opt(qualifier);
    result = Copies.opt(result).map(Copies::head);
    error = Copies.opt(error);
    event = Copies.head(event);
  }
}
