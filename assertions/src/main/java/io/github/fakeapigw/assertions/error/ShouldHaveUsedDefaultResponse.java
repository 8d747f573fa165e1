package io.github.fakeapigw.assertions.error;

import static io.github.fakeapigw.assertions.internal.Render.quote;

import io.github.fakeapigw.assertions.internal.InvocationMessages;
import io.github.fakeapigw.assertions.internal.Message;
import io.github.fakeapigw.recording.RecordedInvocation;
import io.github.fakeapigw.recording.SelectedIntegrationResponse;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of an integration response chosen by a pattern instead of as the default.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ShouldHaveUsedDefaultResponse extends GatewayMessageFactory {
  private ShouldHaveUsedDefaultResponse(Message message) {
    super(message);
  }

  /**
   * Creates the message.
   *
   * @param inv the invocation
   * @param selected the selected integration response
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveUsedDefaultResponse(
      RecordedInvocation inv, SelectedIntegrationResponse selected) {
    Message m =
        InvocationMessages.head("the integration response", inv)
            .line("to have been the default response")
            .line("but response " + selected.statusCode() + " was selected by pattern:")
            .indented(selected.selectionPattern().orElse(""))
            .line("Selection value:")
            .indented(quote(selected.selectionValue()));
    m.append(InvocationMessages.canaryContext(inv));
    return new ShouldHaveUsedDefaultResponse(m);
  }
}
