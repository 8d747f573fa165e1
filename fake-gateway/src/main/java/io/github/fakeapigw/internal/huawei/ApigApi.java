package io.github.fakeapigw.internal.huawei;

import java.util.List;

/**
 * One Huawei APIG API as the management API holds it: every field of the create/modify body
 * (normalized: enumerations upper-cased, defaults filled) plus what the gateway assigns (ids,
 * times, status). Field names are the wire names in camel case, so that a snake_case JSON mapper
 * round-trips every field. Immutable; sub-objects are records too.
 */
public record ApigApi(
    String name,
    Integer type,
    String version,
    String reqProtocol,
    String reqMethod,
    String reqUri,
    String authType,
    AuthOpt authOpt,
    String authorizerId,
    String tag,
    List<String> tags,
    Boolean cors,
    String matchMode,
    String backendType,
    String groupId,
    String remark,
    String bodyRemark,
    String resultNormalSample,
    String resultFailureSample,
    String responseId,
    String id,
    Integer status,
    Integer arrangeNecessary,
    String registerTime,
    String updateTime,
    String groupName,
    String runEnvName,
    String runEnvId,
    String publishId,
    BackendApi backendApi,
    MockInfo mockInfo,
    FuncInfo funcInfo,
    List<ReqParam> reqParams,
    List<BackendParam> backendParams,
    List<PolicyHttp> policyHttps,
    List<PolicyMock> policyMocks,
    List<PolicyFunction> policyFunctions) {

  /** {@code auth_opt}. */
  public record AuthOpt(String appCodeAuthType) {}

  /** {@code vpc_info}. */
  public record VpcInfo(String vpcId, String vpcProxyHost) {}

  /** {@code backend_api}: the HTTP backend. */
  public record BackendApi(
      String urlDomain,
      String reqProtocol,
      String reqMethod,
      String reqUri,
      Integer timeout,
      String version,
      String remark,
      Integer vpcStatus,
      VpcInfo vpcInfo,
      String authorizerId,
      String id,
      Integer status,
      String registerTime,
      String updateTime) {}

  /** {@code mock_info}. */
  public record MockInfo(
      String resultContent,
      String version,
      String remark,
      String id,
      Integer status,
      String registerTime,
      String updateTime) {}

  /** {@code func_info}: the FunctionGraph backend. */
  public record FuncInfo(
      String functionUrn,
      String invocationType,
      Integer timeout,
      String version,
      String remark,
      String id,
      Integer status,
      String registerTime,
      String updateTime) {}

  /** One of {@code req_params}: a frontend parameter. */
  public record ReqParam(
      String name,
      String type,
      String location,
      String defaultValue,
      String sampleValue,
      Integer required,
      Integer validEnable,
      String remark,
      String enumerations,
      Integer minNum,
      Integer maxNum,
      Integer minSize,
      Integer maxSize,
      String regular,
      String jsonSchema,
      String id) {}

  /** One of {@code backend_params}. */
  public record BackendParam(
      String name,
      String location,
      String origin,
      String value,
      String remark,
      String id,
      String reqParamId) {}

  /** One of a policy's {@code conditions}. */
  public record Condition(
      String conditionType,
      String conditionValue,
      String conditionOrigin,
      String reqParamName,
      String id,
      String reqParamId,
      String reqParamLocation) {}

  /** One of {@code policy_https}. */
  public record PolicyHttp(
      String name,
      String urlDomain,
      String reqProtocol,
      String reqMethod,
      String reqUri,
      Integer timeout,
      Integer vpcStatus,
      VpcInfo vpcInfo,
      String effectMode,
      List<Condition> conditions,
      List<BackendParam> backendParams,
      String id) {}

  /** One of {@code policy_mocks}. */
  public record PolicyMock(
      String name,
      String resultContent,
      String effectMode,
      List<Condition> conditions,
      List<BackendParam> backendParams,
      String id) {}

  /** One of {@code policy_functions}. */
  public record PolicyFunction(
      String name,
      String functionUrn,
      String invocationType,
      Integer timeout,
      String version,
      String effectMode,
      List<Condition> conditions,
      List<BackendParam> backendParams,
      String id) {}

  /** This API with the fields that say where it runs replaced (null clears them). */
  public ApigApi withRunEnv(String runEnvName, String runEnvId, String publishId) {
    return new ApigApi(
        name, type, version, reqProtocol, reqMethod, reqUri, authType, authOpt, authorizerId, tag,
        tags, cors, matchMode, backendType, groupId, remark, bodyRemark, resultNormalSample,
        resultFailureSample, responseId, id, status, arrangeNecessary, registerTime, updateTime,
        groupName, runEnvName, runEnvId, publishId, backendApi, mockInfo, funcInfo, reqParams,
        backendParams, policyHttps, policyMocks, policyFunctions);
  }

  /** This API renamed group-wise (the group's name is echoed on every API). */
  public ApigApi withGroupName(String groupName) {
    return new ApigApi(
        name, type, version, reqProtocol, reqMethod, reqUri, authType, authOpt, authorizerId, tag,
        tags, cors, matchMode, backendType, groupId, remark, bodyRemark, resultNormalSample,
        resultFailureSample, responseId, id, status, arrangeNecessary, registerTime, updateTime,
        groupName, runEnvName, runEnvId, publishId, backendApi, mockInfo, funcInfo, reqParams,
        backendParams, policyHttps, policyMocks, policyFunctions);
  }
}
