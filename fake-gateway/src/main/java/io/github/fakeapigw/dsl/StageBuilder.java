package io.github.fakeapigw.dsl;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Builds a {@code Stage}; start with {@link GatewayDsl#stage()} and pass it to {@link
 * RestApiBuilder#stage(String, StageBuilder)}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class StageBuilder {
  private final Map<String, String> variables = new LinkedHashMap<>();
  private Optional<String> description = Optional.empty();
  private Optional<CanaryBuilder> canary = Optional.empty();
  private boolean tracingEnabled;

  StageBuilder() {}

  /** Adds a stage variable ({@code variables}), read as {@code $stageVariables.name}. */
  public StageBuilder withVariable(String name, String value) {
    variables.put(GatewayDsl.stageVariableName(name), Objects.requireNonNull(value, "value"));
    return this;
  }

  /** Sets {@code description}. */
  public StageBuilder withDescription(String description) {
    this.description = Optional.of(Objects.requireNonNull(description, "description"));
    return this;
  }

  /** Sets {@code tracingEnabled}. */
  public StageBuilder withTracingEnabled(boolean tracingEnabled) {
    this.tracingEnabled = tracingEnabled;
    return this;
  }

  /** Sets {@code canarySettings}: a share of the stage's traffic goes to a canary deployment. */
  public StageBuilder withCanary(CanaryBuilder canary) {
    this.canary = Optional.of(Objects.requireNonNull(canary, "canary"));
    return this;
  }

  /** Returns this builder; reads well between calls. */
  public StageBuilder and() {
    return this;
  }

  Map<String, String> variables() {
    return variables;
  }

  Optional<String> description() {
    return description;
  }

  boolean tracingEnabled() {
    return tracingEnabled;
  }

  Optional<CanaryBuilder> canary() {
    return canary;
  }
}
