package io.github.fakeapigw.internal.integration.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FunctionRefTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "prices                                                     | prices | -    | -         | -",
        "prices:live                                                | prices | live | -         | -",
        "prices:3                                                   | prices | 3    | -         | -",
        "arn:aws:lambda:us-east-1:123456789012:function:prices      | prices | -    | us-east-1 | 123456789012",
        "arn:aws:lambda:eu-west-1:210987654321:function:prices:live | prices | live | eu-west-1 | 210987654321",
        "arn:aws:lambda:us-east-1:123456789012:function:my_fn-2:$LATEST | my_fn-2 | $LATEST | us-east-1 | 123456789012",
      })
  void parses_names_qualifiers_and_arns(
      String input, String name, String qualifier, String region, String account) {
    FunctionRef ref = FunctionRef.parse(input);

    assertThat(ref)
        .isEqualTo(
            new FunctionRef(
                name,
                Optional.ofNullable(qualifier),
                Optional.ofNullable(region),
                Optional.ofNullable(account)));
    assertThat(ref.toString()).isEqualTo(input);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "pri ces",
        "prices:",
        "a:b:c",
        "arn:aws:lambda:us-east-1:123:function:prices",
        "arn:aws:s3:::bucket"
      })
  void rejects_what_is_neither_a_name_nor_a_function_arn(String input) {
    assertThatThrownBy(() -> FunctionRef.parse(input))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "A Lambda function must be given as a name (\"prices\"), a name with a version or"
                + " alias (\"prices:live\", \"prices:3\") or a function ARN"
                + " (\"arn:aws:lambda:us-east-1:123456789012:function:prices[:qualifier]\");"
                + " names use only letters, digits, '-' and '_'; offending: \""
                + input
                + "\"");
  }

  @Test
  void reports_a_numeric_qualifier_as_the_version_and_anything_else_as_latest() {
    assertThat(FunctionRef.parse("prices:3").version()).isEqualTo("3");
    assertThat(FunctionRef.parse("prices:live").version()).isEqualTo("$LATEST");
    assertThat(FunctionRef.parse("prices").version()).isEqualTo("$LATEST");
  }

  @Test
  void completes_the_arn_with_the_gateway_region_and_account() {
    assertThat(FunctionRef.parse("prices:live").arn("eu-west-1", "111122223333"))
        .isEqualTo("arn:aws:lambda:eu-west-1:111122223333:function:prices:live");
  }

  @Test
  void substitutes_stage_variables_in_the_uri_and_extracts_the_function_arn() {
    String uri =
        LambdaUris.substituteStageVariables(
            "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
                + "arn:aws:lambda:us-east-1:123456789012:function:${stageVariables.fn}:${stageVariables.alias}/invocations",
            Map.of("fn", "prices", "alias", "live"));

    assertThat(LambdaUris.functionArn(uri))
        .contains("arn:aws:lambda:us-east-1:123456789012:function:prices:live");
    assertThat(LambdaUris.functionArn("arn:aws:apigateway:us-east-1:s3:path/bucket/key")).isEmpty();
  }

  @Test
  void an_undefined_stage_variable_substitutes_as_nothing() {
    assertThat(LambdaUris.substituteStageVariables("fn-${stageVariables.missing}", Map.of()))
        .isEqualTo("fn-");
  }
}
