package io.github.fakeapigw.internal.management.huawei;

import io.github.fakeapigw.internal.huawei.ApigApi;
import io.github.fakeapigw.internal.huawei.ApigApi.AuthOpt;
import io.github.fakeapigw.internal.huawei.ApigApi.BackendApi;
import io.github.fakeapigw.internal.huawei.ApigApi.BackendParam;
import io.github.fakeapigw.internal.huawei.ApigApi.Condition;
import io.github.fakeapigw.internal.huawei.ApigApi.FuncInfo;
import io.github.fakeapigw.internal.huawei.ApigApi.MockInfo;
import io.github.fakeapigw.internal.huawei.ApigApi.PolicyFunction;
import io.github.fakeapigw.internal.huawei.ApigApi.PolicyHttp;
import io.github.fakeapigw.internal.huawei.ApigApi.PolicyMock;
import io.github.fakeapigw.internal.huawei.ApigApi.ReqParam;
import io.github.fakeapigw.internal.huawei.ApigApi.VpcInfo;
import io.github.fakeapigw.internal.huawei.ApigException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rules of Huawei's "Creating an API" / "Modifying an API" pages, applied to a create or
 * modify body: each broken rule answers the code and message APIG does (APIG.2001 for a missing
 * parameter, APIG.2012 naming the offending one, APIG.2026/2027/2028 for undeclared parameters,
 * APIG.3209/3210 for duplicates). A valid body comes back normalized: enumerations upper-cased
 * (as the reference example answers {@code "auth_type":"app"} with {@code "APP"}), defaults
 * filled in, out-of-range timeouts replaced by 45000.
 */
final class ApiRequestRules {
  static final int DEFAULT_TIMEOUT = 45000;
  private static final int MAX_POLICIES = 5;

