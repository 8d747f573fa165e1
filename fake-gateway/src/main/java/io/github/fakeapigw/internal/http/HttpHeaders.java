package io.github.fakeapigw.internal.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable, ordered, case-insensitive multimap of HTTP headers that keeps the case in which each
 * name was first seen (API Gateway preserves header name case in proxy events).
 */
public final class HttpHeaders {
  private static final HttpHeaders EMPTY = new HttpHeaders(Map.of(), Map.of());

  /** lower-cased name -> entry holding the original name and the values in arrival order. */
  private final Map<String, Entry> entries;

  /**
   * The multi-value view, built once: every request records its headers and hands them to the
   * HTTP layer, so the view is asked for several times per message.
   */
  private final Map<String, List<String>> multiValueMap;

  private record Entry(String name, List<String> values) {}

  private HttpHeaders(Map<String, Entry> entries, Map<String, List<String>> multiValueMap) {
    this.entries = entries;
    this.multiValueMap = multiValueMap;
  }

  public static HttpHeaders empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    entries.values().forEach(e -> e.values().forEach(v -> b.add(e.name(), v)));
    return b;
  }

  /** The last value of a header (API Gateway's single-value view). */
  public Optional<String> last(String name) {
    Entry e = entries.get(name.toLowerCase(Locale.ROOT));
    return e == null ? Optional.empty() : Optional.of(e.values().get(e.values().size() - 1));
  }

  /** The first value of a header. */
  public Optional<String> first(String name) {
    Entry e = entries.get(name.toLowerCase(Locale.ROOT));
    return e == null ? Optional.empty() : Optional.of(e.values().get(0));
  }

  public List<String> all(String name) {
    Entry e = entries.get(name.toLowerCase(Locale.ROOT));
    return e == null ? List.of() : e.values();
  }

  public boolean contains(String name) {
    return entries.containsKey(name.toLowerCase(Locale.ROOT));
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** Header names as first seen, in arrival order. */
  public List<String> names() {
    List<String> names = new ArrayList<>(entries.size());
    entries.values().forEach(e -> names.add(e.name()));
    return names;
  }

  /** Single-value view: original name -> last value. */
  public Map<String, String> toSingleValueMap() {
    Map<String, String> m = new LinkedHashMap<>();
    entries.values().forEach(e -> m.put(e.name(), e.values().get(e.values().size() - 1)));
    return Collections.unmodifiableMap(m);
  }

  /** Multi-value view (unmodifiable): original name -> all values. */
  public Map<String, List<String>> toMultiValueMap() {
    return multiValueMap;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HttpHeaders h && multiValueMap.equals(h.multiValueMap);
  }

  @Override
  public int hashCode() {
    return multiValueMap.hashCode();
  }

  @Override
  public String toString() {
    return multiValueMap.toString();
  }

  /** A single-use builder. */
  public static final class Builder {
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    public Builder add(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      entries
          .computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new Entry(name, new ArrayList<>()))
          .values()
          .add(value);
      return this;
    }

    /** Replaces every value of the header (keeping the new name's case). */
    public Builder set(String name, String value) {
      remove(name);
      return add(name, value);
    }

    public Builder setAll(String name, List<String> values) {
      remove(name);
      values.forEach(v -> add(name, v));
      return this;
    }

    public Builder remove(String name) {
      entries.remove(name.toLowerCase(Locale.ROOT));
      return this;
    }

    public boolean contains(String name) {
      return entries.containsKey(name.toLowerCase(Locale.ROOT));
    }

    public HttpHeaders build() {
      Map<String, Entry> copy = new LinkedHashMap<>();
      Map<String, List<String>> multi = new LinkedHashMap<>();
      for (Map.Entry<String, Entry> e : entries.entrySet()) {
        Entry entry = e.getValue();
        List<String> values = List.copyOf(entry.values());
        copy.put(e.getKey(), new Entry(entry.name(), values));
        multi.put(entry.name(), values);
      }
      return new HttpHeaders(copy, Collections.unmodifiableMap(multi));
    }
  }
}
