package io.github.fakeapigw.internal.integration.lambda;

import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.http.HttpResponseData;
import io.github.fakeapigw.recording.RecordedFunctionCall;
import io.github.fakeapigw.recording.RecordedIntegrationCall;
import java.util.List;

/**
 * What a Lambda integration produced, for the invoke pipeline to turn into the method response.
 * Every outcome carries the integration call to record and the function calls it made.
 */
public sealed interface LambdaResult {
  /** The integration call as sent (uri = the function ARN invoked) and what came back. */
  RecordedIntegrationCall integrationCall();

  /** The synchronous function calls made (none for an {@code Event} invocation). */
  List<RecordedFunctionCall> functionCalls();

  /**
   * {@code AWS_PROXY}: the function's answer, validated and converted; send it as the method
   * response (no integration responses apply).
   */
  record ProxyResponse(
      HttpResponseData response,
      RecordedIntegrationCall integrationCall,
      List<RecordedFunctionCall> functionCalls)
      implements LambdaResult {
    public ProxyResponse {
      functionCalls = List.copyOf(functionCalls);
    }
  }

  /**
   * {@code AWS}: the endpoint response. Select the integration response by matching each {@code
   * selectionPattern} against {@link #selectionValue()} (Lambda's {@code errorMessage}; empty on
   * success), then apply its response template to {@link #body()}.
   *
   * @param status 200 for a synchronous call (function errors included), 202 for {@code Event}
   * @param headers the Lambda Invoke response headers ({@code X-Amz-Function-Error}, ...)
   * @param body the function's payload, or Lambda's error object on a function error
   */
  record EndpointResponse(
      int status,
      HttpHeaders headers,
      String body,
      String selectionValue,
      RecordedIntegrationCall integrationCall,
      List<RecordedFunctionCall> functionCalls)
      implements LambdaResult {
    public EndpointResponse {
      functionCalls = List.copyOf(functionCalls);
    }
  }

  /**
   * The gateway answers with an error ({@code {"message": message}}) instead.
   *
   * @param responseType the gateway response type ({@code INTEGRATION_FAILURE}, {@code
   *     INTEGRATION_TIMEOUT}, {@code API_CONFIGURATION_ERROR})
   * @param cause the full explanation, for the recording and the log only
   */
  record Failure(
      String responseType,
      int status,
      String message,
      String cause,
      RecordedIntegrationCall integrationCall,
      List<RecordedFunctionCall> functionCalls)
      implements LambdaResult {
    public Failure {
      functionCalls = List.copyOf(functionCalls);
    }
  }
}
