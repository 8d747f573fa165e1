package io.github.fakeapigw.model;

/** The {@code type} of an {@link Integration}. */
public enum IntegrationType {
  HTTP,
  HTTP_PROXY,
  MOCK,
  AWS,
  AWS_PROXY;

  /** Whether the type passes requests and responses through without mapping. */
  public boolean isProxy() {
    return this == HTTP_PROXY || this == AWS_PROXY;
  }
}
