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
}
