package io.github.fakeapigw.internal.mapping;

import io.github.fakeapigw.recording.MappedParameter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates an integration response's {@code responseParameters} ({@code method.response.header.H}
 * to a source expression). Backend headers that are not mapped are dropped.
 *
 * @see <a
 *     href="https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html">
 *     Map response data</a>
 */
public final class ResponseParameterMapper {
  private static final String PREFIX = "method.response.header.";
  private final ParameterSources sources;

  public ResponseParameterMapper(ParameterSources sources) {
    this.sources = sources;
  }

  /**
   * The method response headers mapped.
   *
   * @param headers header name to value
   * @param recorded every mapping evaluated, in configuration order
   */
  public record Mapped(Map<String, String> headers, List<MappedParameter> recorded) {}

  private static final Mapped NONE = new Mapped(Map.of(), List.of());

  /** Evaluates every mapping; a source that is absent maps nothing. */
  public Mapped map(Map<String, String> responseParameters, ParameterSources.Scope scope)
      throws MappingException {
    if (responseParameters.isEmpty()) {
      return NONE;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    List<MappedParameter> recorded = new ArrayList<>();
    for (Map.Entry<String, String> e : responseParameters.entrySet()) {
      String target = e.getKey();
      if (!target.startsWith(PREFIX) || target.length() == PREFIX.length()) {
        throw new MappingException(
            "Invalid mapping expression specified: " + target
                + "; targets must be method.response.header.NAME");
      }
      List<String> values = sources.evaluateMapping(target, e.getValue(), scope);
      if (values.isEmpty()) {
        recorded.add(new MappedParameter(target, e.getValue(), Optional.empty()));
        continue;
      }
      String value = String.join(",", values);
      headers.put(target.substring(PREFIX.length()), value);
      recorded.add(new MappedParameter(target, e.getValue(), Optional.of(value)));
    }
    return new Mapped(Collections.unmodifiableMap(headers), List.copyOf(recorded));
  }
}
