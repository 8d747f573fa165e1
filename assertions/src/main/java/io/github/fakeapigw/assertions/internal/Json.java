package io.github.fakeapigw.assertions.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apiguardian.api.API;

/** Parses, pretty-prints and structurally compares JSON text. Not API. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter PRETTY =
      MAPPER.writer(
          new DefaultPrettyPrinter()
              .withSeparators(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private Json() {}

  /** The parsed text, or a parse error's first line. */
  public static Parsed parse(String text) {
    try {
      JsonNode node = MAPPER.readTree(text);
      if (node == null || node.isMissingNode()) {
        return new Parsed(Optional.empty(), "no JSON content");
      }
      return new Parsed(Optional.of(node), "");
    } catch (JsonProcessingException e) {
      return new Parsed(Optional.empty(), e.getOriginalMessage());
    }
  }

  /** The result of {@link #parse}: a tree, or why there is none. */
  public record Parsed(Optional<JsonNode> node, String error) {}

  /** The text pretty-printed when it is JSON, else as given. */
  public static String prettyIfJson(String text) {
    String trimmed = text.strip();
    if (!(trimmed.startsWith("{") || trimmed.startsWith("["))) {
      return text;
    }
    return parse(text).node().map(Json::pretty).orElse(text);
  }

  /** The tree pretty-printed with two-space indents and {@code "key": value}. */
  public static String pretty(JsonNode node) {
    try {
      return PRETTY.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot print JSON tree", e);
    }
  }

  /**
   * The differences between two trees, as {@code $.path: expected X but was Y} lines; empty when
   * they are equal. Object key order is ignored, array order is not, numbers compare by value.
   */
  public static List<String> differences(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    diff("$", expected, actual, false, out);
    return out;
  }

  /**
   * As {@link #differences}, but object members the expected tree does not name are ignored at
   * every level (arrays still compare element by element).
   */
  public static List<String> missing(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    diff("$", expected, actual, true, out);
    return out;
  }

  private static void diff(
      String path, JsonNode expected, JsonNode actual, boolean lenient, List<String> out) {
    if (expected.isNumber() && actual.isNumber()) {
      if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
        out.add(path + ": expected " + expected + " but was " + actual);
      }
      return;
    }
    if (expected.getNodeType() != actual.getNodeType()) {
      out.add(path + ": expected " + compact(expected) + " but was " + compact(actual));
      return;
    }
    if (expected.isObject()) {
      TreeSet<String> names = new TreeSet<>();
      expected.fieldNames().forEachRemaining(names::add);
      if (!lenient) {
        actual.fieldNames().forEachRemaining(names::add);
      }
      for (String name : names) {
        String child =
            path + (name.matches("[A-Za-z_$][A-Za-z0-9_$]*") ? "." + name : "['" + name + "']");
        JsonNode e = expected.get(name);
        JsonNode a = actual.get(name);
        if (e == null) {
          out.add(child + ": unexpected " + compact(a));
        } else if (a == null) {
          out.add(child + ": expected " + compact(e) + " but was missing");
        } else {
          diff(child, e, a, lenient, out);
        }
      }
      return;
    }
    if (expected.isArray()) {
      Iterator<JsonNode> e = expected.elements();
      Iterator<JsonNode> a = actual.elements();
      int i = 0;
      while (e.hasNext() && a.hasNext()) {
        diff(path + "[" + i + "]", e.next(), a.next(), lenient, out);
        i++;
      }
      if (expected.size() != actual.size()) {
        out.add(path + ": expected " + expected.size() + " elements but was " + actual.size());
      }
      return;
    }
    if (!expected.equals(actual)) {
      out.add(path + ": expected " + compact(expected) + " but was " + compact(actual));
    }
  }

  private static String compact(JsonNode node) {
    String s = node.toString();
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }
}
