package io.github.fakeapigw.assertions.error;

import static io.github.fakeapigw.assertions.internal.Render.number;
import static io.github.fakeapigw.assertions.internal.Render.quote;

import io.github.fakeapigw.assertions.internal.Message;
import io.github.fakeapigw.recording.StageTraffic;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a canary share outside its tolerance, with the counts and the seed.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ShouldHaveCanaryShareCloseTo extends GatewayMessageFactory {
  private ShouldHaveCanaryShareCloseTo(Message message) {
    super(message);
  }

  /**
   * Creates the message.
   *
   * @param traffic the stage's counts
   * @param expected the expected share in [0, 1]
   * @param tolerance the accepted absolute difference
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveCanaryShareCloseTo(
      StageTraffic traffic, double expected, double tolerance) {
    Message m =
        new Message()
            .line(
                "Expecting stage "
                    + quote(traffic.stage())
                    + " of api "
                    + quote(traffic.apiId())
                    + " to have a canary share close to:")
            .indented(number(expected) + " (within " + number(tolerance) + ")");
    if (traffic.requests() == 0) {
      m.line("but the stage served no requests.");
    } else {
      m.line("but was:")
          .indented(
              number(traffic.canaryShare())
                  + " ("
                  + traffic.canaryRequests()
                  + " of "
                  + traffic.requests()
                  + " requests)");
    }
    return new ShouldHaveCanaryShareCloseTo(m.line("Canary seed: " + traffic.seed()));
  }
}
