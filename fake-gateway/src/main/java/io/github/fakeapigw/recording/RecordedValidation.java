package io.github.fakeapigw.recording;

import java.util.List;
import java.util.Optional;

/**
 * What the method's request validator decided about one request.
 *
 * @param validatorId the request validator's id
 * @param validatorName the request validator's name
 * @param checkedParameters whether {@code validateRequestParameters} was on
 * @param checkedBody whether {@code validateRequestBody} was on
 * @param model the request model the body was checked against, when the body was checked
 * @param missingParameters the required parameters the request lacked, in AWS's order
 * @param bodyErrors the schema validator's reasons the body was refused (never sent to the caller)
 */
public record RecordedValidation(
    String validatorId,
    String validatorName,
    boolean checkedParameters,
    boolean checkedBody,
    Optional<String> model,
    List<String> missingParameters,
    List<String> bodyErrors) {
  public RecordedValidation {
    model = Copies.opt(model);
    missingParameters = Copies.list(missingParameters);
    bodyErrors = Copies.list(bodyErrors);
  }

  /** Whether the request passed every check that ran. */
  public boolean passed() {
    return missingParameters.isEmpty() && bodyErrors.isEmpty();
  }

  /** Every reason the request was refused: missing parameters first, then the body's errors. */
  public List<String> reasons() {
    List<String> all = new java.util.ArrayList<>();
    if (!missingParameters.isEmpty()) {
      all.add("Missing required request parameters: " + missingParameters);
    }
    all.addAll(bodyErrors);
    return List.copyOf(all);
  }
}
