package io.github.fakeapigw.assertions.error;

import static io.github.fakeapigw.assertions.internal.Render.quote;

import io.github.fakeapigw.assertions.internal.InvocationMessages;
import io.github.fakeapigw.assertions.internal.Message;
import io.github.fakeapigw.recording.RecordedInvocation;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a query parameter that was not sent.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ShouldHaveQueryParameter extends GatewayMessageFactory {
  private ShouldHaveQueryParameter(Message message) {
    super(message);
  }

  /**
   * Creates the message.
   *
   * @param part the part's name ({@code the method request})
   * @param inv the invocation
   * @param name the name
   * @param expectedValue the expected value
   * @param query the raw query string
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveQueryParameter(
      String part, RecordedInvocation inv, String name, String expectedValue, String query) {
    Message m =
        InvocationMessages.head(part, inv)
            .line("to have query parameter " + quote(name) + ":")
            .indented(quote(expectedValue))
            .line("but it had no such parameter.")
            .line("Query string:")
            .indented(query.isEmpty() ? "(none)" : query);
    m.append(InvocationMessages.canaryContext(inv));
    return new ShouldHaveQueryParameter(m);
  }
}
