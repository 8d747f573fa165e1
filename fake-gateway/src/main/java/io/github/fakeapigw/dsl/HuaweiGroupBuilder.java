package io.github.fakeapigw.dsl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A Huawei API group, the environment its APIs are published to ({@code RELEASE} unless {@link
 * #publishedTo(String)} says otherwise), that environment's variables, and its APIs.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class HuaweiGroupBuilder {
  private final String name;
  private String remark = "";
  private String environment = "RELEASE";
  private final Map<String, String> variables = new LinkedHashMap<>();
  private final List<HuaweiApiBuilder> apis = new ArrayList<>();

  HuaweiGroupBuilder(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  public HuaweiGroupBuilder withRemark(String remark) {
    this.remark = Objects.requireNonNull(remark, "remark");
    return this;
  }

  /** Publishes to this environment (created when missing) instead of {@code RELEASE}. */
  public HuaweiGroupBuilder publishedTo(String environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
    return this;
  }

  /** An environment variable of the group in its environment, used as {@code #name#}. */
  public HuaweiGroupBuilder withVariable(String name, String value) {
    variables.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return this;
  }

  public HuaweiGroupBuilder api(HuaweiApiBuilder api) {
    apis.add(Objects.requireNonNull(api, "api"));
    return this;
  }

  public String name() {
    return name;
  }

  public String remark() {
    return remark;
  }

  public String environment() {
    return environment;
  }

  public Map<String, String> variables() {
    return Collections.unmodifiableMap(variables);
  }

  public List<HuaweiApiBuilder> apis() {
    return List.copyOf(apis);
  }
}
