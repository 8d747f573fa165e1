package io.github.fakeapigw.assertions.error;

import io.github.fakeapigw.assertions.internal.InvocationMessages;
import io.github.fakeapigw.assertions.internal.Message;
import io.github.fakeapigw.recording.RecordedIntegrationCall;
import io.github.fakeapigw.recording.RecordedInvocation;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of an integration call that got no endpoint response.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ShouldHaveEndpointResponse extends GatewayMessageFactory {
  private ShouldHaveEndpointResponse(Message message) {
    super(message);
  }

  /**
   * Creates the message.
   *
   * @param inv the invocation
   * @param call the failed integration call
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveEndpointResponse(
      RecordedInvocation inv, RecordedIntegrationCall call) {
    Message m =
        InvocationMessages.head("the integration call", inv)
            .line("to have received an endpoint response")
            .line("but the call failed:")
            .indented(call.error().orElse("no response was recorded"));
    m.append(InvocationMessages.canaryContext(inv));
    return new ShouldHaveEndpointResponse(m);
  }
}
