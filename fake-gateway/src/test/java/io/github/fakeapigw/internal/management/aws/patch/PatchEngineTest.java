package io.github.fakeapigw.internal.management.aws.patch;

import static io.github.fakeapigw.internal.management.aws.patch.PatchOperation.Op.ADD;
import static io.github.fakeapigw.internal.management.aws.patch.PatchOperation.Op.REMOVE;
import static io.github.fakeapigw.internal.management.aws.patch.PatchOperation.Op.REPLACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.fakeapigw.internal.management.aws.ApiException;
import io.github.fakeapigw.internal.management.aws.patch.JsonPointer;
import io.github.fakeapigw.internal.management.aws.patch.PatchOperation;
import io.github.fakeapigw.internal.management.aws.patch.PatchRules;
import io.github.fakeapigw.internal.management.aws.patch.PatchValues;
import io.github.fakeapigw.internal.management.aws.patch.RawPatchOperation;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The PATCH engine on a small record: paths, ops, unescaping, messages, ordering. */
class PatchEngineTest {

  record Thing(String name, boolean enabled, Map<String, String> tags) {}

  private static final Thing START = new Thing("start", false, Map.of("keep", "1"));

  private static final PatchRules<Thing> RULES = PatchRules.<Thing>builder()
      .field("/name", EnumSet.of(REPLACE), (t, op) -> new Thing(PatchValues.required(op), t.enabled(), t.tags()))
      .field("/enabled", EnumSet.of(REPLACE), (t, op) -> new Thing(t.name(), PatchValues.bool(op), t.tags()))
      .keyed("/tags", EnumSet.of(ADD, REPLACE, REMOVE), (t, op, key) -> {
        Map<String, String> tags = new LinkedHashMap<>(t.tags());
        if (op.op() == REMOVE) {
          tags.remove(key);
        } else {
          tags.put(key, PatchValues.required(op));
        }
        return new Thing(t.name(), t.enabled(), tags);
      })
      .build();

  private static PatchOperation op(PatchOperation.Op op, String path, String value) {
    return PatchOperation.of(op, path, value);
  }

