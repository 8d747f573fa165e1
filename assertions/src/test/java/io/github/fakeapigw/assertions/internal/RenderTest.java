package io.github.fakeapigw.assertions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RenderTest {

  @Test
  void bodies_up_to_500_chars_are_kept_whole() {
    String body = "a".repeat(500);

    assertThat(Render.truncate(body)).isEqualTo(body);
  }

  @Test
  void longer_bodies_are_cut_with_the_count_of_dropped_chars() {
    assertThat(Render.truncate("a".repeat(500) + "bcd"))
        .isEqualTo("a".repeat(500) + "… (3 more chars)");
  }

  @Test
  void json_bodies_are_pretty_printed_and_empty_ones_named() {
    assertThat(Render.body("{\"a\":[1,{\"b\":null}]}"))
        .isEqualTo("{\n  \"a\": [\n    1,\n    {\n      \"b\": null\n    }\n  ]\n}");
    assertThat(Render.body("")).isEqualTo("(empty)");
    assertThat(Render.body("{not json")).isEqualTo("{not json");
  }

  @ParameterizedTest
  @CsvSource({"10.0, 10", "0.1, 0.1", "0.123456, 0.1235", "55.25, 55.25", "0, 0"})
  void numbers_drop_trailing_zeros_and_keep_four_decimals(double value, String expected) {
    assertThat(Render.number(value)).isEqualTo(expected);
  }

  @Test
  void json_differences_ignore_key_order_and_number_notation() {
    var expected = Json.parse("{\"a\": 1, \"b\": [1, 2]}").node().orElseThrow();
    var actual = Json.parse("{\"b\": [1.0, 2], \"a\": 1.00}").node().orElseThrow();

    assertThat(Json.differences(expected, actual)).isEmpty();
  }

  @Test
  void json_differences_name_each_path() {
    var expected = Json.parse("{\"a\": {\"x y\": true}, \"b\": [1, 2]}").node().orElseThrow();
    var actual =
        Json.parse("{\"a\": {\"x y\": \"true\"}, \"b\": [2], \"c\": null}").node().orElseThrow();

    assertThat(Json.differences(expected, actual))
        .containsExactly(
            "$.a['x y']: expected true but was \"true\"",
            "$.b[0]: expected 1 but was 2",
            "$.b: expected 2 elements but was 1",
            "$.c: unexpected null");
  }
}
