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
    // {name} placeholders: a '{', at least one character, the next '}'.
    StringBuilder sb = new StringBuilder(s.length() + 32);
    int copied = 0;
    int open = s.indexOf('{');
    while (open >= 0) {
      int close = s.indexOf('}', open + 1);
      if (close < 0) {
        break;
      }
      if (close == open + 1) { // "{}" names nothing and stays as it is
        open = s.indexOf('{', open + 1);
        continue;
      }
      String name = s.substring(open + 1, close);
      String value = pathParameters.get(name);
      if (value == null) {
        throw new IntegrationException(
            IntegrationException.Kind.CONFIGURATION,
            "Invalid endpoint address: integration uri \"" + uri + "\" has placeholder {"
                + name + "} but no integration.request.path." + name
                + " mapping produced a value", null);
      }
      sb.append(s, copied, open).append(value);
      copied = close + 1;
      open = s.indexOf('{', copied);
    }
    sb.append(s, copied, s.length());
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
