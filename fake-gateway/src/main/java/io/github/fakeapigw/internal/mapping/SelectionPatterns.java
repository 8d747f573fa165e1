package io.github.fakeapigw.internal.mapping;

import io.github.fakeapigw.model.IntegrationResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Chooses the integration response for a selection value (a status code, or a Lambda {@code
 * errorMessage}): each {@code selectionPattern} is a Java regex that must match the <em>whole</em>
 * value; when none matches, the response without a pattern (the default) is used.
 *
 * <p>Deterministic when several could apply: patterned responses are tried in ascending order of
 * their status codes and the first match wins; among several defaults the lowest status code wins.
 *
 * <p>One instance per gateway: patterns are compiled once per distinct text and cached, so the
 * request path never recompiles them. Thread-safe.
 *
 * @see <a
 *     href="https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-integration-settings-integration-response.html">
 *     Integration responses</a>
 */
public final class SelectionPatterns {
  private static final Comparator<IntegrationResponse> BY_STATUS_CODE =
      Comparator.comparing(IntegrationResponse::statusCode);

  /** Compiled patterns by their text; bounded by the distinct patterns the APIs configure. */
  private final Map<String, Pattern> compiled = new ConcurrentHashMap<>();

  /**
   * Compiles a selection pattern in time linear in its length.
   *
   * <p>{@link Pattern#compile} builds a Boyer-Moore table for a pattern that starts with a literal,
   * in time quadratic in that literal's length (a 200 KB literal takes about a minute). The table
   * only serves {@code find()}, never {@code matches()}, which is all a selection uses; an empty
   * non-capturing group in front keeps the pattern from starting with a literal, and changes neither
   * what it matches nor, since a quantifier right after it is refused first, which patterns are valid.
   *
   * @throws PatternSyntaxException when the text is not a valid Java regex
   */
  public static Pattern compile(String pattern) {
    if (!pattern.isEmpty() && "*+?".indexOf(pattern.charAt(0)) >= 0) {
      // dangling at the start: Java refuses it at once; after the group it would quantify the group
      return Pattern.compile(pattern);
    }
    return Pattern.compile(GUARD + pattern);
  }

  private static final String GUARD = "(?:)";

  private Pattern compiled(String pattern) {
    Pattern p = compiled.get(pattern);
    if (p == null) {
      // compiled outside the map's lock, so a long pattern never blocks the others
      p = compile(pattern);
      Pattern raced = compiled.putIfAbsent(pattern, p);
      p = raced == null ? p : raced;
    }
    return p;
  }

  /** The chosen response, and the pattern that matched (empty for the default response). */
  public record Selection(IntegrationResponse response, Optional<String> matchedPattern) {}

  /**
   * Selects the integration response for {@code value}.
   *
   * @return empty when nothing matches and there is no default response
   * @throws MappingException when a selection pattern is not a valid Java regex
   */
  public Optional<Selection> select(
      Map<String, IntegrationResponse> responses, String value) throws MappingException {
    List<IntegrationResponse> ordered = new ArrayList<>(responses.values());
    if (ordered.size() > 1) {
      ordered.sort(BY_STATUS_CODE);
    }
    for (IntegrationResponse r : ordered) {
      if (r.isDefault()) {
        continue;
      }
      String pattern = r.selectionPattern().orElseThrow();
      try {
        if (compiled(pattern).matcher(value).matches()) {
          return Optional.of(new Selection(r, Optional.of(pattern)));
        }
      } catch (PatternSyntaxException e) {
        throw new MappingException(
            "Invalid selectionPattern \"" + pattern + "\" of integration response "
                + r.statusCode() + ": " + e.getDescription(), e);
      }
    }
    for (IntegrationResponse r : ordered) {
      if (r.isDefault()) {
        return Optional.of(new Selection(r, Optional.empty()));
      }
    }
    return Optional.empty();
  }
}
