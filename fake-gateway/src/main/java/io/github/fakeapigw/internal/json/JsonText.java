package io.github.fakeapigw.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Reads JSON text into {@link JsonObjectMap} / {@link JsonArrayList} / String / Integer / Long /
 * BigInteger / Double / Boolean / null, and writes such values back as compact JSON.
 */
public final class JsonText {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(1000).build())
          .build();

  private JsonText() {}

  /** A parsed document: {@code value} may be null for the JSON literal {@code null}. */
  public record Parsed(Object value) {}

  /**
   * Parses JSON text; empty when the text is not exactly one JSON value (blank, malformed, or
   * followed by more content).
   */
  public static Optional<Parsed> parse(String json) {
    if (json == null || json.isBlank()) {
      return Optional.empty();
    }
    try (JsonParser parser = FACTORY.createParser(json)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return Optional.empty();
      }
      Object value = readValue(parser, first);
      if (parser.nextToken() != null) {
        return Optional.empty();
      }
      return Optional.of(new Parsed(value));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Object readValue(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT:
        {
          JsonObjectMap map = new JsonObjectMap();
          JsonToken t;
          while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            map.put(name, readValue(parser, parser.nextToken()));
          }
          if (t != JsonToken.END_OBJECT) {
            throw new IOException("unterminated object");
          }
          return map;
        }
      case START_ARRAY:
        {
          JsonArrayList list = new JsonArrayList();
          JsonToken t;
          while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
              throw new IOException("unterminated array");
            }
            list.add(readValue(parser, t));
          }
          return list;
        }
      case VALUE_STRING:
        return parser.getText();
      case VALUE_NUMBER_INT:
        return switch (parser.getNumberType()) {
          case INT -> parser.getIntValue();
          case LONG -> parser.getLongValue();
          default -> parser.getBigIntegerValue();
        };
      case VALUE_NUMBER_FLOAT:
        return parser.getDoubleValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new IOException("unexpected token " + token);
    }
  }

  /**
   * Writes a value as compact JSON. Maps and collections become objects and arrays, numbers and
   * booleans stay bare, anything else is written as a JSON string of its {@code toString()}.
   */
  public static String write(Object value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = FACTORY.createGenerator(out)) {
      writeValue(gen, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeValue(JsonGenerator gen, Object value) throws IOException {
    if (value == null) {
      gen.writeNull();
    } else if (value instanceof String s) {
      gen.writeString(s);
    } else if (value instanceof Map<?, ?> map) {
      gen.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        gen.writeFieldName(String.valueOf(e.getKey()));
        writeValue(gen, e.getValue());
      }
      gen.writeEndObject();
    } else if (value instanceof Collection<?> list) {
      gen.writeStartArray();
      for (Object element : list) {
        writeValue(gen, element);
      }
      gen.writeEndArray();
    } else if (value instanceof Object[] array) {
      gen.writeStartArray();
      for (Object element : array) {
        writeValue(gen, element);
      }
      gen.writeEndArray();
    } else if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      gen.writeNumber(((Number) value).longValue());
    } else if (value instanceof BigInteger b) {
      gen.writeNumber(b);
    } else if (value instanceof BigDecimal b) {
      gen.writeNumber(b);
    } else if (value instanceof Double d) {
      writeFloating(gen, d);
    } else if (value instanceof Float f) {
      writeFloating(gen, f.doubleValue());
    } else if (value instanceof Boolean b) {
      gen.writeBoolean(b);
    } else {
      gen.writeString(value.toString());
    }
  }

  private static void writeFloating(JsonGenerator gen, double d) throws IOException {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      gen.writeString(Double.toString(d));
    } else {
      gen.writeNumber(d);
    }
  }
}
