package io.github.fakeapigw.dsl;

import io.github.fakeapigw.model.MethodResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Builds a {@code MethodResponse}; start with {@link GatewayDsl#methodResponse(int)}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class MethodResponseBuilder {
  private final String statusCode;
  private final Map<String, Boolean> responseParameters = new LinkedHashMap<>();
  private final Map<String, String> responseModels = new LinkedHashMap<>();

  MethodResponseBuilder(int statusCode) {
    this.statusCode = String.valueOf(Checks.statusCode(statusCode, "methodResponse"));
  }

  /** Declares an optional response header ({@code responseParameters}, not required). */
  public MethodResponseBuilder withHeader(String name) {
    responseParameters.put(
        "method.response.header." + Checks.notBlank(name, "header name", "\"X-Request-Id\""),
        false);
    return this;
  }

  /** Declares a required response header ({@code responseParameters}, required). */
  public MethodResponseBuilder withRequiredHeader(String name) {
    responseParameters.put(
        "method.response.header." + Checks.notBlank(name, "header name", "\"X-Request-Id\""),
        true);
    return this;
  }

  /** Adds a {@code responseModels} entry: content type to model name. */
  public MethodResponseBuilder withModel(String contentType, String modelName) {
    responseModels.put(
        Checks.notBlank(contentType, "contentType", "\"application/json\""),
        Objects.requireNonNull(modelName, "modelName"));
    return this;
  }

  /** Returns this builder; reads well between calls. */
  public MethodResponseBuilder and() {
    return this;
  }

  String statusCode() {
    return statusCode;
  }

  MethodResponse build() {
    return new MethodResponse(statusCode, responseParameters, responseModels);
  }
}
