package io.github.fakeapigw.internal.integration.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FunctionContextTest {
  private static final Instant NOW = Instant.parse("2025-11-21T04:03:02Z");
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

  @Test
  void counts_the_remaining_time_down_to_the_deadline_and_never_below_zero() {
    assertThat(context(NOW.plusMillis(1500)).remainingTime()).isEqualTo(Duration.ofMillis(1500));
    assertThat(context(NOW.minusMillis(10)).remainingTime()).isEqualTo(Duration.ZERO);
  }

  @Test
  void names_the_log_group_and_stream_as_lambda_does() {
    FunctionContext context = context(NOW);

    assertThat(context.logGroupName()).isEqualTo("/aws/lambda/prices");
    assertThat(context.logStreamName())
        .isEqualTo("2025/11/21/[3]0b6a1f3e000040008000000000000002");
    assertThat(context.memoryLimitInMb()).isEqualTo(128);
  }

  private FunctionContext context(Instant deadline) {
    return new FunctionContext(
        "0b6a1f3e-0000-4000-8000-000000000002",
        "prices",
        "3",
        "arn:aws:lambda:us-east-1:123456789012:function:prices:3",
        deadline,
        clock);
  }
}
