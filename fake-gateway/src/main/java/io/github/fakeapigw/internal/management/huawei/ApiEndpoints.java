package io.github.fakeapigw.internal.management.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakeapigw.internal.http.HttpResponseData;
import io.github.fakeapigw.internal.huawei.ApigApi;
import io.github.fakeapigw.internal.huawei.ApigEnvironment;
import io.github.fakeapigw.internal.huawei.ApigException;
import io.github.fakeapigw.internal.huawei.ApigPublication;
import io.github.fakeapigw.internal.huawei.HuaweiApigService;
import io.github.fakeapigw.internal.huawei.HuaweiApigService.BatchOutcome;
import io.github.fakeapigw.internal.management.huawei.HuaweiManagementApi.Call;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /apis}: create, modify, get, list and delete APIs; {@code /apis/publish} and (V2) {@code
 * /apis/action}: publish, take offline, publication history, switch version, batch.
 */
final class ApiEndpoints {
  private final HuaweiApigService service;

  ApiEndpoints(HuaweiApigService service) {
    this.service = service;
  }

  HttpResponseData handle(Call c) {
    if (c.depth() >= 2 && c.segment(1).equals("publish")) {
      return publication(c);
    }
    if (c.depth() == 2 && c.segment(1).equals("action") && c.method().equals("POST")) {
      return action(c);
    }
    if (c.is("POST", 1)) {
      ApigApi request = ApiRequestRules.normalize(HuaweiJson.read(c.request(), ApigApi.class), true);
      return HuaweiJson.json(201, service.createApi(request), c.requestId());
    }
    if (c.is("GET", 1)) {
      return HuaweiJson.json(200, c.query().page("apis", list(c.query())), c.requestId());
    }
    if (c.is("GET", 2)) {
      return HuaweiJson.json(200, service.api(c.segment(1)), c.requestId());
    }
    if (c.is("PUT", 2)) {
      service.api(c.segment(1));
      ApigApi request =
          ApiRequestRules.normalize(HuaweiJson.read(c.request(), ApigApi.class), false);
      return HuaweiJson.json(200, service.updateApi(c.segment(1), request), c.requestId());
    }
    if (c.is("DELETE", 2)) {
      service.deleteApi(c.segment(1));
      return HuaweiJson.noContent(c.requestId());
    }
    throw HuaweiManagementApi.unknown();
  }

  private List<ApigApi> list(Paging q) {
    return service.apis().stream()
        .filter(a -> q.exact("id", a.id())
            && q.fuzzy("name", a.name())
            && q.exact("group_id", a.groupId())
            && q.exactIgnoringCase("req_protocol", a.reqProtocol())
            && q.exactIgnoringCase("req_method", a.reqMethod())
            && q.fuzzy("req_uri", a.reqUri())
            && q.exactIgnoringCase("auth_type", a.authType())
            && q.exact("type", String.valueOf(a.type()))
            && q.exact("status", String.valueOf(a.status()))
            && q.param("env_id").map(env ->
                service.state().onlineIn(a.id()).containsKey(env)).orElse(true)
            && q.param("tags").map(t -> a.tags() != null && a.tags().contains(t)).orElse(true))
        .toList();
  }

  private HttpResponseData publication(Call c) {
    if (c.is("POST", 2)) {
      return batch(c);
    }
    if (c.depth() != 3) {
      throw HuaweiManagementApi.unknown();
    }
    String apiId = c.segment(2);
    switch (c.method()) {
      case "POST" -> {
        ObjectNode body = HuaweiJson.tree(c.request());
        String envId = envId(body);
        ApigPublication p = service.publish(apiId, envId, HuaweiManagementApi.remark(body));
        return HuaweiJson.json(201, published(p, c.v2()), c.requestId());
      }
      case "DELETE" -> {
        String envId = c.query().param("env_id").orElseThrow(() -> ApigException.missing("env_id"));
        service.offline(apiId, envId);
        return HuaweiJson.noContent(c.requestId());
      }
      case "GET" -> {
        String envId = c.query().param("env_id")
            .or(() -> c.query().param("env_name").map(this::envIdNamed))
            .orElseThrow(() -> ApigException.missing("env_id"));
        Optional<String> effective = service.effectiveVersion(apiId, envId);
        List<ObjectNode> versions = new ArrayList<>();
        List<ApigPublication> history = new ArrayList<>(service.history(apiId, envId));
        java.util.Collections.reverse(history); // newest first
        for (ApigPublication p : history) {
          ObjectNode v = HuaweiJson.MAPPER.createObjectNode();
          v.put("version_id", p.versionId());
          v.put("version_no", p.versionNo());
          v.put("api_id", p.apiId());
          v.put("env_id", p.envId());
          v.put("env_name", p.envName());
          if (p.remark() != null) {
            v.put("remark", p.remark());
          }
          v.put("publish_time", p.publishTime());
          v.put("status", effective.filter(p.versionId()::equals).isPresent() ? 1 : 2);
          versions.add(v);
        }
        return HuaweiJson.json(200, c.query().page("api_versions", versions), c.requestId());
      }
      case "PUT" -> {
        ObjectNode body = HuaweiJson.tree(c.request());
        String versionId = ApiRequestRules.required(
            "version_id", HuaweiJson.text(body, "version_id").orElse(null));
        return HuaweiJson.json(
            200, published(service.switchVersion(apiId, versionId), c.v2()), c.requestId());
      }
      default -> throw HuaweiManagementApi.unknown();
    }
  }

