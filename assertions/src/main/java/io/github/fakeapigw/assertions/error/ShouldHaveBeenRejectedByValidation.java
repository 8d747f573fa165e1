package io.github.fakeapigw.assertions.error;

import io.github.fakeapigw.assertions.internal.InvocationMessages;
import io.github.fakeapigw.assertions.internal.Message;
import io.github.fakeapigw.recording.RecordedInvocation;
import io.github.fakeapigw.recording.RecordedValidation;
import org.apiguardian.api.API;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the messages of validation assertions: a request that passed (or met no validator) when
 * it should have been refused, and a refusal for other reasons than expected.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ShouldHaveBeenRejectedByValidation extends GatewayMessageFactory {
  private ShouldHaveBeenRejectedByValidation(Message message) {
    super(message);
  }

  /**
   * The request was not refused by a request validator.
   *
   * @param inv the invocation
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveBeenRejectedByValidation(RecordedInvocation inv) {
    Message m = InvocationMessages.head("", inv).line("to have been rejected by its request validator");
    if (inv.validation().isEmpty()) {
      m.line("but no request validator looked at it (the method has no requestValidatorId,"
          + " or the request stopped earlier).");
    } else {
      m.line("but validator " + inv.validation().get().validatorName() + " let it through.");
    }
    m.append(InvocationMessages.errorContext(inv));
    return new ShouldHaveBeenRejectedByValidation(m);
  }

  /**
   * The request passed validation, or met no validator, when it should have passed one.
   *
   * @param inv the invocation
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHavePassedValidation(RecordedInvocation inv) {
    Message m = InvocationMessages.head("", inv).line("to have passed its request validator");
    if (inv.validation().isEmpty()) {
      m.line("but no request validator looked at it (the method has no requestValidatorId,"
          + " or the request stopped earlier).");
    } else {
      m.line("but validator " + inv.validation().get().validatorName() + " refused it:");
      inv.validation().get().reasons().forEach(r -> m.indented(r));
    }
    return new ShouldHaveBeenRejectedByValidation(m);
  }

  /**
   * The refusal's reasons do not include the expected one.
   *
   * @param inv the invocation
   * @param expected the text expected in one reason
   * @return the message factory
   */
  public static ErrorMessageFactory shouldHaveReason(RecordedInvocation inv, String expected) {
    RecordedValidation v = inv.validation().orElseThrow();
    Message m = InvocationMessages.head("", inv)
        .line("to have been rejected by validation with a reason containing:")
        .indented(expected)
        .line("but validator " + v.validatorName() + " gave:");
    v.reasons().forEach(r -> m.indented(r));
    v.model().ifPresent(model -> m.line("Body checked against model: " + model));
    return new ShouldHaveBeenRejectedByValidation(m);
  }
}
