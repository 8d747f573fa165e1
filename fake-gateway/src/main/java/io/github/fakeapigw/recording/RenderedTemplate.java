package io.github.fakeapigw.recording;

import java.util.Optional;

/**
 * A mapping template that ran.
 *
 * @param phase request or response side
 * @param contentType the content type key that selected the template
 * @param template the template text
 * @param output what it rendered; empty when it failed
 * @param error the engine's error (with line and column) when it failed
 */
public record RenderedTemplate(
    Phase phase, String contentType, String template, Optional<String> output, Optional<String> error) {
  public RenderedTemplate {
    output = Copies.opt(output).map(Copies::head);
    error = Copies.opt(error);
  }

  /** Where a template runs. */
  public enum Phase {
    REQUEST,
    RESPONSE
  }
}
