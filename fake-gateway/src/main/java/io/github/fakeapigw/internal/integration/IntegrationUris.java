package io.github.fakeapigw.internal.integration;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves an integration {@code uri}: {@code ${stageVariables.x}} first, then {@code {name}}
 * placeholders from {@code integration.request.path.name} mappings, then the mapped query string.
 */
public final class IntegrationUris {
  private static final Pattern STAGE_VARIABLE = Pattern.compile("\\$\\{stageVariables\\.([^}]+)}");
  private static final String STAGE_VARIABLE_START = "${stageVariables.";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

  private IntegrationUris() {}

  /** Replaces {@code ${stageVariables.x}}; undefined variables become empty. */
  public static String substituteStageVariables(String uri, Map<String, String> stageVariables) {
    if (!uri.contains(STAGE_VARIABLE_START)) {
      return uri; // the common case: nothing to substitute, no matcher needed
    }
    Matcher m = STAGE_VARIABLE.matcher(uri);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          sb, Matcher.quoteReplacement(stageVariables.getOrDefault(m.group(1), "")));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /**
   * Resolves the whole uri and appends {@code query} (each name/value percent-encoded).
   *
   * @throws IntegrationException ({@link IntegrationException.Kind#CONFIGURATION}) when a {@code
   *     {name}} placeholder has no path mapping or the result is not a valid absolute http(s) URI
   */
  public static URI resolve(
      String uri,
      Map<String, String> stageVariables,
      Map<String, String> pathParameters,
      Map<String, List<String>> query,
      String rawQueryToKeep)
      throws IntegrationException {
    String s = substituteStageVariables(uri, stageVariables);
    Matcher m = PLACEHOLDER.matcher(s);
    StringBuilder sb = new StringBuilder(s.length() + 32);
    while (m.find()) {
      String value = pathParameters.get(m.group(1));
      if (value == null) {
        throw new IntegrationException(
            IntegrationException.Kind.CONFIGURATION,
            "Invalid endpoint address: integration uri \"" + uri + "\" has placeholder {"
                + m.group(1) + "} but no integration.request.path." + m.group(1)
                + " mapping produced a value", null);
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(value));
    }
    m.appendTail(sb);
    StringBuilder q = new StringBuilder(rawQueryToKeep == null ? "" : rawQueryToKeep);
    query.forEach(
        (name, values) ->
            values.forEach(
                v -> {
                  if (q.length() > 0) {
                    q.append('&');
                  }
                  q.append(encode(name)).append('=').append(encode(v));
                }));
    String full = sb.toString();
    if (q.length() > 0) {
      full = full + (full.contains("?") ? "&" : "?") + q;
    }
    try {
      URI result = new URI(full);
      if (result.getScheme() == null || result.getHost() == null
          || !(result.getScheme().equalsIgnoreCase("http")
              || result.getScheme().equalsIgnoreCase("https"))) {
        throw new IntegrationException(
            IntegrationException.Kind.CONFIGURATION,
            "Invalid endpoint address: \"" + full + "\" (integration uri \"" + uri
                + "\") is not an absolute http(s) URL", null);
      }
      return result;
    } catch (java.net.URISyntaxException e) {
      throw new IntegrationException(
          IntegrationException.Kind.CONFIGURATION,
          "Invalid endpoint address: \"" + full + "\" (integration uri \"" + uri + "\"): "
              + e.getMessage(), e);
    }
  }

  /** Percent-encodes a query component (spaces as {@code %20}). */
  public static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
