package io.github.fakeapigw.internal.state;

import io.github.fakeapigw.model.ApiDefinition;
import io.github.fakeapigw.model.Deployment;
import io.github.fakeapigw.model.Stage;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the gateway holds for one REST API at one moment. Immutable: a management call
 * replaces the whole value (see {@link GatewayState#update}), so readers never see half an edit.
 *
 * @param definition the current, undeployed definition
 * @param deployments deployment id to frozen deployment, in creation order
 * @param stages stage name to stage, in creation order
 */
public record ApiState(
    ApiDefinition definition, Map<String, Deployment> deployments, Map<String, Stage> stages) {
  public ApiState {
    deployments = Collections.unmodifiableMap(new LinkedHashMap<>(deployments));
    stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
  }

  public String id() {
    return definition.restApi().id();
  }

  public Optional<Stage> stage(String name) {
    return Optional.ofNullable(stages.get(name));
  }

  public Optional<Deployment> deployment(String id) {
    return Optional.ofNullable(deployments.get(id));
  }

  public ApiState withDefinition(ApiDefinition d) {
    return new ApiState(d, deployments, stages);
  }

  public ApiState withDeployment(Deployment d) {
    Map<String, Deployment> m = new LinkedHashMap<>(deployments);
    m.put(d.id(), d);
    return new ApiState(definition, m, stages);
  }

  public ApiState withoutDeployment(String id) {
    Map<String, Deployment> m = new LinkedHashMap<>(deployments);
    m.remove(id);
    return new ApiState(definition, m, stages);
  }

  public ApiState withStage(Stage s) {
    Map<String, Stage> m = new LinkedHashMap<>(stages);
    m.put(s.stageName(), s);
    return new ApiState(definition, deployments, m);
  }

  public ApiState withoutStage(String name) {
    Map<String, Stage> m = new LinkedHashMap<>(stages);
    m.remove(name);
    return new ApiState(definition, deployments, m);
  }
}
