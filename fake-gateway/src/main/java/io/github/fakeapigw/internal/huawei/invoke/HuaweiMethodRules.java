package io.github.fakeapigw.internal.huawei.invoke;

import io.github.fakeapigw.internal.context.InvocationContext;
import io.github.fakeapigw.internal.context.MethodRequest;
import io.github.fakeapigw.internal.huawei.ApigApi;
import io.github.fakeapigw.internal.huawei.HuaweiApigState;
import io.github.fakeapigw.internal.invoke.ApiExtension;
import io.github.fakeapigw.model.Integration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What one published Huawei API adds to its engine method: APP and IAM authentication, frontend
 * parameter checks and defaults, and policy backends (first applicable in order wins).
 */
final class HuaweiMethodRules implements ApiExtension.MethodRules {
  /** A policy backend: its conditions and the integration it selects. */
  record Policy(String name, String effectMode, List<ApigApi.Condition> conditions,
      Integration integration) {}

  private final ApigApi api;
  private final List<Policy> policies;
  private final Supplier<HuaweiApigState> live;

  HuaweiMethodRules(ApigApi api, List<Policy> policies, Supplier<HuaweiApigState> live) {
    this.api = api;
    this.policies = List.copyOf(policies);
    this.live = live;
  }

  @Override
  public Optional<ApiExtension.Rejection> authorize(
      MethodRequest request, InvocationContext context) {
    String type = api.authType() == null ? "NONE" : api.authType();
    switch (type) {
      case "IAM" -> {
        if (request.headers().last("X-Auth-Token").filter(t -> !t.isBlank()).isEmpty()) {
          return Optional.of(new ApiExtension.Rejection("UNAUTHORIZED", 401,
              "Incorrect IAM authentication information.",
              "API " + api.name() + " uses IAM authentication and the request has no"
                  + " X-Auth-Token header"));
        }
        return Optional.empty();
      }
      case "APP" -> {
        return app(request);
      }
      case "AUTHORIZER" -> {
        return Optional.of(new ApiExtension.Rejection("API_CONFIGURATION_ERROR", 500,
            "Internal server error", "API " + api.name()
                + " uses a custom authorizer (AUTHORIZER), which is not emulated yet"));
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  private Optional<ApiExtension.Rejection> app(MethodRequest request) {
    boolean header = api.authOpt() != null && "HEADER".equals(api.authOpt().appCodeAuthType());
    if (!header) {
      return Optional.of(new ApiExtension.Rejection("INVALID_API_KEY", 401,
          "Incorrect app authentication information.",
          "API " + api.name() + " uses APP authentication without app_code_auth_type HEADER;"
              + " AppKey/AppSecret signing is not emulated, so only X-Apig-AppCode works"));
    }
    Optional<String> code = request.headers().last("X-Apig-AppCode");
    if (code.isEmpty()) {
      return Optional.of(new ApiExtension.Rejection("INVALID_API_KEY", 401,
          "Incorrect app authentication information.",
          "API " + api.name() + " uses APP authentication and the request has no"
              + " X-Apig-AppCode header"));
    }
    boolean known = live.get().appCodes().values().stream()
        .anyMatch(c -> c.appCode().equals(code.get()));
    if (!known) {
      return Optional.of(new ApiExtension.Rejection("INVALID_API_KEY", 401,
          "Incorrect app authentication information.",
          "X-Apig-AppCode \"" + code.get() + "\" is not an app code of any app on this gateway"
              + " (create one with POST /v1.0/apigw/apps/{app_id}/app-codes)"));
    }
    return Optional.empty();
  }

  @Override
  public Optional<ApiExtension.Rejection> validate(MethodRequest request) {
    return HuaweiRequestParameters.problem(api, request).map(p -> new ApiExtension.Rejection(
        "BAD_REQUEST_PARAMETERS", 400, "API request error.", p));
  }

  @Override
  public MethodRequest withDefaults(MethodRequest request) {
    return HuaweiRequestParameters.withDefaults(api, request);
  }

  @Override
  public Integration integration(
      Integration configured, MethodRequest request, InvocationContext context) {
    Integration chosen = configured;
    for (Policy p : policies) {
      if (applies(p, request, context)) {
        chosen = p.integration();
        break;
      }
    }
    return keepTrailingSlash(chosen, request);
  }

  /**
   * An SWA remainder keeps the caller's trailing slash ({@code /test/AA/CC/} to the backend's
   * {@code /test2/AA/CC/}), where the engine's greedy parameter, as on AWS, drops it.
   */
  private static Integration keepTrailingSlash(Integration integration, MethodRequest request) {
    String placeholder = "{" + HuaweiBackends.REMAINDER + "}";
    Optional<String> uri = integration.uri();
    if (!request.rawPath().endsWith("/") || uri.isEmpty() || !uri.get().endsWith(placeholder)) {
      return integration;
    }
    return integration.withUri(Optional.of(uri.get() + "/"));
  }

  private boolean applies(Policy p, MethodRequest request, InvocationContext context) {
    boolean any = "ANY".equals(p.effectMode());
    if (p.conditions().isEmpty()) {
      return false;
    }
    for (ApigApi.Condition c : p.conditions()) {
      boolean holds = holds(c, request, context);
      if (any && holds) {
        return true;
      }
      if (!any && !holds) {
        return false;
      }
    }
    return !any;
  }

  private boolean holds(ApigApi.Condition c, MethodRequest request, InvocationContext context) {
    String expected = c.conditionValue() == null ? "" : c.conditionValue();
    if ("source".equalsIgnoreCase(c.conditionOrigin())) {
      return Arrays.stream(expected.split(",")).map(String::trim)
          .anyMatch(ip -> ip.equals(context.sourceIp()));
    }
    Optional<String> value = HuaweiRequestParameters.of(api).stream()
        .filter(p -> p.name().equalsIgnoreCase(c.reqParamName())).findFirst()
        .flatMap(p -> HuaweiRequestParameters.value(request, p));
    if (value.isEmpty()) {
      return false;
    }
    String v = value.get();
    String type = c.conditionType() == null ? "exact" : c.conditionType().toLowerCase();
    return switch (type) {
      case "enum" -> Arrays.stream(expected.split(",")).map(String::trim).anyMatch(v::equals);
      case "pattern" -> {
        try {
          yield Pattern.compile(expected).matcher(v).matches();
        } catch (PatternSyntaxException e) {
          yield false;
        }
      }
      default -> v.equals(expected);
    };
  }
}
