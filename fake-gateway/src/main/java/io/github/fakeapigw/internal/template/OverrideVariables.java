package io.github.fakeapigw.internal.template;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code $context.requestOverride} and {@code $context.responseOverride} of one rendering. Request
 * overrides are writable only in request templates (writes in response templates are ignored);
 * response overrides in both, a request template's being applied to the method response unless the
 * response template sets them again (AWS-recorded for MOCK: LocalStack's
 * test_apigateway_integrations.snapshot.json,
 * test_integration_mock_with_response_override_in_request_template answers 444). Setting the same
 * override twice in one template fails, because "overrides are final".
 */
public final class OverrideVariables {
  private static final Logger LOG = LoggerFactory.getLogger(OverrideVariables.class);

  final RequestOverride request;
  final ResponseOverride response;

  OverrideVariables(Overrides prior, boolean responseTemplate) {
    this.request =
        new RequestOverride(
            new OverrideMap(
                "requestOverride.header", prior.requestHeaders(), !responseTemplate, true),
            new OverrideMap(
                "requestOverride.querystring",
                prior.requestQueryStrings(),
                !responseTemplate,
                false),
            new OverrideMap(
                "requestOverride.path", prior.requestPaths(), !responseTemplate, false));
    this.response =
        new ResponseOverride(
            new OverrideMap(
                "responseOverride.header", prior.responseHeaders(), true, true),
            prior.responseStatus(),
            true);
  }

  Overrides toOverrides() {
    return new Overrides(
        request.header.asStrings(),
        request.querystring.asStrings(),
        request.path.asStrings(),
        response.status,
        response.header.asStrings());
  }

  /** {@code $context.requestOverride}: {@code header}, {@code querystring}, {@code path}. */
  public static final class RequestOverride {
    private final OverrideMap header;
    private final OverrideMap querystring;
    private final OverrideMap path;

    RequestOverride(OverrideMap header, OverrideMap querystring, OverrideMap path) {
      this.header = header;
      this.querystring = querystring;
      this.path = path;
    }

    /** {@code $context.requestOverride.header}. */
    public Map<String, Object> getHeader() {
      return header;
    }

    /** {@code $context.requestOverride.querystring}. */
    public Map<String, Object> getQuerystring() {
      return querystring;
    }

    /** {@code $context.requestOverride.path}. */
    public Map<String, Object> getPath() {
      return path;
    }

    @Override
    public String toString() {
      return "{header=" + header + ", querystring=" + querystring + ", path=" + path + "}";
    }
  }

  /** {@code $context.responseOverride}: {@code status} and {@code header}. */
  public static final class ResponseOverride {
    private final OverrideMap header;
    private final boolean writable;
    private Optional<Integer> status;
    private Object statusValue;
    private boolean statusSet;

    ResponseOverride(OverrideMap header, Optional<Integer> prior, boolean writable) {
      this.header = header;
      this.status = prior;
      this.statusValue = prior.orElse(null);
      this.writable = writable;
    }

    /** {@code $context.responseOverride.header}. */
    public Map<String, Object> getHeader() {
      return header;
    }

    /** {@code $context.responseOverride.status}: the value set, or null. */
    public Object getStatus() {
      return statusValue;
    }

    /**
     * {@code #set($context.responseOverride.status = 400)}: a number or numeric text; a value that
     * is not an integer 100-599 is ignored.
     */
    public void setStatus(Object value) {
      if (value == null || value instanceof AbsentValue) {
        return;
      }
      if (!writable) {
        LOG.debug("Ignoring $context.responseOverride.status set in a request template");
        return;
      }
      if (statusSet) {
        throw new IllegalStateException(
            "$context.responseOverride.status was already set in this template; overrides are"
                + " final and can be set only once");
      }
      statusSet = true;
      statusValue = value;
      status = parseStatus(value);
    }

    private static Optional<Integer> parseStatus(Object value) {
      Integer code = null;
      if (value instanceof Integer || value instanceof Long || value instanceof Short) {
        long l = ((Number) value).longValue();
        code = l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE ? (int) l : null;
      } else {
        try {
          code = Integer.valueOf(value.toString().strip());
        } catch (NumberFormatException e) {
          code = null;
        }
      }
      if (code == null || code < 100 || code > 599) {
        LOG.debug("Ignoring $context.responseOverride.status '{}': not an integer 100-599", value);
        return Optional.empty();
      }
      return Optional.of(code);
    }

    @Override
    public String toString() {
      return "{status=" + statusValue + ", header=" + header + "}";
    }
  }

  /** One writable override map; remembers which names this template set. */
  public static final class OverrideMap extends LinkedHashMap<String, Object> {
    private static final long serialVersionUID = 1L;
    private final String label;
    private final boolean writable;
    private final boolean caseInsensitive;
    private final Set<String> setHere = new HashSet<>();
    private boolean initialized;

    OverrideMap(
        String label, Map<String, String> prior, boolean writable, boolean caseInsensitive) {
      this.label = label;
      this.writable = writable;
      this.caseInsensitive = caseInsensitive;
      super.putAll(prior);
      this.initialized = true;
    }

    @Override
    public Object put(String key, Object value) {
      if (!initialized) {
        return super.put(key, value);
      }
      if (key == null || value == null || value instanceof AbsentValue) {
        return get(key);
      }
      if (!writable) {
        LOG.debug("Ignoring $context.{}.{}: not writable in this template", label, key);
        return get(key);
      }
      String id = caseInsensitive ? key.toLowerCase(Locale.ROOT) : key;
      if (!setHere.add(id)) {
        throw new IllegalStateException(
            "$context."
                + label
                + "."
                + key
                + " was already set in this template; overrides are final and can be set only"
                + " once");
      }
      if (caseInsensitive) {
        keySet().removeIf(k -> k.equalsIgnoreCase(key));
      }
      return super.put(key, value);
    }

    @Override
    public void putAll(Map<? extends String, ?> m) {
      m.forEach(this::put);
    }

    @Override
    public Object get(Object key) {
      Object value = super.get(key);
      if (value == null && caseInsensitive && key instanceof String s) {
        for (Map.Entry<String, Object> e : entrySet()) {
          if (e.getKey().equalsIgnoreCase(s)) {
            return e.getValue();
          }
        }
      }
      return value;
    }

    Map<String, String> asStrings() {
      Map<String, String> out = new LinkedHashMap<>();
      forEach((k, v) -> out.put(k, String.valueOf(v)));
      return out;
    }
  }
}
