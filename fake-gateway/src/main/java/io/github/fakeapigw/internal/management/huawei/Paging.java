package io.github.fakeapigw.internal.management.huawei;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakeapigw.internal.huawei.ApigException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The query side of Huawei's list operations: {@code page_size} (default 20, at most 500, 0 for
 * everything), {@code page_no} (from 1), filters, and {@code precise_search}, which names the
 * fuzzy filters (such as {@code name}) that must match exactly instead.
 */
final class Paging {
  private static final int DEFAULT_SIZE = 20;
  private static final int MAX_SIZE = 500;

  private final Map<String, List<String>> query;
  private final Set<String> precise;

  Paging(Map<String, List<String>> query) {
    this.query = query;
    this.precise = Set.copyOf(
        param("precise_search").map(s -> List.of(s.split(","))).orElse(List.of())
            .stream().map(String::trim).toList());
  }

  /** The last value of a query parameter, when present and not empty. */
  Optional<String> param(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() || values.get(values.size() - 1).isEmpty()
        ? Optional.empty()
        : Optional.of(values.get(values.size() - 1));
  }

  /** Whether an exact-match filter is absent or equals the value. */
  boolean exact(String filter, String value) {
    return param(filter).map(f -> f.equals(value)).orElse(true);
  }

  /** Whether an exact-match filter is absent or equals the value, ignoring case. */
  boolean exactIgnoringCase(String filter, String value) {
    return param(filter).map(f -> f.equalsIgnoreCase(value)).orElse(true);
  }

  /** Whether a fuzzy filter (substring, or exact when named by precise_search) holds. */
  boolean fuzzy(String filter, String value) {
    Optional<String> f = param(filter);
    if (f.isEmpty()) {
      return true;
    }
    if (value == null) {
      return false;
    }
    return precise.contains(filter)
        ? f.get().equals(value)
        : value.toLowerCase(Locale.ROOT).contains(f.get().toLowerCase(Locale.ROOT));
  }

  /** {@code {total, size, <key>: [...]}} for one page of the matching items. */
  ObjectNode page(String key, List<?> matching) {
    int size = number("page_size", DEFAULT_SIZE, 0, MAX_SIZE);
    int no = number("page_no", 1, 1, Integer.MAX_VALUE);
    List<?> page;
    if (size == 0) {
      page = matching;
    } else {
      long from = (long) (no - 1) * size;
      page = from >= matching.size()
          ? List.of()
          : matching.subList((int) from, (int) Math.min(matching.size(), from + size));
    }
    ObjectNode out = HuaweiJson.MAPPER.createObjectNode();
    out.put("total", matching.size());
    out.put("size", page.size());
    ArrayNode items = out.putArray(key);
    page.forEach(i -> items.add(HuaweiJson.MAPPER.valueToTree(i)));
    return out;
  }

  private int number(String name, int dflt, int min, int max) {
    Optional<String> v = param(name);
    if (v.isEmpty()) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v.get());
      if (n < min || n > max) {
        throw ApigException.invalid(name);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApigException.invalid(name);
    }
  }
}
