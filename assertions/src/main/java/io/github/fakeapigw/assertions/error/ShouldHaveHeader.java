package io.github.fakeapigw.assertions.error;

import static io.github.fakeapigw.assertions.internal.Render.quote;

import io.github.fakeapigw.assertions.internal.InvocationMessages;
import io.github.fakeapigw.assertions.internal.Message;
import io.github.fakeapigw.assertions.internal.Render;
import io.github.fakeapigw.recording.RecordedInvocation;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a header that was not sent.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ShouldHaveHeader extends GatewayMessageFactory {
  private ShouldHaveHeader(Message message) {
    super(message);
  }

  /**
   * Creates the message.
   *
   * @param part the part's name ({@code the method request})
   * @param inv the invocation
   * @param name the name
   * @param expectedValue the expected value
   * @param headers the headers
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveHeader(
      String part,
      RecordedInvocation inv,
      String name,
      String expectedValue,
      Map<String, List<String>> headers) {
    Message m =
        InvocationMessages.head(part, inv)
            .line("to have header " + quote(name) + ":")
            .indented(quote(expectedValue))
            .line("but it had no such header.")
            .line("Headers:")
            .indented(Render.headers(headers));
    m.append(InvocationMessages.canaryContext(inv));
    return new ShouldHaveHeader(m);
  }
}
