package io.github.fakeapigw.lambda;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * Information about one function invocation, as the Lambda runtime's {@code Context} gives it.
 *
 * <p>The remaining time counts down from the integration's {@code timeoutInMillis}: when it
 * reaches zero the gateway answers {@code 504} and interrupts the handler thread.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface LambdaContext {
  /** The Lambda request id of this invocation (a UUID). */
  String awsRequestId();

  /** The function's name, without qualifier ({@code prices}). */
  String functionName();

  /**
   * The function version that runs: the numeric qualifier when the ARN named a version, else
   * {@code $LATEST}.
   */
  String functionVersion();

  /**
   * The ARN used to invoke the function, with its qualifier when one was given ({@code
   * arn:aws:lambda:us-east-1:123456789012:function:prices:live}).
   */
  String invokedFunctionArn();

  /** The function's memory size in MB (128, Lambda's default). */
  int memoryLimitInMb();

  /** The time left before the gateway stops waiting; never negative. */
  Duration remainingTime();

  /** The CloudWatch log group Lambda would write to ({@code /aws/lambda/<name>}). */
  String logGroupName();

  /** The CloudWatch log stream Lambda would write to. */
  String logStreamName();

  /**
   * Writes a line to the function's log: the SLF4J logger {@code
   * io.github.fakeapigw.lambda.function.<name>} at INFO.
   */
  void log(String message);
}
