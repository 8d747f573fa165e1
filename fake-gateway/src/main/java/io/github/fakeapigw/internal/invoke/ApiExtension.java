package io.github.fakeapigw.internal.invoke;

import io.github.fakeapigw.internal.context.InvocationContext;
import io.github.fakeapigw.internal.context.MethodRequest;
import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.model.Integration;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an API needs beyond the {@code model} records, served beside its definition: credential
 * checks, parameter checks and defaults, conditional backends, and headers on every answer. The
 * stages read it without knowing where the API came from; an API without one runs exactly as its
 * definition says.
 */
public interface ApiExtension {
  /** The rules of one method ({@code resourceId} and the method key as routed), if any. */
  Optional<MethodRules> method(String resourceId, String methodKey);

  /**
   * Adds the headers every answer of this API carries, success or gateway error.
   *
   * @param requestHeaders the caller's headers as received
   * @param latency the time since the request arrived
   * @param upstream how long the integration call took, when one was made
   */
  void addResponseHeaders(
      HttpHeaders.Builder headers, String requestId, Map<String, List<String>> requestHeaders,
      Duration latency, Optional<Duration> upstream);

  /** The extra rules of one method. Implementations are immutable and thread-safe. */
  interface MethodRules {
    /** Checks the caller's credential; a rejection answers at once. */
    Optional<Rejection> authorize(MethodRequest request, InvocationContext context);

    /** Checks the request's parameters; a rejection answers at once. */
    Optional<Rejection> validate(MethodRequest request);

    /** The method request with the defaults of omitted optional parameters filled in. */
    MethodRequest withDefaults(MethodRequest request);

    /** The integration that serves this request: {@code configured} unless a condition picks another. */
    Integration integration(Integration configured, MethodRequest request, InvocationContext context);
  }

  /**
   * A request turned away before the integration.
   *
   * @param responseType the gateway response type that answers it ({@code UNAUTHORIZED}, {@code
   *     ACCESS_DENIED}, {@code INVALID_API_KEY}, {@code BAD_REQUEST_PARAMETERS}, ...)
   * @param status the default status of that type
   * @param message the default message of that type
   * @param cause why, for the recording (written for the test author)
   */
  record Rejection(String responseType, int status, String message, String cause) {}
}
