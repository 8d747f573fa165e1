package io.github.fakeapigw;

import io.github.fakeapigw.recording.RecordedInvocation;
import java.util.function.LongFunction;

/**
 * Appends hand-built records to a running gateway's recording, so the assertions can be tested
 * against a real {@link FakeApiGateway} before (and independently of) the invoke pipeline.
 */
public final class TestRecordings {
  private TestRecordings() {}

  /** Appends the record the factory builds for the gateway's next sequence number. */
  public static RecordedInvocation append(
      FakeApiGateway gateway, LongFunction<RecordedInvocation> record) {
    return gateway.runtime().invocations().append(record);
  }
}
