package io.github.fakeapigw.internal.management.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakeapigw.internal.management.aws.patch.RawPatchOperation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads AWS REST-JSON request bodies with AWS's type strictness: a member of the wrong JSON type is a
 * 400 SerializationException ({@code class java.lang.Boolean can not be converted to an String}).
 */
final class AwsJson {
  private final ObjectNode node;

  private AwsJson(ObjectNode node) {
    this.node = node;
  }

  static AwsJson parse(ObjectMapper mapper, byte[] body) {
    if (body.length == 0) {
      return new AwsJson(mapper.createObjectNode());
    }
    JsonNode n;
    try {
      // one JSON value and nothing after it: {"name":"a"} x is refused, not read as {"name":"a"}
      n = mapper.reader().with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .readTree(body);
    } catch (IOException e) {
      throw ApiException.serialization("Could not parse request body into json: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage()));
    }
    if (n == null || n.isNull() || n.isMissingNode()) {
      return new AwsJson(mapper.createObjectNode());
    }
    if (!n.isObject()) {
      throw ApiException.serialization("Start of structure or map found where not expected.");
    }
    return new AwsJson((ObjectNode) n);
  }

  private static String javaClass(JsonNode n) {
    if (n.isBoolean()) {
      return "java.lang.Boolean";
    }
    if (n.isIntegralNumber()) {
      return "java.lang.Integer";
    }
    if (n.isNumber()) {
      return "java.math.BigDecimal";
    }
    if (n.isTextual()) {
      return "java.lang.String";
    }
    if (n.isArray()) {
      return "java.util.ArrayList";
    }
    return "java.util.LinkedHashMap";
  }

  private static ApiException wrongType(JsonNode n, String target) {
    return ApiException.serialization("class " + javaClass(n) + " can not be converted to an " + target);
  }

  private Optional<JsonNode> member(String name) {
    JsonNode n = node.get(name);
    return n == null || n.isNull() ? Optional.empty() : Optional.of(n);
  }

  /** Whether the member is sent, {@code null} counting as not sent. */
  boolean has(String name) {
    return member(name).isPresent();
  }

  Optional<String> string(String name) {
    return member(name).map(AwsJson::asString);
  }

  private static String asString(JsonNode n) {
    if (!n.isTextual()) {
      throw wrongType(n, "String");
    }
    return n.textValue();
  }

  Optional<Boolean> bool(String name) {
    return member(name).map(n -> {
      if (!n.isBoolean()) {
        throw wrongType(n, "Boolean");
      }
      return n.booleanValue();
    });
  }

  Optional<Integer> integer(String name) {
    return member(name).map(n -> {
      if (!n.isIntegralNumber() || !n.canConvertToInt()) {
        throw wrongType(n, "Integer");
      }
      return n.intValue();
    });
  }

  Optional<Double> number(String name) {
    return member(name).map(n -> {
      if (!n.isNumber()) {
        throw wrongType(n, "Double");
      }
      return n.doubleValue();
    });
  }

  Optional<AwsJson> object(String name) {
    return member(name).map(n -> {
      if (!n.isObject()) {
        throw wrongType(n, "Map");
      }
      return new AwsJson((ObjectNode) n);
    });
  }

  Map<String, String> stringMap(String name) {
    Map<String, String> m = new LinkedHashMap<>();
    member(name).ifPresent(n -> {
      if (!n.isObject()) {
        throw wrongType(n, "Map");
      }
      n.properties().forEach(e -> m.put(e.getKey(), e.getValue().isNull() ? "" : asString(e.getValue())));
    });
    return m;
  }

  Map<String, Boolean> boolMap(String name) {
    Map<String, Boolean> m = new LinkedHashMap<>();
    member(name).ifPresent(n -> {
      if (!n.isObject()) {
        throw wrongType(n, "Map");
      }
      n.properties().forEach(e -> {
        JsonNode v = e.getValue();
        if (!v.isBoolean()) {
          throw wrongType(v, "Boolean");
        }
        m.put(e.getKey(), v.booleanValue());
      });
    });
    return m;
  }

  Map<String, List<String>> stringListMap(String name) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    member(name).ifPresent(n -> {
      if (!n.isObject()) {
        throw wrongType(n, "Map");
      }
      n.properties().forEach(e -> m.put(e.getKey(), stringList(e.getValue())));
    });
    return m;
  }

  List<String> strings(String name) {
    return member(name).map(AwsJson::stringList).orElse(List.of());
  }

  private static List<String> stringList(JsonNode n) {
    if (!n.isArray()) {
      throw wrongType(n, "List");
    }
    List<String> out = new ArrayList<>();
    n.forEach(x -> out.add(asString(x)));
    return out;
  }

  List<RawPatchOperation> patchOperations() {
    List<RawPatchOperation> ops = new ArrayList<>();
    member("patchOperations").ifPresent(n -> {
      if (!n.isArray()) {
        throw wrongType(n, "List");
      }
      n.forEach(x -> {
        if (!x.isObject()) {
          throw wrongType(x, "Map");
        }
        AwsJson op = new AwsJson((ObjectNode) x);
        ops.add(new RawPatchOperation(op.string("op"), op.string("path"), op.string("value"), op.string("from")));
      });
    });
    return ops;
  }
}
