package io.github.fakeapigw.assertions.error;

import static io.github.fakeapigw.assertions.internal.Render.quote;

import io.github.fakeapigw.assertions.internal.Message;
import io.github.fakeapigw.recording.RecordedFunctionCall;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a Lambda function invoked another number of times than expected, listing
 * its recorded calls.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ShouldHaveBeenInvoked extends GatewayMessageFactory {
  private ShouldHaveBeenInvoked(Message message) {
    super(message);
  }

  /**
   * Creates the message.
   *
   * @param functionName the function's name
   * @param expectation {@code to have been invoked exactly 2 times}, {@code to have been invoked at
   *     least once} or {@code never to have been invoked}
   * @param calls its recorded calls, oldest first
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveBeenInvoked(
      String functionName, String expectation, List<RecordedFunctionCall> calls) {
    Message m =
        new Message()
            .line("Expecting function " + quote(functionName) + " " + expectation)
            .line(
                "but it was invoked "
                    + calls.size()
                    + (calls.size() == 1 ? " time" : " times")
                    + (calls.isEmpty() ? "." : ":"));
    for (int i = 0; i < calls.size(); i++) {
      m.line("  " + (i + 1) + ". " + describe(calls.get(i)));
    }
    return new ShouldHaveBeenInvoked(m);
  }

  /** {@code RequestResponse request "r1" -> error: Boom} or {@code -> {"statusCode":200...}}. */
  static String describe(RecordedFunctionCall c) {
    String outcome =
        c.error()
            .map(e -> "error: " + e)
            .orElseGet(() -> c.result().map(ShouldHaveBeenInvoked::cut).orElse("(no result)"));
    return c.invocationType() + " request " + quote(c.requestId()) + " -> " + outcome;
  }

  private static String cut(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "… (" + (s.length() - 80) + " more chars)";
  }
}