  static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{2,63}");
  private static final Pattern PARAM_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,31}");
  private static final Pattern URI = Pattern.compile("/[A-Za-z0-9\\-._~!$&'()*+,;=:@/{}%#]*");
  private static final Pattern PATH_PARAM = Pattern.compile("\\{([^{}/]+?)(\\+)?}");
  private static final String VARIABLE = "#[A-Za-z][A-Za-z0-9_-]{2,31}#";
  private static final Pattern URL_DOMAIN =
      Pattern.compile("(?:[A-Za-z0-9.\\-]|" + VARIABLE + ")+(?::(?:\\d{1,5}|" + VARIABLE + "))?");
  private static final Set<String> METHODS =
      Set.of("GET", "POST", "PUT", "DELETE", "HEAD", "PATCH", "OPTIONS", "ANY");

  private ApiRequestRules() {}

  /** Checks a create ({@code create} true) or modify body and returns it normalized. */
  static ApigApi normalize(ApigApi r, boolean create) {
    if (create) {
      required("group_id", r.groupId());
    }
    name("name", r.name());
    required("type", r.type());
    oneOf("type", r.type(), 1, 2);
    maxLength("version", r.version(), 16);
    String reqProtocol = upper("req_protocol", r.reqProtocol(), "HTTPS",
        Set.of("HTTP", "HTTPS", "BOTH", "WEBSOCKET"));
    String reqMethod = upper("req_method", required("req_method", r.reqMethod()), null, METHODS);
    String reqUri = uri("req_uri", required("req_uri", r.reqUri()), 512);
    String matchMode = upper("match_mode", r.matchMode(), "NORMAL", Set.of("NORMAL", "SWA"));
    maxLength("remark", r.remark(), 255);
    String authType = upper("auth_type", required("auth_type", r.authType()), null,
        Set.of("NONE", "APP", "IAM", "AUTHORIZER"));
    String appCode = upper("app_code_auth_type",
        r.authOpt() == null ? null : r.authOpt().appCodeAuthType(), "DISABLE",
        Set.of("DISABLE", "HEADER"));
    if ("HEADER".equals(appCode) && !"APP".equals(authType)) {
      throw ApigException.invalid("app_code_auth_type");
    }
    String backendType = upper("backend_type", required("backend_type", r.backendType()), null,
        Set.of("HTTP", "FUNCTION", "MOCK"));
    tags(r.tags());
    maxLength("body_remark", r.bodyRemark(), 20480);
    maxLength("result_normal_sample", r.resultNormalSample(), 20480);
    maxLength("result_failure_sample", r.resultFailureSample(), 20480);

    List<ReqParam> reqParams = reqParams(r.reqParams());
    for (String pathParam : pathParams(reqUri)) {
      boolean declared = reqParams.stream()
          .anyMatch(p -> p.location().equals("PATH") && p.name().equals(pathParam));
      if (!declared) {
        throw new ApigException(400, "APIG.2026", "The request path parameters are not defined.");
      }
    }
    List<BackendParam> backendParams = backendParams(r.backendParams(), reqParams);

    BackendApi backendApi = null;
    MockInfo mockInfo = null;
    FuncInfo funcInfo = null;
    switch (backendType) {
      case "HTTP" -> {
        backendApi = backendApi(required("backend_api", r.backendApi()));
        requireBackendPathParams(backendApi.reqUri(), backendParams);
      }
      case "MOCK" -> mockInfo = mockInfo(required("mock_info", r.mockInfo()));
      default -> funcInfo = funcInfo(required("func_info", r.funcInfo()));
    }
    List<PolicyHttp> policyHttps = null;
    List<PolicyMock> policyMocks = null;
    List<PolicyFunction> policyFunctions = null;
    requireOnlyPolicyOf(backendType, r);
    Set<String> policyNames = new HashSet<>();
    if (r.policyHttps() != null) {
      maxPolicies(r.policyHttps().size());
      policyHttps = new ArrayList<>();
      for (PolicyHttp p : r.policyHttps()) {
        policyName(p.name(), policyNames);
        String domain = p.vpcStatus() != null && p.vpcStatus() == 1 ? p.urlDomain()
            : required("url_domain", p.urlDomain());
        urlDomain(domain);
        Integer vpcStatus = vpcStatus(p.vpcStatus(), p.vpcInfo());
        String policyUri = uri("req_uri", required("req_uri", p.reqUri()), 512);
        List<BackendParam> own = backendParams(p.backendParams(), reqParams);
        requireBackendPathParams(policyUri, own == null ? backendParams : own);
        policyHttps.add(new PolicyHttp(p.name(), domain,
            upper("req_protocol", required("req_protocol", p.reqProtocol()), null,
                Set.of("HTTP", "HTTPS")),
            upper("req_method", required("req_method", p.reqMethod()), null, METHODS),
            policyUri, timeout(p.timeout()), vpcStatus, p.vpcInfo(),
            effectMode(p.effectMode()), conditions(p.conditions(), reqParams), own, null));
      }
    }
    if (r.policyMocks() != null) {
      maxPolicies(r.policyMocks().size());
      policyMocks = new ArrayList<>();
      for (PolicyMock p : r.policyMocks()) {
        policyName(p.name(), policyNames);
        policyMocks.add(new PolicyMock(p.name(), p.resultContent(), effectMode(p.effectMode()),
            conditions(p.conditions(), reqParams), backendParams(p.backendParams(), reqParams),
            null));
      }
    }
    if (r.policyFunctions() != null) {
      maxPolicies(r.policyFunctions().size());
      policyFunctions = new ArrayList<>();
      for (PolicyFunction p : r.policyFunctions()) {
        policyName(p.name(), policyNames);
        maxLength("version", p.version(), 64);
        policyFunctions.add(new PolicyFunction(p.name(),
            required("function_urn", p.functionUrn()),
            invocationType(p.invocationType()), timeout(p.timeout()), p.version(),
            effectMode(p.effectMode()), conditions(p.conditions(), reqParams),
            backendParams(p.backendParams(), reqParams), null));
      }
    }
    return new ApigApi(r.name(), r.type(), r.version(), reqProtocol, reqMethod, reqUri, authType,
        new AuthOpt(appCode), r.authorizerId(), r.tag(), r.tags(),
        r.cors() != null && r.cors(), matchMode, backendType, r.groupId(), r.remark(),
        r.bodyRemark(), r.resultNormalSample(), r.resultFailureSample(), r.responseId(), null,
        null, null, null, null, null, null, null, null, backendApi, mockInfo, funcInfo,
        r.reqParams() == null ? null : reqParams, backendParams, policyHttps, policyMocks,
        policyFunctions);
  }

  private static List<ReqParam> reqParams(List<ReqParam> params) {
    List<ReqParam> out = new ArrayList<>();
    if (params == null) {
      return out;
    }
    Set<String> names = new HashSet<>();
    for (ReqParam p : params) {
      parameterName("name", p.name());
      String location = upper("location", required("location", p.location()), null,
          Set.of("PATH", "QUERY", "HEADER"));
      if (location.equals("HEADER") && (p.name().equalsIgnoreCase("Authorization")
          || p.name().equalsIgnoreCase("X-Auth-Token") || p.name().contains("_"))) {
        throw ApigException.invalid("name");
      }
      if (!names.add(p.name().toLowerCase(Locale.ROOT))) {
        throw new ApigException(400, "APIG.3209", "The parameter name already exists.");
      }
      String type = upper("type", required("type", p.type()), null, Set.of("STRING", "NUMBER"));
      oneOf("required", p.required(), 1, 2);
      oneOf("valid_enable", p.validEnable(), 1, 2);
      maxLength("remark", p.remark(), 255);
      Integer required = location.equals("PATH") ? Integer.valueOf(1)
          : p.required() == null ? Integer.valueOf(2) : p.required();
      Integer validEnable = p.validEnable() == null ? Integer.valueOf(2) : p.validEnable();
      if (p.minNum() != null && p.maxNum() != null && p.minNum() > p.maxNum()) {
        throw ApigException.invalid("min_num");
      }
      if (p.minSize() != null && p.maxSize() != null && p.minSize() > p.maxSize()) {
        throw ApigException.invalid("min_size");
      }
      out.add(new ReqParam(p.name(), type, location, p.defaultValue(), p.sampleValue(), required,
          validEnable, p.remark(), p.enumerations(), p.minNum(), p.maxNum(), p.minSize(),
          p.maxSize(), p.regular(), p.jsonSchema(), null));
    }
    return out;
  }

  private static List<BackendParam> backendParams(
      List<BackendParam> params, List<ReqParam> reqParams) {
    if (params == null) {
      return null;
    }
    List<BackendParam> out = new ArrayList<>();
    for (BackendParam p : params) {
      parameterName("name", p.name());
      String location = upper("location", required("location", p.location()), null,
          Set.of("PATH", "QUERY", "HEADER"));
      String origin = upper("origin", required("origin", p.origin()), null,
          Set.of("REQUEST", "CONSTANT", "SYSTEM"));
      maxLength("value", required("value", p.value()), 255);
      maxLength("remark", p.remark(), 255);
      if (origin.equals("REQUEST")
          && reqParams.stream().noneMatch(q -> q.name().equalsIgnoreCase(p.value()))) {
        throw new ApigException(400, "APIG.2028",
            "The request parameters mapped to the backend parameters are not defined.");
      }
      out.add(new BackendParam(p.name(), location, origin, p.value(), p.remark(), null, null));
    }
    return out;
  }

  private static void requireBackendPathParams(String uri, List<BackendParam> params) {
    for (String name : pathParams(uri)) {
      boolean declared = params != null && params.stream()
          .anyMatch(p -> p.location().equals("PATH") && p.name().equals(name));
      if (!declared) {
        throw new ApigException(400, "APIG.2027", "The backend path parameters are not defined.");
      }
    }
  }

  private static BackendApi backendApi(BackendApi b) {
    Integer vpcStatus = vpcStatus(b.vpcStatus(), b.vpcInfo());
    String domain = vpcStatus == 1 ? b.urlDomain() : required("url_domain", b.urlDomain());
    urlDomain(domain);
    String protocol = upper("req_protocol", required("req_protocol", b.reqProtocol()), null,
        Set.of("HTTP", "HTTPS"));
    String method = upper("req_method", required("req_method", b.reqMethod()), null, METHODS);
    String uri = uri("req_uri", required("req_uri", b.reqUri()), 512);
    maxLength("version", b.version(), 16);
    maxLength("remark", b.remark(), 255);
    return new BackendApi(domain, protocol, method, uri, timeout(b.timeout()), b.version(),
        b.remark(), vpcStatus, b.vpcInfo(), b.authorizerId(), null, null, null, null);
  }

  private static MockInfo mockInfo(MockInfo m) {
    maxLength("version", m.version(), 64);
    maxLength("remark", m.remark(), 255);
    return new MockInfo(m.resultContent(), m.version(), m.remark(), null, null, null, null);
  }

  private static FuncInfo funcInfo(FuncInfo f) {
    maxLength("version", f.version(), 64);
    maxLength("remark", f.remark(), 255);
    return new FuncInfo(required("function_urn", f.functionUrn()),
        invocationType(required("invocation_type", f.invocationType())), timeout(f.timeout()),
        f.version(), f.remark(), null, null, null, null);
  }

  private static List<Condition> conditions(List<Condition> conditions, List<ReqParam> params) {
    if (conditions == null || conditions.isEmpty()) {
      throw ApigException.missing("conditions");
    }
    List<Condition> out = new ArrayList<>();
    for (Condition c : conditions) {
      String origin = lower("condition_origin", required("condition_origin", c.conditionOrigin()),
          Set.of("param", "source"));
      String value = required("condition_value", c.conditionValue());
      String type = c.conditionType();
      if (origin.equals("param")) {
        type = lower("condition_type", required("condition_type", type),
            Set.of("exact", "enum", "pattern"));
        String paramName = required("req_param_name", c.reqParamName());
        if (params.stream().noneMatch(p -> p.name().equalsIgnoreCase(paramName))) {
          throw ApigException.invalid("req_param_name");
        }
        if (type.equals("pattern")) {
          try {
            Pattern.compile(value);
          } catch (PatternSyntaxException e) {
            throw ApigException.invalid("condition_value");
          }
        }
      } else if (type != null) {
        type = lower("condition_type", type, Set.of("exact", "enum", "pattern"));
      }
      out.add(new Condition(type, value, origin, c.reqParamName(), null, null, null));
    }
    return out;
  }

  private static void requireOnlyPolicyOf(String backendType, ApigApi r) {
    if (r.policyHttps() != null && !r.policyHttps().isEmpty() && !backendType.equals("HTTP")) {
      throw ApigException.invalid("policy_https");
    }
    if (r.policyMocks() != null && !r.policyMocks().isEmpty() && !backendType.equals("MOCK")) {
      throw ApigException.invalid("policy_mocks");
    }
    if (r.policyFunctions() != null && !r.policyFunctions().isEmpty()
        && !backendType.equals("FUNCTION")) {
      throw ApigException.invalid("policy_functions");
    }
  }

  private static void maxPolicies(int n) {
    if (n > MAX_POLICIES) {
      throw new ApigException(403, "APIG.3113",
          "The number of backend policies has reached the upper limit.");
    }
  }

  private static void policyName(String name, Set<String> seen) {
    name("name", name);
    if (!seen.add(name)) {
      throw new ApigException(400, "APIG.3210", "The backend policy name already exists.");
    }
  }

  private static String effectMode(String mode) {
    return upper("effect_mode", required("effect_mode", mode), null, Set.of("ALL", "ANY"));
  }

  private static String invocationType(String type) {
    return lower("invocation_type", required("invocation_type", type), Set.of("async", "sync"));
  }

  private static Integer vpcStatus(Integer vpcStatus, VpcInfo vpcInfo) {
    oneOf("vpc_status", vpcStatus, 1, 2);
    if (vpcStatus != null && vpcStatus == 1) {
      required("vpc_info", vpcInfo);
      required("vpc_id", vpcInfo.vpcId());
    }
    return vpcStatus == null ? Integer.valueOf(2) : vpcStatus;
  }

  /** Huawei replaces an out-of-range timeout by the default rather than rejecting it. */
  private static Integer timeout(Integer timeout) {
    return timeout == null || timeout < 1 || timeout > 60000 ? DEFAULT_TIMEOUT : timeout;
  }

  private static void urlDomain(String domain) {
    if (domain == null) {
      return;
    }
    if (domain.length() > 255 || !URL_DOMAIN.matcher(domain).matches()) {
      throw new ApigException(400, "APIG.2024", "Invalid URL domain.");
    }
    int colon = domain.lastIndexOf(':');
    if (colon > 0 && !domain.substring(colon + 1).startsWith("#")) {
      int port = Integer.parseInt(domain.substring(colon + 1));
      if (port < 1 || port > 65535) {
        throw new ApigException(400, "APIG.2025", "Invalid port.");
      }
    }
  }

  private static void tags(List<String> tags) {
    if (tags == null) {
      return;
    }
    long serviceTags = tags.stream().filter(t -> t != null && t.startsWith("APIG-SN-")).count();
    if (serviceTags > 1 || tags.stream().anyMatch(t -> t == null || t.isEmpty())) {
      throw ApigException.invalid("tags");
    }
  }

  /** The {@code {name}} and {@code {name+}} placeholders of a path, by name. */
  static List<String> pathParams(String uri) {
    List<String> out = new ArrayList<>();
    Matcher m = PATH_PARAM.matcher(uri);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static String uri(String field, String uri, int max) {
    if (uri.length() > max || !URI.matcher(uri).matches() || uri.contains("//")) {
      throw ApigException.invalid(field);
    }
    return uri;
  }

  static void name(String field, String value) {
    required(field, value);
    if (!NAME.matcher(value).matches()) {
      throw ApigException.invalid(field);
    }
  }

  private static void parameterName(String field, String value) {
    required(field, value);
    String lower = value.toLowerCase(Locale.ROOT);
    if (!PARAM_NAME.matcher(value).matches() || lower.equals("x-stage")
        || lower.startsWith("x-apig-") || lower.startsWith("x-sdk-")) {
      throw ApigException.invalid(field);
    }
  }

  static <T> T required(String field, T value) {
    if (value == null || (value instanceof String s && s.isEmpty())) {
      throw ApigException.missing(field);
    }
    return value;
  }

  static void maxLength(String field, String value, int max) {
    if (value != null && value.length() > max) {
      throw ApigException.invalid(field);
    }
  }

  private static void oneOf(String field, Integer value, int a, int b) {
    if (value != null && value != a && value != b) {
      throw ApigException.invalid(field);
    }
  }

  private static String upper(String field, String value, String dflt, Set<String> allowed) {
    if (value == null || value.isEmpty()) {
      return dflt;
    }
    String v = value.toUpperCase(Locale.ROOT);
    if (!allowed.contains(v)) {
      throw ApigException.invalid(field);
    }
    return v;
  }

  private static String lower(String field, String value, Set<String> allowed) {
    String v = value.toLowerCase(Locale.ROOT);
    if (!allowed.contains(v)) {
      throw ApigException.invalid(field);
    }
    return v;
  }
}
