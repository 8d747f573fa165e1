package io.github.fakeapigw.assertions.error;

import io.github.fakeapigw.assertions.internal.Message;
import java.util.Arrays;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;

/**
 * Base of this package's factories: a message built as lines, each printed verbatim (never quoted
 * again by AssertJ's representation) and joined by {@code %n}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public abstract class GatewayMessageFactory extends BasicErrorMessageFactory {
  /** Creates the factory from the message's lines. */
  protected GatewayMessageFactory(Message message) {
    super(message.format(), verbatim(message.args()));
  }

  private static Object[] verbatim(Object[] lines) {
    return Arrays.stream(lines).map(l -> unquotedString(l.toString())).toArray();
  }
}
