package io.github.fakeapigw.assertions.error;

import io.github.fakeapigw.recording.RecordedInvocation;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A recorded invocation that almost matched what was expected, with the first reason it missed.
 *
 * @param invocation the invocation
 * @param reason the first criterion it missed, in words ({@code method "POST" is not "GET"})
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public record NearMiss(RecordedInvocation invocation, String reason) {
  /**
   * Rejects nulls.
   *
   * @param invocation the invocation
   * @param reason the first criterion it missed
   */
  public NearMiss {
    Objects.requireNonNull(invocation, "invocation");
    Objects.requireNonNull(reason, "reason");
  }
}
