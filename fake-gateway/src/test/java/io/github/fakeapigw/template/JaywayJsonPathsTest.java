package io.github.fakeapigw.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakeapigw.internal.json.JaywayJsonPaths;
import io.github.fakeapigw.internal.json.JsonArrayList;
import io.github.fakeapigw.internal.json.JsonObjectMap;
import io.github.fakeapigw.internal.json.JsonPaths;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JaywayJsonPathsTest {
  private static final String PETS =
      """
      {"store": {"name": "Pets & Co", "open": true, "rating": 4.5,
                 "pets": [{"id": 1, "type": "dog", "price": 249.99},
                          {"id": 2, "type": "cat", "price": 124.99},
                          {"id": 3, "type": "fish", "price": 0.99}]},
       "full name": "Rex", "nothing": null, "big": 12345678901, "huge": 123456789012345678901234567890}
      """;

  private final JsonPaths paths = new JaywayJsonPaths();

  @Test
  void reads_scalars_as_plain_java_types() {
    assertThat(paths.read(PETS, "$.store.name")).contains("Pets & Co");
    assertThat(paths.read(PETS, "$.store.open")).contains(true);
    assertThat(paths.read(PETS, "$.store.rating")).contains(4.5);
    assertThat(paths.read(PETS, "$.store.pets[0].id")).contains(1);
    assertThat(paths.read(PETS, "$.big")).contains(12345678901L);
    assertThat(paths.read(PETS, "$.huge"))
        .contains(new BigInteger("123456789012345678901234567890"));
  }

  @Test
  void reads_objects_as_maps_and_arrays_as_lists_in_document_order() {
    Object store = paths.read(PETS, "$.store").orElseThrow();
    assertThat(store).isInstanceOf(JsonObjectMap.class).isInstanceOf(Map.class);
    assertThat(List.<Object>copyOf(((Map<?, ?>) store).keySet()))
        .containsExactly("name", "open", "rating", "pets");
    Object pets = paths.read(PETS, "$.store.pets").orElseThrow();
    assertThat(pets).isInstanceOf(JsonArrayList.class).isInstanceOf(List.class);
    assertThat((List<?>) pets).hasSize(3);
  }

  @Test
  void accepts_paths_without_the_leading_dollar_as_parameter_mappings_write_them() {
    assertThat(paths.read(PETS, "store.name")).contains("Pets & Co");
    assertThat(paths.read(PETS, "store.pets[1].type")).contains("cat");
    assertThat(paths.read("[{\"a\": 1}]", "[0].a")).contains(1);
    assertThat(paths.read(PETS, ".store.open")).contains(true);
    assertThat(paths.readAsJson("{\"a\":1}", "")).contains("{\"a\":1}");
  }

  @Test
  void supports_bracket_notation_wildcards_deep_scan_and_filters() {
    assertThat(paths.read(PETS, "$['full name']")).contains("Rex");
    assertThat(paths.read(PETS, "$.store.pets[*].type")).contains(List.of("dog", "cat", "fish"));
    assertThat(paths.read(PETS, "$..id")).contains(List.of(1, 2, 3));
    assertThat(paths.readAsJson(PETS, "$.store.pets[?(@.price > 100)].id")).contains("[1,2]");
    assertThat(paths.read(PETS, "$.store.pets.length()")).contains(3);
  }

  @Test
  void returns_empty_when_the_path_matches_nothing_or_the_text_is_not_json() {
    assertThat(paths.read(PETS, "$.missing")).isEmpty();
    assertThat(paths.read(PETS, "$.store.missing.deeper")).isEmpty();
    assertThat(paths.read(PETS, "$.store.pets[7]")).isEmpty();
    assertThat(paths.read(PETS, "$.nothing")).isEmpty();
    assertThat(paths.read("not json", "$")).isEmpty();
    assertThat(paths.read("", "$")).isEmpty();
    assertThat(paths.read("{\"a\": 1} trailing", "$.a")).isEmpty();
    assertThat(paths.readAsJson(PETS, "$.missing")).isEmpty();
    assertThat(paths.readAsJson("{oops", "$")).isEmpty();
  }

  @Test
  void indefinite_path_matching_nothing_is_an_empty_list() {
    assertThat(paths.readAsJson(PETS, "$.store.pets[?(@.price > 1000)]")).contains("[]");
  }

  @Test
  void serializes_results_as_compact_json_with_quoted_strings() {
    assertThat(paths.readAsJson(PETS, "$.store.name")).contains("\"Pets & Co\"");
    assertThat(paths.readAsJson(PETS, "$.store.pets[2]"))
        .contains("{\"id\":3,\"type\":\"fish\",\"price\":0.99}");
    assertThat(paths.readAsJson(PETS, "$.store.open")).contains("true");
    assertThat(paths.readAsJson(PETS, "$.nothing")).contains("null");
    assertThat(paths.readAsJson("{\"s\":\"a\\\"b\\n\"}", "$.s")).contains("\"a\\\"b\\n\"");
  }

  @Test
  void prints_maps_as_java_maps_and_lists_as_json_like_api_gateway() {
    Object root = paths.read("{\"foo\":[{\"nested\":\"bar\"}],\"m\":{\"k\":1}}", "$").orElseThrow();
    assertThat(root).hasToString("{foo=[{\"nested\":\"bar\"}], m={k=1}}");
    Object list = paths.read("[{\"foo\":\"bar\"}, [1, \"x\"]]", "$").orElseThrow();
    assertThat(list).hasToString("[{\"foo\":\"bar\"},[1,\"x\"]]");
  }

  @Test
  void parsed_document_evaluates_many_paths_without_reparsing() {
    JsonPaths.Document document = paths.parse(PETS);
    assertThat(document.isJson()).isTrue();
    assertThat(document.read("$.store.pets[0].type")).contains("dog");
    assertThat(document.readAsJson("$.store.pets[1].price")).contains("124.99");
    assertThat(paths.parse("<xml/>").isJson()).isFalse();
  }

  @Test
  void rejects_syntactically_invalid_paths_with_the_path_in_the_message() {
    assertThatThrownBy(() -> paths.read(PETS, "$.store[?("))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid JSONPath expression '$.store[?(': ");
  }
}
