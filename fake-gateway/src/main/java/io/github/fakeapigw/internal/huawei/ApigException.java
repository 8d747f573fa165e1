package io.github.fakeapigw.internal.huawei;

/**
 * A request APIG rejects, in its own terms: the HTTP status, the {@code error_code} and the
 * {@code error_msg} it answers with.
 */
public final class ApigException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String errorCode;

  public ApigException(int status, String errorCode, String errorMsg) {
    super(errorMsg);
    this.status = status;
    this.errorCode = errorCode;
  }

  public int status() {
    return status;
  }

  public String errorCode() {
    return errorCode;
  }

  public String errorMsg() {
    return getMessage();
  }

  /** APIG.2001: a required parameter is missing. */
  public static ApigException missing(String parameter) {
    return new ApigException(
        400,
        "APIG.2001",
        "The request parameters must be specified,parameterName:" + parameter
            + ". Please refer to the support documentation");
  }

  /** APIG.2012: a parameter's value breaks a rule. */
  public static ApigException invalid(String parameter) {
    return new ApigException(
        400,
        "APIG.2012",
        "Invalid parameter value,parameterName:" + parameter
            + ". Please refer to the support documentation");
  }

  /** A 404 for a missing resource. */
  public static ApigException notFound(String errorCode, String errorMsg) {
    return new ApigException(404, errorCode, errorMsg);
  }
}
