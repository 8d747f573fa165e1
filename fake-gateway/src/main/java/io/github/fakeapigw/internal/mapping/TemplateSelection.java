package io.github.fakeapigw.internal.mapping;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses mapping templates: request templates by the request {@code Content-Type} (absent means
 * {@code application/json}) with the passthrough rules; response templates by {@code Accept}, else
 * {@code application/json}, else the first.
 *
 * @see <a
 *     href="https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html">
 *     Method request behavior for payloads without mapping templates</a>
 */
public final class TemplateSelection {
  public static final String APPLICATION_JSON = "application/json";

  private TemplateSelection() {}

  /** The outcome of choosing a request template. */
  public sealed interface RequestChoice {
    /** Render this template. */
    record Render(String contentType, String template) implements RequestChoice {}

    /** Send the method request body as it is. */
    record PassThrough(String reason) implements RequestChoice {}

    /** Reject with 415 Unsupported Media Type. */
    record Unsupported(String reason) implements RequestChoice {}
  }

  /**
   * Chooses the request template, or passthrough, or 415, per the table of invoke.md §6.
   *
   * @param passthroughBehavior {@code WHEN_NO_MATCH}, {@code WHEN_NO_TEMPLATES} or {@code NEVER}
   */
  public static RequestChoice forRequest(
      Map<String, String> templates, Optional<String> contentType, String passthroughBehavior) {
    String key = contentType.map(TemplateSelection::mediaType).filter(s -> !s.isEmpty())
        .orElse(APPLICATION_JSON);
    Optional<Map.Entry<String, String>> match = find(templates, key);
    if (match.isPresent()) {
      return new RequestChoice.Render(match.get().getKey(), match.get().getValue());
    }
    String behavior = passthroughBehavior.toUpperCase(Locale.ROOT);
    if (templates.isEmpty()) {
      return behavior.equals("NEVER")
          ? new RequestChoice.Unsupported(
              "passthroughBehavior is NEVER and the integration has no request templates")
          : new RequestChoice.PassThrough("no request templates are defined");
    }
    String reason = "no request template for content type \"" + key + "\" (templates: "
        + templates.keySet() + ")";
    return behavior.equals("WHEN_NO_MATCH")
        ? new RequestChoice.PassThrough(reason)
        : new RequestChoice.Unsupported(reason + " and passthroughBehavior is " + behavior);
  }

  /**
   * Chooses the response template: the first media type of {@code Accept} that has a template, else
   * {@code application/json}, else the first template.
   */
  public static Optional<Map.Entry<String, String>> forResponse(
      Map<String, String> templates, Optional<String> accept) {
    if (templates.isEmpty()) {
      return Optional.empty();
    }
    if (accept.isPresent()) {
      for (String range : accept.get().split(",")) {
        String type = mediaType(range);
        if (!type.contains("*")) {
          Optional<Map.Entry<String, String>> m = find(templates, type);
          if (m.isPresent()) {
            return m;
          }
        }
      }
    }
    Optional<Map.Entry<String, String>> json = find(templates, APPLICATION_JSON);
    return json.isPresent() ? json : Optional.of(templates.entrySet().iterator().next());
  }

  /** The media type of a header value, lower-cased, without parameters. */
  public static String mediaType(String headerValue) {
    int semi = headerValue.indexOf(';');
    return (semi < 0 ? headerValue : headerValue.substring(0, semi)).trim()
        .toLowerCase(Locale.ROOT);
  }

  private static Optional<Map.Entry<String, String>> find(Map<String, String> templates, String type) {
    for (Map.Entry<String, String> e : templates.entrySet()) {
      if (mediaType(e.getKey()).equals(type)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
