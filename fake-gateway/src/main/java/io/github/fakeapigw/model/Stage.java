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
}
