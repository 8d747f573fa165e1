package io.github.fakeapigw.dsl;

import org.apiguardian.api.API;

/**
 * Static factories of the fluent DSL that describes Huawei Cloud APIG groups and their APIs, in
 * Huawei's own terms; {@code FakeApiGateway.deployHuawei(..)} creates them through the Huawei
 * management service and publishes them, as the management API would.
 *
 * <pre>{@code
 * import static io.github.fakeapigw.dsl.HuaweiDsl.*;
 *
 * HuaweiGroup shop = gateway.deployHuawei(apiGroup("shop")
 *     .withVariable("orders", backend.baseUrl().getAuthority())
 *     .api(get("/orders/{id}")
 *         .withPathParameter("id")
 *         .httpBackend("GET", "http://#orders#/v1/orders/{id}")
 *         .withBackendParameter("PATH", "id", "REQUEST", "id")));
 * }</pre>
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class HuaweiDsl {
  private HuaweiDsl() {}

  /** An API group with this name (3-64 characters, a letter first, letters, digits, '_'). */
  public static HuaweiGroupBuilder apiGroup(String name) {
    return new HuaweiGroupBuilder(name);
  }

  /** An API answering {@code method} (or {@code ANY}) on {@code path} ({@code req_uri}). */
  public static HuaweiApiBuilder api(String method, String path) {
    return new HuaweiApiBuilder(method, path);
  }

  public static HuaweiApiBuilder get(String path) {
    return api("GET", path);
  }

  public static HuaweiApiBuilder post(String path) {
    return api("POST", path);
  }

  public static HuaweiApiBuilder put(String path) {
    return api("PUT", path);
  }

  public static HuaweiApiBuilder delete(String path) {
    return api("DELETE", path);
  }

  public static HuaweiApiBuilder patch(String path) {
    return api("PATCH", path);
  }

  /** An API answering every method on {@code path}. */
  public static HuaweiApiBuilder anyMethod(String path) {
    return api("ANY", path);
  }
}
