package io.github.fakeapigw.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.recording.RecordedHttpMessage;
import io.github.fakeapigw.recording.RecordedInvocation;
import io.github.fakeapigw.recording.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvocationLogTest {
  private static RecordedInvocation record(long sequence, String body) {
    return new RecordedInvocation(sequence, "id-" + sequence, Instant.EPOCH,
        RecordedInvocation.Kind.INVOKE, "api", Optional.of("test"), Optional.empty(),
        new RecordedRequest("POST", "/p", Map.of(), Map.of(), body), Optional.empty(),
        Optional.empty(), Optional.empty(), Map.of(), List.of(), List.of(), Optional.empty(),
        Optional.empty(), List.of(), new RecordedHttpMessage(200, Map.of(), body),
        Duration.ZERO, Optional.empty());
  }

  @Test
  void drops_the_oldest_records_when_their_bytes_pass_the_cap_though_entries_are_left()
      throws Exception {
    InvocationLog log = new InvocationLog(10_000, 100_000);
    for (int i = 0; i < 10; i++) {
      log.append(seq -> record(seq, "x".repeat(20_000)));
    }
    // Each record holds ~40 KB (request and response body): two fit in 100 KB.
    assertThat(log.snapshot()).extracting(RecordedInvocation::sequence).containsExactly(9L, 10L);
    assertThat(log.droppedCount()).isEqualTo(8);
    assertThat(log.bytes()).isLessThanOrEqualTo(100_000);
  }

  @Test
  void keeps_the_first_mebibyte_of_a_large_body_and_its_whole_length() {
    InvocationLog log = new InvocationLog(10);
    String body = "a".repeat(RecordedRequest.MAX_RECORDED_BODY_CHARS) + "b".repeat(5_000_000);
    RecordedInvocation recorded = log.append(seq -> record(seq, body));
    assertThat(recorded.methodRequest().body())
        .hasSize(RecordedRequest.MAX_RECORDED_BODY_CHARS).doesNotContain("b");
    assertThat(recorded.methodRequest().bodyLength()).isEqualTo(body.length());
    assertThat(recorded.methodRequest().isBodyTruncated()).isTrue();
    assertThat(recorded.response().bodyLength()).isEqualTo(body.length());
    assertThat(InvocationLog.sizeOf(recorded)).isLessThan(3L * 1024 * 1024);
  }

  @Test
  void an_invocation_received_before_a_clear_is_not_recorded_after_it() {
    InvocationLog log = new InvocationLog(10);
    long receivedIn = log.epoch();
    log.clear(); // reset while the request is in flight
    assertThat(log.append(receivedIn, seq -> record(seq, "late"))).isFalse();
    assertThat(log.snapshot()).isEmpty();

    assertThat(log.append(log.epoch(), seq -> record(seq, "new"))).isTrue();
    assertThat(log.snapshot()).extracting(r -> r.methodRequest().body()).containsExactly("new");
  }
}
