package io.github.fakeapigw;

import io.github.fakeapigw.model.ApiDefinition;
import io.github.fakeapigw.model.Deployment;
import io.github.fakeapigw.model.Stage;
import io.github.fakeapigw.internal.state.ApiState;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

  /**
   * The API's current (undeployed) definition: settings, resources, methods, models.
   *
   * @throws IllegalStateException if the API was deleted
   * @since 0.1.0
   */
  public ApiDefinition definition() {
    return state().definition();
  }

  /**
   * The stage with this name, if the API has one.
   *
   * @since 0.1.0
   */
  public Optional<Stage> stage(String stageName) {
    return state().stage(Objects.requireNonNull(stageName, "stageName"));
  }

  /**
   * Every deployment of the API, oldest first.
   *
   * @since 0.1.0
   */
  public List<Deployment> deployments() {
    return List.copyOf(state().deployments().values());
  }

  private ApiState state() {
    gateway.ensureRunning();
    return gateway
        .runtime()
        .state()
        .api(id)
        .orElseThrow(
            () -> new IllegalStateException("REST API \"" + name + "\" (" + id + ") was deleted"));
  }

  @Override
  public String toString() {
    return "DeployedApi{id=" + id + ", name=\"" + name + "\"}";
  }
}
