package io.github.fakeapigw.lambda;

import org.apiguardian.api.API;

/**
 * A Lambda function run in process by the gateway: it receives the invocation event as JSON text
 * and answers with its payload as JSON text, as the Lambda {@code Invoke} API does.
 *
 * <p>For an {@code AWS_PROXY} integration the event is the API Gateway proxy event (payload format
 * 1.0) and the answer must be a proxy response object ({@code {"statusCode":200,"body":"..."}});
 * for an {@code AWS} (custom) integration the event is the rendered request template and the
 * answer is handed to the integration responses. Throwing is a function error: Lambda's {@code
 * Unhandled} error, reported as {@code {"errorMessage","errorType","requestId","stackTrace"}}.
 *
 * <pre>{@code
 * gateway.registerFunction("prices", (event, context) ->
 *     "{\"statusCode\":200,\"body\":\"{\\\"price\\\":42}\"}");
 * }</pre>
 *
 * <p>To run a handler written for the AWS Lambda Java runtime, adapt it with {@link
 * LambdaHandlers#of}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@FunctionalInterface
public interface LambdaFunction {
  /**
   * Handles one invocation.
   *
   * @param eventJson the event, as JSON text
   * @param context the invocation's context: request id, function name and ARN, remaining time
   * @return the function's payload as JSON text ({@code "null"} or {@code null} for none)
   * @throws Exception to report a function error
   */
  String handle(String eventJson, LambdaContext context) throws Exception;
}
