package io.github.fakeapigw.internal.integration;

import io.github.fakeapigw.internal.context.EndpointResponse;
import io.github.fakeapigw.recording.RecordedIntegrationCall;

/**
 * What an HTTP, HTTP_PROXY or MOCK integration call produced, together with its recording (as
 * {@link io.github.fakeapigw.internal.integration.lambda.LambdaResult} does for Lambda).
 */
public sealed interface EndpointCall {
  /** The integration call as sent and what came back (or the failure). */
  RecordedIntegrationCall recording();

  /** The endpoint answered. */
  record Answered(EndpointResponse response, RecordedIntegrationCall recording)
      implements EndpointCall {}

  /** The call failed; {@link IntegrationException#kind()} decides the gateway's answer. */
  record Failed(IntegrationException failure, RecordedIntegrationCall recording)
      implements EndpointCall {}
}
