package io.github.fakeapigw.assertions.error;

import io.github.fakeapigw.assertions.internal.InvocationMessages;
import io.github.fakeapigw.assertions.internal.Message;
import io.github.fakeapigw.assertions.internal.Render;
import io.github.fakeapigw.recording.RecordedInvocation;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a body that should be JSON but is not.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ShouldHaveJsonBody extends GatewayMessageFactory {
  private ShouldHaveJsonBody(Message message) {
    super(message);
  }

  /**
   * Creates the message.
   *
   * @param part the part's name ({@code the method request})
   * @param inv the invocation
   * @param expectedJson the expected JSON
   * @param actualBody the body
   * @param parseError why the body is not JSON
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveJsonBody(
      String part,
      RecordedInvocation inv,
      String expectedJson,
      String actualBody,
      String parseError) {
    Message m =
        InvocationMessages.head(part, inv)
            .line("to have a JSON body equal to:")
            .indented(Render.body(expectedJson))
            .line("but it is not JSON (" + parseError + "):")
            .indented(Render.body(actualBody));
    m.append(InvocationMessages.canaryContext(inv));
    return new ShouldHaveJsonBody(m);
  }
}