  static Stream<Arguments> accepted() {
    return Stream.of(
        Arguments.of(List.of(op(REPLACE, "/name", "n")), new Thing("n", false, Map.of("keep", "1"))),
        Arguments.of(List.of(op(REPLACE, "/enabled", "TRUE")), new Thing("start", true, Map.of("keep", "1"))),
        Arguments.of(List.of(op(ADD, "/tags/application~1json", "x")),
            new Thing("start", false, Map.of("keep", "1", "application/json", "x"))),
        Arguments.of(List.of(op(ADD, "/tags/a~0b", "x")), new Thing("start", false, Map.of("keep", "1", "a~b", "x"))),
        Arguments.of(List.of(op(ADD, "/tags/~01", "x")), new Thing("start", false, Map.of("keep", "1", "~1", "x"))),
        Arguments.of(List.of(op(REMOVE, "/tags/keep", null)), new Thing("start", false, Map.of())),
        Arguments.of(List.of(op(ADD, "/tags/-", "x")), new Thing("start", false, Map.of("keep", "1", "-", "x"))),
        Arguments.of(List.of(op(REPLACE, "/name", "a"), op(REPLACE, "/name", "b")),
            new Thing("b", false, Map.of("keep", "1"))),
        Arguments.of(List.of(op(ADD, "/tags/t", "1"), op(REMOVE, "/tags/t", null)),
            new Thing("start", false, Map.of("keep", "1"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accepted")
  void applies_operations_in_order(List<PatchOperation> ops, Thing expected) {
    assertThat(RULES.apply(START, ops)).isEqualTo(expected);
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of(op(ADD, "/name", "x"), "Invalid patch operation specified. Must be one of: [replace]"),
        Arguments.of(op(PatchOperation.Op.MOVE, "/name", "x"),
            "Invalid patch operation specified. Must be one of: [replace]"),
        Arguments.of(op(PatchOperation.Op.COPY, "/tags/x", "x"),
            "Invalid patch operation specified. Must be one of: [add, remove, replace]"),
        Arguments.of(op(PatchOperation.Op.TEST, "/tags/x", "x"),
            "Invalid patch operation specified. Must be one of: [add, remove, replace]"),
        Arguments.of(op(REPLACE, "/unknown", "x"), "Invalid patch path /unknown"),
        Arguments.of(op(REPLACE, null, "x"), "Invalid patch path null"),
        Arguments.of(op(ADD, "/tags", "x"), "Invalid patch path /tags"),
        Arguments.of(op(ADD, "/tags/", "x"), "Invalid patch path /tags/"),
        Arguments.of(op(ADD, "/tags/application/json", "x"), "Invalid patch path /tags/application/json"),
        Arguments.of(op(REPLACE, "/name", null), "Invalid patch value null specified for /name"),
        Arguments.of(op(REPLACE, "/enabled", "yes"), "Invalid boolean value specified for /enabled: 'yes'"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("refused")
  void refuses_with_awss_message(PatchOperation op, String message) {
    ApiException e = catchThrowableOfType(ApiException.class, () -> RULES.apply(START, List.of(op)));

    assertThat(e.status()).isEqualTo(400);
    assertThat(e.errorType()).isEqualTo("BadRequestException");
    assertThat(e.getMessage()).isEqualTo(message);
  }

  @Test
  void a_refused_later_operation_fails_the_whole_request() {
    List<PatchOperation> ops = List.of(op(REPLACE, "/name", "changed"), op(REPLACE, "/nope", "x"));

    ApiException e = catchThrowableOfType(ApiException.class, () -> RULES.apply(START, ops));

    assertThat(e).as("the refusal of the second operation").isNotNull();
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.getMessage()).isEqualTo("Invalid patch path /nope");
    assertThat(RULES.apply(START, ops.subList(0, 1))).isEqualTo(new Thing("changed", false, Map.of("keep", "1")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "/a~1b/c       | a/b,c",
      "/~1pets~1{id}/GET/caching/enabled | /pets/{id},GET,caching,enabled",
      "/a~01         | a~1",
      "/*/*          | *,*",
      "/x/           | x,",
  })
  void splits_and_unescapes_json_pointers(String pointer, String tokens) {
    assertThat(JsonPointer.tokens(pointer)).containsExactlyElementsOf(Arrays.asList(tokens.split(",", -1)));
  }

  @Test
  void escapes_keys_for_pointers() {
    assertThat(JsonPointer.escape("application/json")).isEqualTo("application~1json");
    assertThat(JsonPointer.escape("a~/b")).isEqualTo("a~0~1b");
    assertThat(JsonPointer.unescape(JsonPointer.escape("~1/~0"))).isEqualTo("~1/~0");
  }

  static Stream<Arguments> ops() {
    return Stream.of(
        Arguments.of(List.of("replace", "add", "copy"), null),
        Arguments.of(List.of("replace", "upsert"),
            "1 validation error detected: Value 'upsert' at 'updateThingInput.patchOperations.2.member.op' failed to"
                + " satisfy constraint: Member must satisfy enum value set: [add, remove, move, test, replace, copy]"),
        Arguments.of(Arrays.asList("REPLACE", null),
            "2 validation errors detected: Value 'REPLACE' at 'updateThingInput.patchOperations.1.member.op' failed"
                + " to satisfy constraint: Member must satisfy enum value set: [add, remove, move, test, replace,"
                + " copy]; Value 'null' at 'updateThingInput.patchOperations.2.member.op' failed to satisfy"
                + " constraint: Member must satisfy enum value set: [add, remove, move, test, replace, copy]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ops")
  void checks_ops_against_the_enum_reporting_every_violation(List<String> ops, String message) {
    List<RawPatchOperation> raw = ops.stream()
        .map(o -> new RawPatchOperation(Optional.ofNullable(o), Optional.of("/name"), Optional.of("x"), Optional.empty()))
        .toList();

    if (message == null) {
      assertThat(RawPatchOperation.validate("updateThingInput", raw)).extracting(PatchOperation::op)
          .containsExactly(REPLACE, ADD, PatchOperation.Op.COPY);
    } else {
      ApiException e = catchThrowableOfType(ApiException.class, () -> RawPatchOperation.validate("updateThingInput", raw));
      assertThat(e.errorType()).isEqualTo("ValidationException");
      assertThat(e.status()).isEqualTo(400);
      assertThat(e.getMessage()).isEqualTo(message);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"29000, 29000", " 50 , 50", "-1, -1"})
  void coerces_integer_values(String value, int expected) {
    assertThat(PatchValues.integer(op(REPLACE, "/x", value))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"25.0, 25.0", "50, 50.0", "0.0, 0.0"})
  void coerces_number_values(String value, double expected) {
    assertThat(PatchValues.number(op(REPLACE, "/x", value))).isEqualTo(expected);
  }

  @Test
  void clearable_values_treat_empty_and_absent_as_cleared() {
    assertThat(PatchValues.clearable(op(REPLACE, "/x", ""))).isEmpty();
    assertThat(PatchValues.clearable(op(REPLACE, "/x", null))).isEmpty();
    assertThat(PatchValues.clearable(op(REPLACE, "/x", "v"))).hasValue("v");
  }
}
