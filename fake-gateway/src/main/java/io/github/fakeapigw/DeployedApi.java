package io.github.fakeapigw;

import java.net.URI;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A handle to one REST API on a {@link FakeApiGateway}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class DeployedApi {
  private final FakeApiGateway gateway;
  private final String id;
  private final String name;

  DeployedApi(FakeApiGateway gateway, String id, String name) {
    this.gateway = gateway;
    this.id = id;
    this.name = name;
  }

  /** The REST API id. */
  public String id() {
    return id;
  }

  /** The REST API name. */
  public String name() {
    return name;
  }

  /** The path-style invoke URL of one of its stages; see {@link FakeApiGateway#invokeUrl}. */
  public URI invokeUrl(String stage) {
    return gateway.invokeUrl(id, Objects.requireNonNull(stage, "stage"));
  }

  @Override
  public String toString() {
    return "DeployedApi{id=" + id + ", name=\"" + name + "\"}";
  }
}
