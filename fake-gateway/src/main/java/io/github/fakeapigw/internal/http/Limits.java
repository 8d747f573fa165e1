package io.github.fakeapigw.internal.http;

/**
 * API Gateway's request limits, shared by the server that reads requests and the pipeline that
 * answers them.
 *
 * @see <a
 *     href="https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html">
 *     Amazon API Gateway quotas</a>
 */
public final class Limits {
  /** API Gateway's payload limit (10 MB); a larger body is answered 413 without being kept. */
  public static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

  private Limits() {}
}
