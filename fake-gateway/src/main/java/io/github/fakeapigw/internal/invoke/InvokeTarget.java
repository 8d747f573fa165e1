package io.github.fakeapigw.internal.invoke;

/**
 * Where an invoke request is addressed, after the URL style has been decoded.
 *
 * @param apiId the REST API id (as given; lookups of host-style ids are case-insensitive)
 * @param stage the stage name
 * @param rawPath the resource path after the stage, still encoded, always starting with {@code /}
 * @param domainName {@code $context.domainName}
 */
public record InvokeTarget(String apiId, String stage, String rawPath, String domainName) {
  /** {@code $context.domainPrefix}: the first label of the domain name. */
  public String domainPrefix() {
    int dot = domainName.indexOf('.');
    return dot < 0 ? domainName : domainName.substring(0, dot);
  }
}
