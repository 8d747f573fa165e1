package io.github.fakeapigw.dsl;

import io.github.fakeapigw.model.GatewayResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Builds a {@code GatewayResponse} (how the gateway renders one of its own errors); start with
 * {@link GatewayDsl#gatewayResponse(String)}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class GatewayResponseBuilder {
  private final String responseType;
  private Optional<String> statusCode = Optional.empty();
  private final Map<String, String> responseParameters = new LinkedHashMap<>();
  private final Map<String, String> responseTemplates = new LinkedHashMap<>();

  GatewayResponseBuilder(String responseType) {
    this.responseType = responseType;
  }

  /** Sets {@code statusCode}, overriding the response type's default status. */
  public GatewayResponseBuilder withStatusCode(int status) {
    this.statusCode = Optional.of(String.valueOf(Checks.statusCode(status, "withStatusCode")));
    return this;
  }

  /** Adds a response header ({@code gatewayresponse.header.<name>}) with a source expression. */
  public GatewayResponseBuilder withHeader(String name, String source) {
    responseParameters.put(
        "gatewayresponse.header." + Checks.notBlank(name, "header name", "\"X-Error\""),
        Objects.requireNonNull(source, "source"));
    return this;
  }

  /** Adds a {@code responseTemplates} entry: content type to template. */
  public GatewayResponseBuilder withTemplate(String contentType, String template) {
    responseTemplates.put(
        Checks.notBlank(contentType, "contentType", "\"application/json\""),
        Objects.requireNonNull(template, "template"));
    return this;
  }

  /** Returns this builder; reads well between calls. */
  public GatewayResponseBuilder and() {
    return this;
  }

  String responseType() {
    return responseType;
  }

  GatewayResponse build() {
    return new GatewayResponse(
        responseType, statusCode, responseParameters, responseTemplates, false);
  }
}
