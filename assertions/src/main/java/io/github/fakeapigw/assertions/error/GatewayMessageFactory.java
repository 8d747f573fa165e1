package io.github.fakeapigw.assertions.error;

import io.github.fakeapigw.assertions.internal.Message;
import java.util.Collections;
import java.util.List;
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
  /**
   * Creates the factory from the message's lines.
   *
   * @param lines the lines, printed verbatim and joined by {@code %n}
   */
  protected GatewayMessageFactory(List<String> lines) {
    super(
        String.join("%n", Collections.nCopies(lines.size(), "%s")),
        lines.stream().map(BasicErrorMessageFactory::unquotedString).toArray());
  }

  GatewayMessageFactory(Message message) {
    this(message.lines());
  }
}
