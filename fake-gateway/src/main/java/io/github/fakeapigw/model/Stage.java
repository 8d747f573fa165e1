package io.github.fakeapigw.model;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** A {@code Stage}: a name under which a deployment (and maybe a canary) is served. */
public record Stage(
    String stageName,
    String deploymentId,
    Optional<String> description,
    Optional<String> clientCertificateId,
    boolean cacheClusterEnabled,
    Optional<String> cacheClusterSize,
    String cacheClusterStatus,
    Map<String, MethodSetting> methodSettings,
    Map<String, String> variables,
    Optional<String> documentationVersion,
    Optional<AccessLogSettings> accessLogSettings,
    Optional<CanarySettings> canarySettings,
    boolean tracingEnabled,
    Optional<String> webAclArn,
    Map<String, String> tags,
    Instant createdDate,
    Instant lastUpdatedDate) {
  public Stage {
    java.util.Objects.requireNonNull(stageName, "stageName");
    java.util.Objects.requireNonNull(deploymentId, "deploymentId");
    description = description == null ? Optional.empty() : description;
    clientCertificateId = clientCertificateId == null ? Optional.empty() : clientCertificateId;
    cacheClusterSize = cacheClusterSize == null ? Optional.empty() : cacheClusterSize;
    cacheClusterStatus = cacheClusterStatus == null ? "NOT_AVAILABLE" : cacheClusterStatus;
    methodSettings = Models.map(methodSettings);
    variables = Models.map(variables);
    documentationVersion = documentationVersion == null ? Optional.empty() : documentationVersion;
    accessLogSettings = accessLogSettings == null ? Optional.empty() : accessLogSettings;
    canarySettings = canarySettings == null ? Optional.empty() : canarySettings;
    webAclArn = webAclArn == null ? Optional.empty() : webAclArn;
    tags = Models.map(tags);
  }

  /** A copy with {@code stageName} replaced. */
  public Stage withStageName(String stageName) {
    return new Stage(stageName, deploymentId, description, clientCertificateId, cacheClusterEnabled, cacheClusterSize, cacheClusterStatus, methodSettings, variables, documentationVersion, accessLogSettings, canarySettings, tracingEnabled, webAclArn, tags, createdDate, lastUpdatedDate);
  }

  /** A copy with {@code deploymentId} replaced. */
  public Stage withDeploymentId(String deploymentId) {
    return new Stage(stageName, deploymentId, description, clientCertificateId, cacheClusterEnabled, cacheClusterSize, cacheClusterStatus, methodSettings, variables, documentationVersion, accessLogSettings, canarySettings, tracingEnabled, webAclArn, tags, createdDate, lastUpdatedDate);
  }

  /** A copy with {@code description} replaced. */
  public Stage withDescription(Optional<String> description) {
    return new Stage(stageName, deploymentId, description, clientCertificateId, cacheClusterEnabled, cacheClusterSize, cacheClusterStatus, methodSettings, variables, documentationVersion, accessLogSettings, canarySettings, tracingEnabled, webAclArn, tags, createdDate, lastUpdatedDate);
  }

  /** A copy with {@code clientCertificateId} replaced. */
  public Stage withClientCertificateId(Optional<String> clientCertificateId) {
    return new Stage(stageName, deploymentId, description, clientCertificateId, cacheClusterEnabled, cacheClusterSize, cacheClusterStatus, methodSettings, variables, documentationVersion, accessLogSettings, canarySettings, tracingEnabled, webAclArn, tags, createdDate, lastUpdatedDate);
  }

  /** A copy with {@code cacheClusterEnabled} replaced. */
  public Stage withCacheClusterEnabled(boolean cacheClusterEnabled) {
    return new Stage(stageName, deploymentId, description, clientCertificateId, cacheClusterEnabled, cacheClusterSize, cacheClusterStatus, methodSettings, variables, documentationVersion, accessLogSettings, canarySettings, tracingEnabled, webAclArn, tags, createdDate, lastUpdatedDate);
  }

  /** A copy with {@code cacheClusterSize} replaced. */
  public Stage withCacheClusterSize(Optional<String> cacheClusterSize) {
    return new Stage(stageName, deploymentId, description, clientCertificateId, cacheClusterEnabled, cacheClusterSize, cacheClusterStatus, methodSettings, variables, documentationVersion, accessLogSettings, canarySettings, tracingEnabled, webAclArn, tags, createdDate, lastUpdatedDate);
  }

  /** A copy with {@code cacheClusterStatus} replaced. */
  public Stage withCacheClusterStatus(String cacheClusterStatus) {
    return new Stage(stageName, deploymentId, description, clientCertificateId, cacheClusterEnabled, cacheClusterSize, cacheClusterStatus, methodSettings, variables, documentationVersion, accessLogSettings, canarySettings, tracingEnabled, webAclArn, tags, createdDate, lastUpdatedDate);
  }

  /** A copy with {@code methodSettings} replaced. */
  public Stage withMethodSettings(Map<String, MethodSetting> methodSettings) {
    return new Stage(stageName, deploymentId, description, clientCertificateId, cacheClusterEnabled, cacheClusterSize, cacheClusterStatus, methodSettings, variables, documentationVersion, accessLogSettings, canarySettings, tracingEnabled, webAclArn, tags, createdDate, lastUpdatedDate);
  }

  /** A copy with {@code variables} replaced. */
  public Stage withVariables(Map<String, String> variables) {
    return new Stage(stageName, deploymentId, description, clientCertificateId, cacheClusterEnabled, cacheClusterSize, cacheClusterStatus, methodSettings, variables, documentationVersion, accessLogSettings, canarySettings, tracingEnabled, webAclArn, tags, createdDate, lastUpdatedDate);
  }

  /** A copy with {@code documentationVersion} replaced. */
  public Stage withDocumentationVersion(Optional<String> documentationVersion) {
    return new Stage(stageName, deploymentId, description, clientCertificateId, cacheClusterEnabled, cacheClusterSize, cacheClusterStatus, methodSettings, variables, documentationVersion, accessLogSettings, canarySettings, tracingEnabled, webAclArn, tags, createdDate, lastUpdatedDate);
  }

  /** A copy with {@code accessLogSettings} replaced. */
  public Stage withAccessLogSettings(Optional<AccessLogSettings> accessLogSettings) {
    return new Stage(stageName, deploymentId, description, clientCertificateId, cacheClusterEnabled, cacheClusterSize, cacheClusterStatus, methodSettings, variables, documentationVersion, accessLogSettings, canarySettings, tracingEnabled, webAclArn, tags, createdDate, lastUpdatedDate);
  }

  /** A copy with {@code canarySettings} replaced. */
  public Stage withCanarySettings(Optional<CanarySettings> canarySettings) {
    return new Stage(stageName, deploymentId, description, clientCertificateId, cacheClusterEnabled, cacheClusterSize, cacheClusterStatus, methodSettings, variables, documentationVersion, accessLogSettings, canarySettings, tracingEnabled, webAclArn, tags, createdDate, lastUpdatedDate);
  }

  /** A copy with {@code tracingEnabled} replaced. */
  public Stage withTracingEnabled(boolean tracingEnabled) {
    return new Stage(stageName, deploymentId, description, clientCertificateId, cacheClusterEnabled, cacheClusterSize, cacheClusterStatus, methodSettings, variables, documentationVersion, accessLogSettings, canarySettings, tracingEnabled, webAclArn, tags, createdDate, lastUpdatedDate);
  }

  /** A copy with {@code webAclArn} replaced. */
  public Stage withWebAclArn(Optional<String> webAclArn) {
    return new Stage(stageName, deploymentId, description, clientCertificateId, cacheClusterEnabled, cacheClusterSize, cacheClusterStatus, methodSettings, variables, documentationVersion, accessLogSettings, canarySettings, tracingEnabled, webAclArn, tags, createdDate, lastUpdatedDate);
  }

  /** A copy with {@code tags} replaced. */
  public Stage withTags(Map<String, String> tags) {
    return new Stage(stageName, deploymentId, description, clientCertificateId, cacheClusterEnabled, cacheClusterSize, cacheClusterStatus, methodSettings, variables, documentationVersion, accessLogSettings, canarySettings, tracingEnabled, webAclArn, tags, createdDate, lastUpdatedDate);
  }

  /** A copy with {@code createdDate} replaced. */
  public Stage withCreatedDate(Instant createdDate) {
    return new Stage(stageName, deploymentId, description, clientCertificateId, cacheClusterEnabled, cacheClusterSize, cacheClusterStatus, methodSettings, variables, documentationVersion, accessLogSettings, canarySettings, tracingEnabled, webAclArn, tags, createdDate, lastUpdatedDate);
  }

  /** A copy with {@code lastUpdatedDate} replaced. */
  public Stage withLastUpdatedDate(Instant lastUpdatedDate) {
    return new Stage(stageName, deploymentId, description, clientCertificateId, cacheClusterEnabled, cacheClusterSize, cacheClusterStatus, methodSettings, variables, documentationVersion, accessLogSettings, canarySettings, tracingEnabled, webAclArn, tags, createdDate, lastUpdatedDate);
  }
}
