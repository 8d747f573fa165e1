package io.github.fakeapigw.assertions.error;

import io.github.fakeapigw.assertions.internal.InvocationMessages;
import io.github.fakeapigw.assertions.internal.Message;
import io.github.fakeapigw.recording.RecordedInvocation;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of an invocation that selected no integration response.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ShouldHaveIntegrationResponse extends GatewayMessageFactory {
  private ShouldHaveIntegrationResponse(Message message) {
    super(message);
  }

  /**
   * Creates the message.
   *
   * @param inv the invocation
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveIntegrationResponse(RecordedInvocation inv) {
    Message m =
        InvocationMessages.head("", inv)
            .line("to have selected an integration response")
            .line(
                inv.integrationCall()
                    .map(
                        c ->
                            "but none was selected ("
                                + c.integrationType()
                                + " integration"
                                + (c.integrationType().endsWith("_PROXY")
                                    ? "s have none)."
                                    : " without a matching response)."))
                    .orElse("but none was selected (the integration was not called)."));
    m.append(InvocationMessages.errorContext(inv));
    return new ShouldHaveIntegrationResponse(m);
  }
}
