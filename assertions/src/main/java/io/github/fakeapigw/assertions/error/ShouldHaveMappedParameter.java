package io.github.fakeapigw.assertions.error;

import static io.github.fakeapigw.assertions.internal.Render.quote;

import io.github.fakeapigw.assertions.internal.InvocationMessages;
import io.github.fakeapigw.assertions.internal.Message;
import io.github.fakeapigw.assertions.internal.Render;
import io.github.fakeapigw.recording.MappedParameter;
import io.github.fakeapigw.recording.RecordedInvocation;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a parameter mapping that was not evaluated.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ShouldHaveMappedParameter extends GatewayMessageFactory {
  private ShouldHaveMappedParameter(Message message) {
    super(message);
  }

  /**
   * Creates the message.
   *
   * @param inv the invocation
   * @param target the mapped name
   * @param expectedValue the expected value
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveMappedParameter(
      RecordedInvocation inv, String target, String expectedValue) {
    Message m =
        InvocationMessages.head("", inv)
            .line("to have mapped parameter " + quote(target) + ":")
            .indented(quote(expectedValue))
            .line("but no such parameter was mapped.");
    List<MappedParameter> mapped = inv.mappedParameters();
    if (mapped.isEmpty()) {
      m.line("Mapped parameters: none.");
    } else {
      m.line("Mapped parameters:");
      for (MappedParameter p : mapped) {
        m.line(
            "  "
                + p.target()
                + " <- "
                + p.source()
                + ": "
                + p.value().map(Render::quote).orElse("(source absent, not mapped)"));
      }
    }
    m.append(InvocationMessages.canaryContext(inv));
    return new ShouldHaveMappedParameter(m);
  }
}
