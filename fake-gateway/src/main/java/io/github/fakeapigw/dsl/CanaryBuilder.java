package io.github.fakeapigw.dsl;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Builds a stage's {@code canarySettings}; start with {@link GatewayDsl#canary(double)}.
 *
 * <p>The canary serves a deployment of its own: of the same API definition, unless {@link
 * #withDefinition(RestApiBuilder)} gives another one.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class CanaryBuilder {
  private final double percentTraffic;
  private final Map<String, String> stageVariableOverrides = new LinkedHashMap<>();
  private boolean useStageCache;
  private Optional<RestApiBuilder> definition = Optional.empty();

  CanaryBuilder(double percentTraffic) {
    if (!(percentTraffic >= 0.0 && percentTraffic <= 100.0)) {
      throw new IllegalArgumentException(
          "percentTraffic must not be outside 0.0..100.0; use a share such as canary(10.0)"
              + " instead; offending: " + percentTraffic);
    }
    this.percentTraffic = percentTraffic;
  }

  /** Adds a {@code stageVariableOverrides} entry, in effect for canary requests only. */
  public CanaryBuilder withVariable(String name, String value) {
    stageVariableOverrides.put(
        GatewayDsl.stageVariableName(name), Objects.requireNonNull(value, "value"));
    return this;
  }

  /** Sets {@code useStageCache}. */
  public CanaryBuilder withStageCache(boolean useStageCache) {
    this.useStageCache = useStageCache;
    return this;
  }

  /**
   * Serves canary requests from a deployment of this definition (its name is ignored) instead of
   * the API's own definition.
   */
  public CanaryBuilder withDefinition(RestApiBuilder definition) {
    this.definition = Optional.of(Objects.requireNonNull(definition, "definition"));
    return this;
  }

  /** Returns this builder; reads well between calls. */
  public CanaryBuilder and() {
    return this;
  }

  double percentTraffic() {
    return percentTraffic;
  }

  Map<String, String> stageVariableOverrides() {
    return stageVariableOverrides;
  }

  boolean useStageCache() {
    return useStageCache;
  }

  Optional<RestApiBuilder> definition() {
    return definition;
  }
}
