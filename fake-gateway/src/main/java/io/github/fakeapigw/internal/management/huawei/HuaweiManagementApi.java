package io.github.fakeapigw.internal.management.huawei;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakeapigw.internal.http.HttpHandler;
import io.github.fakeapigw.internal.http.HttpRequestData;
import io.github.fakeapigw.internal.http.HttpResponseData;
import io.github.fakeapigw.internal.http.QueryString;
import io.github.fakeapigw.internal.huawei.ApigException;
import io.github.fakeapigw.internal.huawei.HuaweiApigService;
import io.github.fakeapigw.internal.runtime.GatewayRuntime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Huawei Cloud APIG management dialect: the shared gateway's {@code /v1.0/apigw/...} paths
 * and the dedicated gateway's {@code /v2/{project_id}/apigw/instances/{instance_id}/...} paths
 * (same resources, same bodies), for API groups, environments, environment variables, APIs,
 * publication and apps. Parses and validates in Huawei's words, renders Huawei's JSON; the state
 * itself lives in {@link HuaweiApigService}.
 *
 * @see <a href="https://support.huaweicloud.com/intl/en-us/api-apig/apig-api-180713009.html">APIG
 *     API reference, shared gateway (v1.0)</a>
 */
public final class HuaweiManagementApi implements HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(HuaweiManagementApi.class);
  private static final Pattern V1 = Pattern.compile("^/v1\\.0/apigw(/.*)?$");
  private static final Pattern V2 = Pattern.compile("^/v2/[^/]+/apigw/instances/[^/]+(/.*)?$");
  private static final Pattern GROUP_NAME_V2 =
      Pattern.compile("[A-Za-z\\u4e00-\\u9fa5][A-Za-z0-9_\\-./():\\u4e00-\\u9fa5]{2,254}");
  private static final Pattern ENV_VARIABLE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{2,31}");

  private final GatewayRuntime runtime;
  private final HuaweiApigService service;
  private final ApiEndpoints apis;
  private final AppEndpoints apps;

  public HuaweiManagementApi(GatewayRuntime runtime, HuaweiApigService service) {
    this.runtime = runtime;
    this.service = service;
    this.apis = new ApiEndpoints(service);
    this.apps = new AppEndpoints(service);
  }

  @Override
  public HttpResponseData handle(HttpRequestData request) {
    String requestId = runtime.ids().next(32);
    try {
      return route(request, requestId);
    } catch (ApigException e) {
      LOG.debug("Huawei APIG {} {} answered {} {}: {}", request.method(), request.rawPath(),
          e.status(), e.errorCode(), e.errorMsg());
      return HuaweiJson.error(e, requestId);
    }
  }

  private HttpResponseData route(HttpRequestData request, String requestId) {
    String path = request.rawPath();
    Matcher v1 = V1.matcher(path);
    Matcher v2 = V2.matcher(path);
    boolean isV2;
    String rest;
    if (v1.matches()) {
      isV2 = false;
      rest = v1.group(1);
    } else if (v2.matches()) {
      isV2 = true;
      rest = v2.group(1);
    } else {
      throw unknown();
    }
    List<String> segments =
        rest == null ? List.of()
            : java.util.Arrays.stream(rest.split("/")).filter(s -> !s.isEmpty())
                .map(QueryString::decode).toList();
    Call call = new Call(request.method(), segments,
        new Paging(QueryString.parse(request.rawQuery())), request, requestId, isV2);
    if (segments.isEmpty()) {
      throw unknown();
    }
    return switch (segments.get(0)) {
      case "api-groups" -> groups(call);
      case "envs" -> environments(call);
      case "env-variables" -> variables(call);
      case "apis" -> apis.handle(call);
      case "apps" -> apps.handle(call);
      default -> throw unknown();
    };
  }

  /** One management request, split up. */
  record Call(String method, List<String> segments, Paging query, HttpRequestData request,
      String requestId, boolean v2) {
    int depth() {
      return segments.size();
    }

    String segment(int i) {
      return segments.get(i);
    }

    boolean is(String method, int depth) {
      return this.method.equals(method) && segments.size() == depth;
    }
  }

  static ApigException unknown() {
    return new ApigException(404, "APIG.0101", "The API does not exist or has not been published"
        + " in the environment.");
  }

  // ---------------------------------------------------------------- groups

  private HttpResponseData groups(Call c) {
    if (c.is("POST", 1)) {
      ObjectNode body = HuaweiJson.tree(c.request());
      String name = groupName(c, body);
      String remark = remark(body);
      return HuaweiJson.json(201, service.createGroup(name, remark), c.requestId());
    }
    if (c.is("GET", 1)) {
      Paging q = c.query();
      return HuaweiJson.json(200, q.page("groups", service.state().groups().values().stream()
          .filter(g -> q.exact("id", g.id()) && q.fuzzy("name", g.name())).toList()),
          c.requestId());
    }
    if (c.is("GET", 2)) {
      return HuaweiJson.json(200, service.group(c.segment(1)), c.requestId());
    }
    if (c.is("PUT", 2)) {
      service.group(c.segment(1));
      ObjectNode body = HuaweiJson.tree(c.request());
      return HuaweiJson.json(200,
          service.updateGroup(c.segment(1), groupName(c, body), remark(body)), c.requestId());
    }
    if (c.is("DELETE", 2)) {
      service.deleteGroup(c.segment(1));
      return HuaweiJson.noContent(c.requestId());
    }
    throw unknown();
  }

  private static String groupName(Call c, ObjectNode body) {
    String name = ApiRequestRules.required("name", HuaweiJson.text(body, "name").orElse(null));
    Pattern rule = c.v2() ? GROUP_NAME_V2 : ApiRequestRules.NAME;
    if (!rule.matcher(name).matches()) {
      throw ApigException.invalid("name");
    }
    return name;
  }

  static String remark(ObjectNode body) {
    String remark = HuaweiJson.text(body, "remark").orElse(null);
    ApiRequestRules.maxLength("remark", remark, 255);
    return remark;
  }

  // ---------------------------------------------------------------- environments

  private HttpResponseData environments(Call c) {
    if (c.is("POST", 1)) {
      ObjectNode body = HuaweiJson.tree(c.request());
      String name = HuaweiJson.text(body, "name").orElse(null);
      ApiRequestRules.name("name", name);
      return HuaweiJson.json(201, service.createEnvironment(name, remark(body)), c.requestId());
    }
    if (c.is("GET", 1)) {
      Paging q = c.query();
      return HuaweiJson.json(200, q.page("envs", service.state().environments().values().stream()
          .filter(e -> q.fuzzy("name", e.name())).toList()), c.requestId());
    }
    if (c.is("PUT", 2)) {
      service.environment(c.segment(1));
      ObjectNode body = HuaweiJson.tree(c.request());
      String name = HuaweiJson.text(body, "name").orElse(null);
      ApiRequestRules.name("name", name);
      return HuaweiJson.json(200,
          service.updateEnvironment(c.segment(1), name, remark(body)), c.requestId());
    }
    if (c.is("DELETE", 2)) {
      service.deleteEnvironment(c.segment(1));
      return HuaweiJson.noContent(c.requestId());
    }
    throw unknown();
  }

  // ---------------------------------------------------------------- environment variables

  private HttpResponseData variables(Call c) {
    if (c.is("POST", 1)) {
      ObjectNode body = HuaweiJson.tree(c.request());
      String groupId =
          ApiRequestRules.required("group_id", HuaweiJson.text(body, "group_id").orElse(null));
      String envId =
          ApiRequestRules.required("env_id", HuaweiJson.text(body, "env_id").orElse(null));
      String name = ApiRequestRules.required(
          "variable_name", HuaweiJson.text(body, "variable_name").orElse(null));
      if (!ENV_VARIABLE_NAME.matcher(name).matches()) {
        throw ApigException.invalid("variable_name");
      }
      String value = variableValue(body);
      return HuaweiJson.json(
          201, service.createVariable(groupId, envId, name, value), c.requestId());
    }
    if (c.is("GET", 1)) {
      Paging q = c.query();
      String groupId = q.param("group_id").orElseThrow(() -> ApigException.missing("group_id"));
      return HuaweiJson.json(200, q.page("variables", service.state().variables().values()
          .stream()
          .filter(v -> v.groupId().equals(groupId) && q.exact("env_id", v.envId())
              && q.fuzzy("variable_name", v.variableName()))
          .toList()), c.requestId());
    }
    if (c.is("GET", 2)) {
      return HuaweiJson.json(200, service.variable(c.segment(1)), c.requestId());
    }
    if (c.is("PUT", 2)) {
      service.variable(c.segment(1));
      return HuaweiJson.json(200,
          service.updateVariable(c.segment(1), variableValue(HuaweiJson.tree(c.request()))),
          c.requestId());
    }
    if (c.is("DELETE", 2)) {
      service.deleteVariable(c.segment(1));
      return HuaweiJson.noContent(c.requestId());
    }
    throw unknown();
  }

  private static String variableValue(ObjectNode body) {
    String value = ApiRequestRules.required(
        "variable_value", HuaweiJson.text(body, "variable_value").orElse(null));
    ApiRequestRules.maxLength("variable_value", value, 255);
    return value;
  }
}
