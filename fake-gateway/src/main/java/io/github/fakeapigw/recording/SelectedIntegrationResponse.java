package io.github.fakeapigw.recording;

import java.util.Optional;

/**
 * The integration response chosen for a non-proxy integration.
 *
 * @param statusCode the integration response's status code
 * @param selectionPattern the pattern that matched; empty when the default response was used
 * @param selectionValue what the patterns were matched against (status code, or Lambda {@code
 *     errorMessage})
 */
public record SelectedIntegrationResponse(
    String statusCode, Optional<String> selectionPattern, String selectionValue) {
  public SelectedIntegrationResponse {
    selectionPattern = Copies.opt(selectionPattern);
  }
}
