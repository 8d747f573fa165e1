package io.github.fakeapigw.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A method's {@code Integration}.
 *
 * @param httpMethod the integration's own verb (the SDK's {@code integrationHttpMethod})
 * @param requestParameters {@code integration.request.{location}.{name}} to source expression
 * @param requestTemplates content type to Velocity template
 * @param integrationResponses status code to integration response
 */
public record Integration(
    IntegrationType type,
    Optional<String> httpMethod,
    Optional<String> uri,
    Optional<String> connectionType,
    Optional<String> connectionId,
    Optional<String> credentials,
    Map<String, String> requestParameters,
    Map<String, String> requestTemplates,
    Optional<String> passthroughBehavior,
    Optional<String> contentHandling,
    int timeoutInMillis,
    Optional<String> cacheNamespace,
    List<String> cacheKeyParameters,
    Map<String, IntegrationResponse> integrationResponses,
    Optional<TlsConfig> tlsConfig) {
  /** AWS's default and maximum integration timeout. */
  public static final int DEFAULT_TIMEOUT_MILLIS = 29_000;

  public Integration {
    java.util.Objects.requireNonNull(type, "type");
    httpMethod = httpMethod == null ? Optional.empty() : httpMethod;
    uri = uri == null ? Optional.empty() : uri;
    connectionType = connectionType == null ? Optional.empty() : connectionType;
    connectionId = connectionId == null ? Optional.empty() : connectionId;
    credentials = credentials == null ? Optional.empty() : credentials;
    requestParameters = Models.map(requestParameters);
    requestTemplates = Models.map(requestTemplates);
    passthroughBehavior = passthroughBehavior == null ? Optional.empty() : passthroughBehavior;
    contentHandling = contentHandling == null ? Optional.empty() : contentHandling;
    timeoutInMillis = timeoutInMillis == 0 ? DEFAULT_TIMEOUT_MILLIS : timeoutInMillis;
    cacheNamespace = cacheNamespace == null ? Optional.empty() : cacheNamespace;
    cacheKeyParameters = Models.list(cacheKeyParameters);
    integrationResponses = Models.map(integrationResponses);
    tlsConfig = tlsConfig == null ? Optional.empty() : tlsConfig;
  }

  /** {@code passthroughBehavior}, defaulting to AWS's {@code WHEN_NO_MATCH}. */
  public String effectivePassthroughBehavior() {
    return passthroughBehavior.orElse("WHEN_NO_MATCH");
  }

  /** A copy with {@code type} replaced. */
  public Integration withType(IntegrationType type) {
    return new Integration(type, httpMethod, uri, connectionType, connectionId, credentials, requestParameters, requestTemplates, passthroughBehavior, contentHandling, timeoutInMillis, cacheNamespace, cacheKeyParameters, integrationResponses, tlsConfig);
  }

  /** A copy with {@code httpMethod} replaced. */
  public Integration withHttpMethod(Optional<String> httpMethod) {
    return new Integration(type, httpMethod, uri, connectionType, connectionId, credentials, requestParameters, requestTemplates, passthroughBehavior, contentHandling, timeoutInMillis, cacheNamespace, cacheKeyParameters, integrationResponses, tlsConfig);
  }

  /** A copy with {@code uri} replaced. */
  public Integration withUri(Optional<String> uri) {
    return new Integration(type, httpMethod, uri, connectionType, connectionId, credentials, requestParameters, requestTemplates, passthroughBehavior, contentHandling, timeoutInMillis, cacheNamespace, cacheKeyParameters, integrationResponses, tlsConfig);
  }

  /** A copy with {@code connectionType} replaced. */
  public Integration withConnectionType(Optional<String> connectionType) {
    return new Integration(type, httpMethod, uri, connectionType, connectionId, credentials, requestParameters, requestTemplates, passthroughBehavior, contentHandling, timeoutInMillis, cacheNamespace, cacheKeyParameters, integrationResponses, tlsConfig);
  }

  /** A copy with {@code connectionId} replaced. */
  public Integration withConnectionId(Optional<String> connectionId) {
    return new Integration(type, httpMethod, uri, connectionType, connectionId, credentials, requestParameters, requestTemplates, passthroughBehavior, contentHandling, timeoutInMillis, cacheNamespace, cacheKeyParameters, integrationResponses, tlsConfig);
  }

  /** A copy with {@code credentials} replaced. */
  public Integration withCredentials(Optional<String> credentials) {
    return new Integration(type, httpMethod, uri, connectionType, connectionId, credentials, requestParameters, requestTemplates, passthroughBehavior, contentHandling, timeoutInMillis, cacheNamespace, cacheKeyParameters, integrationResponses, tlsConfig);
  }

  /** A copy with {@code requestParameters} replaced. */
  public Integration withRequestParameters(Map<String, String> requestParameters) {
    return new Integration(type, httpMethod, uri, connectionType, connectionId, credentials, requestParameters, requestTemplates, passthroughBehavior, contentHandling, timeoutInMillis, cacheNamespace, cacheKeyParameters, integrationResponses, tlsConfig);
  }

  /** A copy with {@code requestTemplates} replaced. */
  public Integration withRequestTemplates(Map<String, String> requestTemplates) {
    return new Integration(type, httpMethod, uri, connectionType, connectionId, credentials, requestParameters, requestTemplates, passthroughBehavior, contentHandling, timeoutInMillis, cacheNamespace, cacheKeyParameters, integrationResponses, tlsConfig);
  }

  /** A copy with {@code passthroughBehavior} replaced. */
  public Integration withPassthroughBehavior(Optional<String> passthroughBehavior) {
    return new Integration(type, httpMethod, uri, connectionType, connectionId, credentials, requestParameters, requestTemplates, passthroughBehavior, contentHandling, timeoutInMillis, cacheNamespace, cacheKeyParameters, integrationResponses, tlsConfig);
  }

  /** A copy with {@code contentHandling} replaced. */
  public Integration withContentHandling(Optional<String> contentHandling) {
    return new Integration(type, httpMethod, uri, connectionType, connectionId, credentials, requestParameters, requestTemplates, passthroughBehavior, contentHandling, timeoutInMillis, cacheNamespace, cacheKeyParameters, integrationResponses, tlsConfig);
  }

  /** A copy with {@code timeoutInMillis} replaced. */
  public Integration withTimeoutInMillis(int timeoutInMillis) {
    return new Integration(type, httpMethod, uri, connectionType, connectionId, credentials, requestParameters, requestTemplates, passthroughBehavior, contentHandling, timeoutInMillis, cacheNamespace, cacheKeyParameters, integrationResponses, tlsConfig);
  }

  /** A copy with {@code cacheNamespace} replaced. */
  public Integration withCacheNamespace(Optional<String> cacheNamespace) {
    return new Integration(type, httpMethod, uri, connectionType, connectionId, credentials, requestParameters, requestTemplates, passthroughBehavior, contentHandling, timeoutInMillis, cacheNamespace, cacheKeyParameters, integrationResponses, tlsConfig);
  }

  /** A copy with {@code cacheKeyParameters} replaced. */
  public Integration withCacheKeyParameters(List<String> cacheKeyParameters) {
    return new Integration(type, httpMethod, uri, connectionType, connectionId, credentials, requestParameters, requestTemplates, passthroughBehavior, contentHandling, timeoutInMillis, cacheNamespace, cacheKeyParameters, integrationResponses, tlsConfig);
  }

  /** A copy with {@code integrationResponses} replaced. */
  public Integration withIntegrationResponses(Map<String, IntegrationResponse> integrationResponses) {
    return new Integration(type, httpMethod, uri, connectionType, connectionId, credentials, requestParameters, requestTemplates, passthroughBehavior, contentHandling, timeoutInMillis, cacheNamespace, cacheKeyParameters, integrationResponses, tlsConfig);
  }

  /** A copy with {@code tlsConfig} replaced. */
  public Integration withTlsConfig(Optional<TlsConfig> tlsConfig) {
    return new Integration(type, httpMethod, uri, connectionType, connectionId, credentials, requestParameters, requestTemplates, passthroughBehavior, contentHandling, timeoutInMillis, cacheNamespace, cacheKeyParameters, integrationResponses, tlsConfig);
  }
}
