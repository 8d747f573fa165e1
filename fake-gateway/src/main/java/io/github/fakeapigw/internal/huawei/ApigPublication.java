package io.github.fakeapigw.internal.huawei;

/**
 * One publication of an API to an environment: the API exactly as it was when published (an
 * immutable snapshot, which is what serves at runtime while this version is the effective one).
 *
 * @param versionId the id of this published version
 * @param publishId the id of the publication record
 * @param versionNo the version number Huawei shows ({@code yyyyMMddHHmmss} of the publish time)
 * @param snapshot the API as published
 */
public record ApigPublication(
    String versionId,
    String publishId,
    String versionNo,
    String apiId,
    String apiName,
    String envId,
    String envName,
    String remark,
    String publishTime,
    ApigApi snapshot) {}
