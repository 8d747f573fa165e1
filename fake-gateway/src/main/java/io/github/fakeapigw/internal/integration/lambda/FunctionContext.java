package io.github.fakeapigw.internal.integration.lambda;

import io.github.fakeapigw.lambda.LambdaContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link LambdaContext} of one invocation. */
record FunctionContext(
    String awsRequestId,
    String functionName,
    String functionVersion,
    String invokedFunctionArn,
    Instant deadline,
    Clock clock)
    implements LambdaContext {

  static final int MEMORY_MB = 128;

  @Override
  public int memoryLimitInMb() {
    return MEMORY_MB;
  }

  @Override
  public Duration remainingTime() {
    Duration left = Duration.between(clock.instant(), deadline);
    return left.isNegative() ? Duration.ZERO : left;
  }

  @Override
  public String logGroupName() {
    return "/aws/lambda/" + functionName;
  }

  @Override
  public String logStreamName() {
    return DateTimeFormatter.ofPattern("yyyy/MM/dd").format(LocalDate.now(clock.withZone(ZoneOffset.UTC)))
        + "/[" + functionVersion + "]" + awsRequestId.replace("-", "");
  }

  @Override
  public void log(String message) {
    logger().info("{}", message);
  }

  private Logger logger() {
    return LoggerFactory.getLogger("io.github.fakeapigw.lambda.function." + functionName);
  }

  @Override
  public String toString() {
    return "LambdaContext{" + invokedFunctionArn + ", requestId " + awsRequestId + "}";
  }
}
