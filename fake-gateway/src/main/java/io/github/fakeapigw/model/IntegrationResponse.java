package io.github.fakeapigw.model;

import java.util.Map;
import java.util.Optional;

/**
 * An {@code IntegrationResponse}.
 *
 * @param selectionPattern Java regex matched against the whole selection value; empty = default
 * @param responseParameters {@code method.response.header.X} to source expression
 * @param responseTemplates content type to Velocity template ("" stands for AWS's null template)
 */
public record IntegrationResponse(
    String statusCode,
    Optional<String> selectionPattern,
    Map<String, String> responseParameters,
    Map<String, String> responseTemplates,
    Optional<String> contentHandling) {
  public IntegrationResponse {
    selectionPattern = selectionPattern == null ? Optional.empty() : selectionPattern;
    responseParameters = Models.map(responseParameters);
    responseTemplates = Models.map(responseTemplates);
    contentHandling = contentHandling == null ? Optional.empty() : contentHandling;
  }

  /** Whether this is the default response (no or empty selection pattern). */
  public boolean isDefault() {
    return selectionPattern.map(String::isEmpty).orElse(true);
  }

  /** A copy with {@code statusCode} replaced. */
  public IntegrationResponse withStatusCode(String statusCode) {
    return new IntegrationResponse(statusCode, selectionPattern, responseParameters, responseTemplates, contentHandling);
  }

  /** A copy with {@code selectionPattern} replaced. */
  public IntegrationResponse withSelectionPattern(Optional<String> selectionPattern) {
    return new IntegrationResponse(statusCode, selectionPattern, responseParameters, responseTemplates, contentHandling);
  }

  /** A copy with {@code responseParameters} replaced. */
  public IntegrationResponse withResponseParameters(Map<String, String> responseParameters) {
    return new IntegrationResponse(statusCode, selectionPattern, responseParameters, responseTemplates, contentHandling);
  }

  /** A copy with {@code responseTemplates} replaced. */
  public IntegrationResponse withResponseTemplates(Map<String, String> responseTemplates) {
    return new IntegrationResponse(statusCode, selectionPattern, responseParameters, responseTemplates, contentHandling);
  }

  /** A copy with {@code contentHandling} replaced. */
  public IntegrationResponse withContentHandling(Optional<String> contentHandling) {
    return new IntegrationResponse(statusCode, selectionPattern, responseParameters, responseTemplates, contentHandling);
  }
}
