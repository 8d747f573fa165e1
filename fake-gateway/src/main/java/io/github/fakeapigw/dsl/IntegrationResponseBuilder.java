package io.github.fakeapigw.dsl;

import io.github.fakeapigw.model.IntegrationResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Builds an {@code IntegrationResponse}; start with {@link GatewayDsl#integrationResponse(int)}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class IntegrationResponseBuilder {
  private final String statusCode;
  private Optional<String> selectionPattern = Optional.empty();
  private final Map<String, String> responseParameters = new LinkedHashMap<>();
  private final Map<String, String> responseTemplates = new LinkedHashMap<>();
  private Optional<String> contentHandling = Optional.empty();

  IntegrationResponseBuilder(int statusCode) {
    this.statusCode = String.valueOf(Checks.statusCode(statusCode, "integrationResponse"));
  }

  /**
   * Sets {@code selectionPattern}: a Java regex matched against the whole selection value (the
   * backend status for HTTP, the error message for Lambda). Without one, this is the default
   * response.
   */
  public IntegrationResponseBuilder withSelectionPattern(String regex) {
    Objects.requireNonNull(regex, "regex");
    try {
      java.util.regex.Pattern.compile(regex);
    } catch (java.util.regex.PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "selectionPattern must not be an invalid regex; use a Java regex such as \"2\\\\d{2}\""
              + " instead; offending: \"" + regex + "\"",
          e);
    }
    this.selectionPattern = Optional.of(regex);
    return this;
  }

  /** Adds a {@code responseTemplates} entry: content type to Velocity template. */
  public IntegrationResponseBuilder withTemplate(String contentType, String template) {
    responseTemplates.put(
        Checks.notBlank(contentType, "contentType", "\"application/json\""),
        Objects.requireNonNull(template, "template"));
    return this;
  }

  /**
   * Maps a method response header ({@code method.response.header.<name>}) from a source
   * expression such as {@code integration.response.header.X-Id} or {@code 'literal'}.
   */
  public IntegrationResponseBuilder withHeader(String name, String source) {
    return withResponseParameter(
        "method.response.header." + Checks.notBlank(name, "header name", "\"X-Request-Id\""),
        source);
  }

  /** Adds a {@code responseParameters} entry: {@code method.response.header.X} to its source. */
  public IntegrationResponseBuilder withResponseParameter(String target, String source) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(source, "source");
    if (!target.startsWith("method.response.header.")) {
      throw new IllegalArgumentException(
          "response parameter target must not be anything but a method response header; use"
              + " \"method.response.header.<name>\" instead; offending: \"" + target + "\"");
    }
    responseParameters.put(target, source);
    return this;
  }

  /** Sets {@code contentHandling}: {@code CONVERT_TO_TEXT} or {@code CONVERT_TO_BINARY}. */
  public IntegrationResponseBuilder withContentHandling(String contentHandling) {
    this.contentHandling = Optional.of(GatewayDsl.contentHandling(contentHandling));
    return this;
  }

  /** Returns this builder; reads well between calls. */
  public IntegrationResponseBuilder and() {
    return this;
  }

  String statusCode() {
    return statusCode;
  }

  IntegrationResponse build() {
    return new IntegrationResponse(
        statusCode, selectionPattern, responseParameters, responseTemplates, contentHandling);
  }
}
