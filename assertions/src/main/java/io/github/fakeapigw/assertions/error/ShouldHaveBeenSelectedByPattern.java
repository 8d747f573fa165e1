package io.github.fakeapigw.assertions.error;

import static io.github.fakeapigw.assertions.internal.Render.quote;

import io.github.fakeapigw.assertions.internal.InvocationMessages;
import io.github.fakeapigw.assertions.internal.Message;
import io.github.fakeapigw.recording.RecordedInvocation;
import io.github.fakeapigw.recording.SelectedIntegrationResponse;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of an integration response chosen as the default instead of by a pattern.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ShouldHaveBeenSelectedByPattern extends GatewayMessageFactory {
  private ShouldHaveBeenSelectedByPattern(Message message) {
    super(message);
  }

  /**
   * Creates the message.
   *
   * @param inv the invocation
   * @param pattern the expected selection pattern
   * @param selected the selected integration response
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveBeenSelectedByPattern(
      RecordedInvocation inv, String pattern, SelectedIntegrationResponse selected) {
    Message m =
        InvocationMessages.head("the integration response", inv)
            .line("to have been selected by pattern:")
            .indented(pattern)
            .line("but the default response (" + selected.statusCode() + ") was used.")
            .line("Selection value:")
            .indented(quote(selected.selectionValue()));
    m.append(InvocationMessages.canaryContext(inv));
    return new ShouldHaveBeenSelectedByPattern(m);
  }
}
