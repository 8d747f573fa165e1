package io.github.fakeapigw.internal.management.huawei;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakeapigw.internal.http.HttpResponseData;
import io.github.fakeapigw.internal.huawei.ApigException;
import io.github.fakeapigw.internal.huawei.HuaweiApigService;
import io.github.fakeapigw.internal.management.huawei.HuaweiManagementApi.Call;
import java.util.regex.Pattern;

/**
 * {@code /apps}: apps (the callers of {@code APP}-authenticated APIs) and their app codes, which
 * a caller sends as {@code X-Apig-AppCode} when the API's {@code app_code_auth_type} is {@code
 * HEADER}.
 */
final class AppEndpoints {
  private static final Pattern APP_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9+_!@#$%=/-]{63,179}");
  private static final Pattern APP_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{7,63}");
  private static final Pattern APP_SECRET = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_!@#$%+/=-]{7,63}");

  private final HuaweiApigService service;

  AppEndpoints(HuaweiApigService service) {
    this.service = service;
  }

  HttpResponseData handle(Call c) {
    if (c.depth() >= 3 && c.segment(2).equals("app-codes")) {
      return appCodes(c);
    }
    if (c.is("PUT", 3) && c.segment(1).equals("secret")) {
      return HuaweiJson.json(200, service.resetAppSecret(c.segment(2)), c.requestId());
    }
    if (c.is("POST", 1)) {
      ObjectNode body = HuaweiJson.tree(c.request());
      String name = HuaweiJson.text(body, "name").orElse(null);
      ApiRequestRules.name("name", name);
      String key = optional(body, "app_key", APP_KEY);
      String secret = optional(body, "app_secret", APP_SECRET);
      return HuaweiJson.json(201,
          service.createApp(name, HuaweiManagementApi.remark(body), key, secret), c.requestId());
    }
    if (c.is("GET", 1)) {
      Paging q = c.query();
      return HuaweiJson.json(200, q.page("apps", service.state().apps().values().stream()
          .filter(a -> q.exact("id", a.id()) && q.fuzzy("name", a.name())
              && q.exact("app_key", a.appKey()) && q.exact("status", String.valueOf(a.status())))
          .toList()), c.requestId());
    }
    if (c.is("GET", 2)) {
      return HuaweiJson.json(200, service.app(c.segment(1)), c.requestId());
    }
    if (c.is("PUT", 2)) {
      service.app(c.segment(1));
      ObjectNode body = HuaweiJson.tree(c.request());
      String name = HuaweiJson.text(body, "name").orElse(null);
      ApiRequestRules.name("name", name);
      return HuaweiJson.json(200,
          service.updateApp(c.segment(1), name, HuaweiManagementApi.remark(body)),
          c.requestId());
    }
    if (c.is("DELETE", 2)) {
      service.deleteApp(c.segment(1));
      return HuaweiJson.noContent(c.requestId());
    }
    throw HuaweiManagementApi.unknown();
  }

  private HttpResponseData appCodes(Call c) {
    String appId = c.segment(1);
    if (c.is("POST", 3)) {
      ObjectNode body = HuaweiJson.tree(c.request());
      String code =
          ApiRequestRules.required("app_code", HuaweiJson.text(body, "app_code").orElse(null));
      if (!APP_CODE.matcher(code).matches()) {
        throw ApigException.invalid("app_code");
      }
      return HuaweiJson.json(201, service.createAppCode(appId, code), c.requestId());
    }
    if (c.is("PUT", 3)) {
      return HuaweiJson.json(201, service.createAppCode(appId, null), c.requestId());
    }
    if (c.is("GET", 3)) {
      return HuaweiJson.json(
          200, c.query().page("app_codes", service.appCodes(appId)), c.requestId());
    }
    if (c.is("GET", 4)) {
      return HuaweiJson.json(200, service.appCode(appId, c.segment(3)), c.requestId());
    }
    if (c.is("DELETE", 4)) {
      service.deleteAppCode(appId, c.segment(3));
      return HuaweiJson.noContent(c.requestId());
    }
    throw HuaweiManagementApi.unknown();
  }

  private static String optional(ObjectNode body, String field, Pattern rule) {
    String v = HuaweiJson.text(body, field).orElse(null);
    if (v != null && !rule.matcher(v).matches()) {
      throw ApigException.invalid(field);
    }
    return v;
  }
}
