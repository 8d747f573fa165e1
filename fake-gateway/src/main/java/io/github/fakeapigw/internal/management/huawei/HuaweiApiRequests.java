package io.github.fakeapigw.internal.management.huawei;

import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.http.HttpRequestData;
import io.github.fakeapigw.internal.huawei.ApigApi;
import io.github.fakeapigw.internal.huawei.ApigEnvironment;
import io.github.fakeapigw.internal.huawei.ApigGroup;
import io.github.fakeapigw.internal.huawei.HuaweiApigService;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Create-API bodies from outside HTTP (the Java DSL, fixture imports), read and checked exactly as
 * {@code POST /v1.0/apigw/apis} reads them.
 */
public final class HuaweiApiRequests {
  private HuaweiApiRequests() {}

  /**
   * The API a create-API JSON body describes, in group {@code groupId}, normalized and validated.
   *
   * @throws io.github.fakeapigw.internal.huawei.ApigException with Huawei's code and message
   */
  public static ApigApi create(String json, String groupId) {
    String body;
    try {
      com.fasterxml.jackson.databind.node.ObjectNode node =
          (com.fasterxml.jackson.databind.node.ObjectNode) HuaweiJson.MAPPER.readTree(json);
      node.put("group_id", groupId);
      body = node.toString();
    } catch (java.io.IOException | ClassCastException e) {
      throw new io.github.fakeapigw.internal.huawei.ApigException(
          400, "APIG.2000", "Parameter error.");
    }
    HttpRequestData request = new HttpRequestData("POST", "/v1.0/apigw/apis", "",
        HttpHeaders.empty(), body.getBytes(StandardCharsets.UTF_8), null, null);
    return ApiRequestRules.normalize(HuaweiJson.read(request, ApigApi.class), true);
  }

  /**
   * Creates a group, the environment when missing, its variables there, and the APIs, and
   * publishes each API to the environment: what a test author would do through the management API.
   *
   * @param apis create-API bodies without {@code group_id}
   */
  public static ApigGroup deploy(
      HuaweiApigService service, String name, String remark, String environment,
      Map<String, String> variables, List<String> apis) {
    for (String json : apis) { // every API checked before any change
      for (String variable : HuaweiApigService.variablesUsedBy(create(json, "0".repeat(32)))) {
        if (!variables.containsKey(variable)) {
          throw io.github.fakeapigw.internal.huawei.ApigException.notFound("APIG.3011",
              "The environment variable does not exist,variableName:" + variable);
        }
      }
    }
    ApigGroup group = service.createGroup(name, remark);
    ApigEnvironment env = service.state().environments().values().stream()
        .filter(e -> e.name().equals(environment)).findFirst()
        .orElseGet(() -> service.createEnvironment(environment, ""));
    variables.forEach((k, v) -> service.createVariable(group.id(), env.id(), k, v));
    for (String json : apis) {
      ApigApi created = service.createApi(create(json, group.id()));
      service.publish(created.id(), env.id(), "");
    }
    return group;
  }
}
