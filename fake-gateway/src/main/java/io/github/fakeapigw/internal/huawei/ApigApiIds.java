package io.github.fakeapigw.internal.huawei;

import io.github.fakeapigw.internal.huawei.ApigApi.BackendApi;
import io.github.fakeapigw.internal.huawei.ApigApi.BackendParam;
import io.github.fakeapigw.internal.huawei.ApigApi.Condition;
import io.github.fakeapigw.internal.huawei.ApigApi.FuncInfo;
import io.github.fakeapigw.internal.huawei.ApigApi.MockInfo;
import io.github.fakeapigw.internal.huawei.ApigApi.PolicyFunction;
import io.github.fakeapigw.internal.huawei.ApigApi.PolicyHttp;
import io.github.fakeapigw.internal.huawei.ApigApi.PolicyMock;
import io.github.fakeapigw.internal.huawei.ApigApi.ReqParam;
import java.util.List;
import java.util.function.Supplier;

/**
 * Gives a validated API request what the gateway assigns: its id, the ids of every sub-object,
 * the times and statuses, and the {@code req_param_id}/{@code req_param_location} that tie
 * backend parameters and policy conditions to the frontend parameter they name.
 */
final class ApigApiIds {
  private ApigApiIds() {}

  static ApigApi assign(ApigApi r, ApigApi current, String id, String groupName,
      String registerTime, String updateTime, Supplier<String> ids) {
    List<ReqParam> reqParams = r.reqParams() == null ? null : r.reqParams().stream()
        .map(p -> new ReqParam(p.name(), p.type(), p.location(), p.defaultValue(), p.sampleValue(),
            p.required(), p.validEnable(), p.remark(), p.enumerations(), p.minNum(), p.maxNum(),
            p.minSize(), p.maxSize(), p.regular(), p.jsonSchema(), ids.get()))
        .toList();
    List<ReqParam> known = reqParams == null ? List.of() : reqParams;
    BackendApi b = r.backendApi();
    if (b != null) {
      String backendId = current != null && current.backendApi() != null
          ? current.backendApi().id() : ids.get();
      String backendRegistered = current != null && current.backendApi() != null
          ? current.backendApi().registerTime() : registerTime;
      b = new BackendApi(b.urlDomain(), b.reqProtocol(), b.reqMethod(), b.reqUri(), b.timeout(),
          b.version(), b.remark(), b.vpcStatus(), b.vpcInfo(), b.authorizerId(), backendId, 1,
          backendRegistered, updateTime);
    }
    MockInfo m = r.mockInfo();
    if (m != null) {
      m = new MockInfo(m.resultContent(), m.version(), m.remark(), ids.get(), 1, registerTime,
          updateTime);
    }
    FuncInfo f = r.funcInfo();
    if (f != null) {
      f = new FuncInfo(f.functionUrn(), f.invocationType(), f.timeout(), f.version(), f.remark(),
          ids.get(), 1, registerTime, updateTime);
    }
    List<PolicyHttp> https = r.policyHttps() == null ? null : r.policyHttps().stream()
        .map(p -> new PolicyHttp(p.name(), p.urlDomain(), p.reqProtocol(), p.reqMethod(),
            p.reqUri(), p.timeout(), p.vpcStatus(), p.vpcInfo(), p.effectMode(),
            conditions(p.conditions(), known, ids), backendParams(p.backendParams(), known, ids),
            ids.get()))
        .toList();
    List<PolicyMock> mocks = r.policyMocks() == null ? null : r.policyMocks().stream()
        .map(p -> new PolicyMock(p.name(), p.resultContent(), p.effectMode(),
            conditions(p.conditions(), known, ids), backendParams(p.backendParams(), known, ids),
            ids.get()))
        .toList();
    List<PolicyFunction> functions = r.policyFunctions() == null ? null
        : r.policyFunctions().stream()
            .map(p -> new PolicyFunction(p.name(), p.functionUrn(), p.invocationType(),
                p.timeout(), p.version(), p.effectMode(), conditions(p.conditions(), known, ids),
                backendParams(p.backendParams(), known, ids), ids.get()))
            .toList();
    String groupId = current == null ? r.groupId() : current.groupId();
    return new ApigApi(r.name(), r.type(), r.version(), r.reqProtocol(), r.reqMethod(),
        r.reqUri(), r.authType(), r.authOpt(), r.authorizerId(), r.tag(), r.tags(), r.cors(),
        r.matchMode(), r.backendType(), groupId, r.remark(), r.bodyRemark(),
        r.resultNormalSample(), r.resultFailureSample(), r.responseId(), id, 1, 2, registerTime,
        updateTime, groupName, null, null, null, b, m, f, reqParams,
        backendParams(r.backendParams(), known, ids), https, mocks, functions);
  }

  private static List<BackendParam> backendParams(
      List<BackendParam> params, List<ReqParam> known, Supplier<String> ids) {
    if (params == null) {
      return null;
    }
    return params.stream()
        .map(p -> new BackendParam(p.name(), p.location(), p.origin(), p.value(), p.remark(),
            ids.get(), "REQUEST".equals(p.origin()) ? idOf(p.value(), known) : null))
        .toList();
  }

  private static List<Condition> conditions(
      List<Condition> conditions, List<ReqParam> known, Supplier<String> ids) {
    if (conditions == null) {
      return null;
    }
    return conditions.stream()
        .map(c -> {
          ReqParam p = "param".equals(c.conditionOrigin()) ? find(c.reqParamName(), known) : null;
          return new Condition(c.conditionType(), c.conditionValue(), c.conditionOrigin(),
              c.reqParamName(), ids.get(), p == null ? null : p.id(),
              p == null ? null : p.location());
        })
        .toList();
  }

  private static String idOf(String name, List<ReqParam> known) {
    ReqParam p = find(name, known);
    return p == null ? null : p.id();
  }

  private static ReqParam find(String name, List<ReqParam> known) {
    return known.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst().orElse(null);
  }
}
