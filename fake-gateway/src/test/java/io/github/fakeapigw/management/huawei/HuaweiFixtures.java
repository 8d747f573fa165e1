package io.github.fakeapigw.management.huawei;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/** Golden files under {@code huawei/}, id and time masking, and unique names. */
final class HuaweiFixtures {
  static final Pattern HEX_ID = Pattern.compile("[0-9a-f]{32}");
  static final Pattern TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{7}Z");
  private static final Set<String> ID_KEYS = Set.of("id", "group_id", "req_param_id");
  private static final Set<String> TIME_KEYS = Set.of("register_time", "update_time");
  private static final AtomicInteger NAMES = new AtomicInteger();

  private HuaweiFixtures() {}

  static ObjectNode load(String name) {
    try (InputStream in = HuaweiFixtures.class.getResourceAsStream("/huawei/" + name)) {
      assertThat(in).as("classpath resource huawei/%s", name).isNotNull();
      return (ObjectNode) HuaweiClient.JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fixture with {@code "<placeholder>"} text values replaced. */
  static ObjectNode load(String name, Map<String, String> values) {
    String text = load(name).toString();
    for (Map.Entry<String, String> e : values.entrySet()) {
      text = text.replace("\"<" + e.getKey() + ">\"", "\"" + e.getValue() + "\"");
    }
    return HuaweiClient.object(text);
  }

  /** A copy with every id and time checked for Huawei's shape and replaced by a placeholder. */
  static JsonNode masked(JsonNode node) {
    JsonNode copy = node.deepCopy();
    mask(copy);
    return copy;
  }

  private static void mask(JsonNode node) {
    if (node instanceof ObjectNode o) {
      for (String key : iterable(o)) {
        JsonNode v = o.get(key);
        if (ID_KEYS.contains(key) && v.isTextual()) {
          assertThat(v.asText()).as("%s", key).matches(HEX_ID);
          o.set(key, TextNode.valueOf("<id>"));
        } else if (TIME_KEYS.contains(key) && v.isTextual()) {
          assertThat(v.asText()).as("%s", key).matches(TIME);
          o.set(key, TextNode.valueOf("<time>"));
        } else {
          mask(v);
        }
      }
    } else if (node instanceof ArrayNode a) {
      a.forEach(HuaweiFixtures::mask);
    }
  }

  private static java.util.List<String> iterable(ObjectNode o) {
    java.util.List<String> keys = new java.util.ArrayList<>();
    o.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  /** A name no other test of this JVM uses: letters, digits and underscores. */
  static String uniqueName(String prefix) {
    return prefix + "_" + NAMES.incrementAndGet();
  }
}
