package io.github.fakeapigw;

import io.github.fakeapigw.internal.state.ApiState;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The REST APIs of a gateway at one moment, taken with {@link FakeApiGateway#checkpoint()} and
 * restored with {@link FakeApiGateway#resetTo(GatewayCheckpoint)}. Immutable; opaque.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class GatewayCheckpoint {
  private final FakeApiGateway gateway;
  private final List<ApiState> apis;

  GatewayCheckpoint(FakeApiGateway gateway, List<ApiState> apis) {
    this.gateway = gateway;
    this.apis = List.copyOf(apis);
  }

  FakeApiGateway gateway() {
    return gateway;
  }

  List<ApiState> apis() {
    return apis;
  }

  @Override
  public String toString() {
    return "GatewayCheckpoint{apis="
        + apis.stream().map(a -> "\"" + a.definition().restApi().name() + "\"").toList() + "}";
  }
}
