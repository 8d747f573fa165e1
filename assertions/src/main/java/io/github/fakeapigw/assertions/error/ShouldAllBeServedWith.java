package io.github.fakeapigw.assertions.error;

import static io.github.fakeapigw.assertions.internal.Render.quote;

import io.github.fakeapigw.assertions.internal.Message;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a property that every canary (or base) request of a stage should share.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ShouldAllBeServedWith extends GatewayMessageFactory {
  /** At most this many offending requests are listed. */
  public static final int MAX_LISTED = 10;

  private ShouldAllBeServedWith(Message message) {
    super(message);
  }

  /**
   * Creates the message.
   *
   * @param side {@code canary} or {@code base}
   * @param apiId the API id
   * @param stage the stage name
   * @param property {@code run deployment} or {@code stage variable "flavour"}
   * @param expected the expected value
   * @param total how many requests of that side were recorded
   * @param offenders one line per request that missed, {@code #3 GET /pets -> 200: why}
   * @param seed the gateway's canary seed
   * @return the message factory
   */
  public static ErrorMessageFactory shouldAllBeServedWith(
      String side,
      String apiId,
      String stage,
      String property,
      String expected,
      int total,
      List<String> offenders,
      long seed) {
    Message m =
        new Message()
            .line(
                "Expecting every "
                    + side
                    + " request of stage "
                    + quote(stage)
                    + " of api "
                    + quote(apiId)
                    + " to have "
                    + property
                    + ":")
            .indented(quote(expected));
    if (total == 0) {
      m.line("but the stage served no " + side + " requests.");
    } else {
      m.line("but " + offenders.size() + " of " + total + " did not:");
      offenders.stream().limit(MAX_LISTED).forEach(o -> m.line("  " + o));
      if (offenders.size() > MAX_LISTED) {
        m.line("  … (" + (offenders.size() - MAX_LISTED) + " more)");
      }
    }
    return new ShouldAllBeServedWith(m.line("Canary seed: " + seed));
  }
}
