package io.github.fakeapigw.internal.management.aws;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The operations of API Gateway's service model (REST APIs v1) by HTTP method and request URI, read
 * from {@code operations.tsv} beside this class. Tells a request the gateway does not implement
 * ({@code GetVpcLinks}) from one that no operation of the real service matches.
 */
final class AwsOperations {

  /** One operation: its verb, URI template segments, the query value its URI fixes, and its name. */
  record Operation(String method, List<String> template, Optional<Map.Entry<String, String>> fixedQuery,
      String name) {

    boolean matches(String verb, List<String> segments, Map<String, List<String>> query) {
      if (!method.equals(verb) || template.size() != segments.size()) {
        return false;
      }
      for (int i = 0; i < template.size(); i++) {
        String t = template.get(i);
        if (!(t.startsWith("{") && t.endsWith("}")) && !t.equals(segments.get(i))) {
          return false;
        }
      }
      return fixedQuery.map(q -> query.getOrDefault(q.getKey(), List.of()).contains(q.getValue())).orElse(true);
    }

    /** Literal segments and a fixed query make a template more specific. */
    int specificity() {
      int n = fixedQuery.isPresent() ? 1 : 0;
      for (String t : template) {
        if (!t.startsWith("{")) {
          n += 2;
        }
      }
      return n;
    }
  }

  private static final List<Operation> ALL = load();

  private AwsOperations() {}

  /** Every operation of the service model, the most specific templates first. */
  static List<Operation> all() {
    return ALL;
  }

  /** The service model's operation for this request, if any. */
  static Optional<Operation> find(String verb, List<String> segments, Map<String, List<String>> query) {
    for (Operation op : ALL) {
      if (op.matches(verb, segments, query)) {
        return Optional.of(op);
      }
    }
    return Optional.empty();
  }

  private static List<Operation> load() {
    List<Operation> ops = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(
            AwsOperations.class.getResourceAsStream("operations.tsv"), "operations.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        String uri = f[1];
        Optional<Map.Entry<String, String>> fixed = Optional.empty();
        int q = uri.indexOf('?');
        if (q >= 0) {
          String[] kv = uri.substring(q + 1).split("=", 2);
          fixed = Optional.of(Map.entry(kv[0], kv.length > 1 ? kv[1] : ""));
          uri = uri.substring(0, q);
        }
        List<String> template = new ArrayList<>();
        for (String s : uri.split("/")) {
          if (!s.isEmpty()) {
            template.add(s);
          }
        }
        ops.add(new Operation(f[0], List.copyOf(template), fixed, f[2]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ops.sort(Comparator.comparingInt(Operation::specificity).reversed());
    return List.copyOf(ops);
  }
}