  /** {@code POST /apis/publish?action=online|offline}: several APIs, each on its own. */
  private HttpResponseData batch(Call c) {
    String action = c.query().param("action").orElseThrow(() -> ApigException.missing("action"));
    if (!action.equals("online") && !action.equals("offline")) {
      throw ApigException.invalid("action");
    }
    ObjectNode body = HuaweiJson.tree(c.request());
    JsonNode ids = body.get("apis");
    if (ids == null || !ids.isArray() || ids.isEmpty()) {
      throw ApigException.missing("apis");
    }
    List<String> apiIds = new ArrayList<>();
    ids.forEach(n -> {
      if (!n.isTextual()) {
        throw ApigException.invalid("apis");
      }
      apiIds.add(n.asText());
    });
    String envId = envId(body);
    service.environment(envId);
    List<BatchOutcome> outcomes = service.batch(
        action.equals("online"), apiIds, envId, HuaweiManagementApi.remark(body));
    ObjectNode out = HuaweiJson.MAPPER.createObjectNode();
    ArrayNode success = out.putArray("success");
    ArrayNode failure = out.putArray("failure");
    for (BatchOutcome o : outcomes) {
      if (o.success().isPresent()) {
        success.add(published(o.success().get(), true));
      } else {
        ApigException e = o.failure().orElseThrow();
        ObjectNode f = failure.addObject();
        f.put("api_id", o.apiId());
        Optional.ofNullable(service.state().apis().get(o.apiId()))
            .ifPresent(a -> f.put("api_name", a.name()));
        f.put("error_code", e.errorCode());
        f.put("error_msg", e.errorMsg());
      }
    }
    return HuaweiJson.json(200, out, c.requestId());
  }

  /** V2: {@code POST /apis/action} with {@code {action, api_id, env_id, remark}}. */
  private HttpResponseData action(Call c) {
    ObjectNode body = HuaweiJson.tree(c.request());
    String action =
        ApiRequestRules.required("action", HuaweiJson.text(body, "action").orElse(null));
    String apiId =
        ApiRequestRules.required("api_id", HuaweiJson.text(body, "api_id").orElse(null));
    String envId = envId(body);
    String remark = HuaweiManagementApi.remark(body);
    ApigPublication p = switch (action) {
      case "online" -> service.publish(apiId, envId, remark);
      case "offline" -> service.offline(apiId, envId);
      default -> throw ApigException.invalid("action");
    };
    return HuaweiJson.json(201, published(p, true), c.requestId());
  }

  private static String envId(ObjectNode body) {
    return ApiRequestRules.required("env_id", HuaweiJson.text(body, "env_id").orElse(null));
  }

  private String envIdNamed(String name) {
    return service.state().environments().values().stream()
        .filter(e -> e.name().equals(name))
        .map(ApigEnvironment::id)
        .findFirst()
        .orElseThrow(() -> ApigException.notFound("APIG.3003", "The environment does not exist."));
  }

  /** The publish response: {@code publish_id, api_id, env_id, remark, publish_time, version_id}. */
  private static ObjectNode published(ApigPublication p, boolean withApiName) {
    ObjectNode o = HuaweiJson.MAPPER.createObjectNode();
    o.put("publish_id", p.publishId());
    o.put("api_id", p.apiId());
    if (withApiName) {
      o.put("api_name", p.apiName());
    }
    o.put("env_id", p.envId());
    if (p.remark() != null) {
      o.put("remark", p.remark());
    }
    o.put("publish_time", p.publishTime());
    o.put("version_id", p.versionId());
    return o;
  }
}
