package io.github.fakeapigw.model;

/** A {@code RequestValidator}. */
public record RequestValidator(
    String id, String name, boolean validateRequestBody, boolean validateRequestParameters) {
  /** A copy with {@code id} replaced. */
  public RequestValidator withId(String id) {
    return new RequestValidator(id, name, validateRequestBody, validateRequestParameters);
  }

  /** A copy with {@code name} replaced. */
  public RequestValidator withName(String name) {
    return new RequestValidator(id, name, validateRequestBody, validateRequestParameters);
  }

  /** A copy with {@code validateRequestBody} replaced. */
  public RequestValidator withValidateRequestBody(boolean validateRequestBody) {
    return new RequestValidator(id, name, validateRequestBody, validateRequestParameters);
  }

  /** A copy with {@code validateRequestParameters} replaced. */
  public RequestValidator withValidateRequestParameters(boolean validateRequestParameters) {
    return new RequestValidator(id, name, validateRequestBody, validateRequestParameters);
  }
}
