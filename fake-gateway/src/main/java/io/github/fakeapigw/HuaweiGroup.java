package io.github.fakeapigw;

import java.net.URI;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A Huawei APIG group on a running gateway, as {@link FakeApiGateway#deployHuawei} or {@link
 * FakeApiGateway#importHuaweiSwagger} made it.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class HuaweiGroup {
  private final FakeApiGateway gateway;
  private final String id;
  private final String name;
  private final String slDomain;

  HuaweiGroup(FakeApiGateway gateway, String id, String name, String slDomain) {
    this.gateway = gateway;
    this.id = id;
    this.name = name;
    this.slDomain = slDomain;
  }

  /** The group's {@code id}. */
  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  /** The debug domain: send it as {@code Host} to the gateway's port to call the group's APIs. */
  public String slDomain() {
    return slDomain;
  }

  /** The path-style base URL, {@code http://127.0.0.1:<port>/_apig/<id>}: append the API path. */
  public URI invokeUrl() {
    return gateway.huaweiInvokeUrl(id);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HuaweiGroup g && g.id.equals(id) && g.gateway == gateway;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id);
  }

  @Override
  public String toString() {
    return "HuaweiGroup[" + name + " (" + id + ")]";
  }
}
