package io.github.fakeapigw.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakeapigw.model.IntegrationResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SelectionAndTemplateChoiceTest {

  private static IntegrationResponse response(String status, String pattern) {
    return new IntegrationResponse(status, Optional.ofNullable(pattern), Map.of(), Map.of(),
        Optional.empty());
  }

  private static final Map<String, IntegrationResponse> RESPONSES = new LinkedHashMap<>();

  static {
    RESPONSES.put("200", response("200", null));
    RESPONSES.put("404", response("404", "404"));
    RESPONSES.put("500", response("500", "5\\d{2}"));
    RESPONSES.put("400", response("400", ".*Error.*"));
    RESPONSES.put("401", response("401", "4\\d{2}"));
  }

  @ParameterizedTest(name = "\"{0}\" selects {1} (pattern {2})")
  @CsvSource(
      delimiter = '|',
      nullValues = "<default>",
      value = {
        "200              | 200 | <default>",
        "201              | 200 | <default>",
        "404              | 401 | 4\\d{2}",
        "403              | 401 | 4\\d{2}",
        "503              | 500 | 5\\d{2}",
        "5031             | 200 | <default>",
        "ValidationError  | 400 | .*Error.*",
        "line1 Error\\nx   | 200 | <default>",
      })
  void selection_patterns_match_the_whole_value_and_fall_back_to_the_default(
      String value, String status, String pattern) throws Exception {
    SelectionPatterns.Selection s =
        new SelectionPatterns().select(RESPONSES, value.replace("\\n", "\n")).orElseThrow();

    assertThat(s.response().statusCode()).isEqualTo(status);
    assertThat(s.matchedPattern()).isEqualTo(Optional.ofNullable(pattern));
  }

  @Test
  void without_a_default_nothing_is_selected() throws Exception {
    assertThat(new SelectionPatterns().select(Map.of("404", response("404", "404")), "200")).isEmpty();
  }

  @Test
  void among_several_defaults_the_lowest_status_code_wins() throws Exception {
    Map<String, IntegrationResponse> two = new LinkedHashMap<>();
    two.put("500", response("500", ""));
    two.put("200", response("200", null));

    assertThat(new SelectionPatterns().select(two, "418").orElseThrow().response().statusCode())
        .isEqualTo("200");
  }

  @Test
  void an_invalid_pattern_is_a_configuration_error() {
    assertThatThrownBy(() -> new SelectionPatterns().select(Map.of("400", response("400", "4(")), "400"))
        .isInstanceOf(MappingException.class)
        .hasMessageStartingWith("Invalid selectionPattern \"4(\" of integration response 400");
  }

  /**
 * AWS's passthrough behaviours: https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html
 */
  @ParameterizedTest(name = "templates={0} content-type={1} {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "<none>",
      value = {
        "json   | <none>                          | WHEN_NO_MATCH     | render",
        "json   | application/json                | WHEN_NO_MATCH     | render",
        "json   | application/json; charset=utf-8 | NEVER            | render",
        "json   | APPLICATION/JSON                | WHEN_NO_TEMPLATES | render",
        "json   | <none>                          | WHEN_NO_TEMPLATES | render",
        "json   | <none>                          | NEVER             | render",
        "json   | application/xml                 | WHEN_NO_MATCH     | passthrough",
        "json   | application/xml                 | WHEN_NO_TEMPLATES | 415",
        "json   | application/xml                 | NEVER             | 415",
        "none   | application/xml                 | WHEN_NO_MATCH     | passthrough",
        "none   | <none>                          | WHEN_NO_TEMPLATES | passthrough",
        "none   | text/plain                      | NEVER             | 415",
      })
  void request_templates_follow_the_passthrough_table(
      String templates, String contentType, String behavior, String outcome) {
    Map<String, String> t = templates.equals("json") ? Map.of("application/json", "{}") : Map.of();

    TemplateSelection.RequestChoice choice =
        TemplateSelection.forRequest(t, Optional.ofNullable(contentType), behavior);

    String actual = switch (outcome) {
      case "render" -> TemplateSelection.RequestChoice.Render.class.getSimpleName();
      case "passthrough" -> TemplateSelection.RequestChoice.PassThrough.class.getSimpleName();
      default -> TemplateSelection.RequestChoice.Unsupported.class.getSimpleName();
    };
    assertThat(choice.getClass().getSimpleName()).isEqualTo(actual);
  }

  @ParameterizedTest(name = "Accept {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "<none>",
      value = {
        "<none>                        | application/json",
        "application/xml               | application/xml",
        "text/html, application/xml;q=0.9 | application/xml",
        "*/*                           | application/json",
        "image/png                     | application/json",
      })
  void response_templates_follow_accept_then_json(String accept, String chosen) {
    Map<String, String> t = new LinkedHashMap<>();
    t.put("text/plain", "t");
    t.put("application/json", "j");
    t.put("application/xml", "x");

    assertThat(TemplateSelection.forResponse(t, Optional.ofNullable(accept)).orElseThrow().getKey())
        .isEqualTo(chosen);
  }

  @Test
  void without_json_the_first_response_template_is_used() {
    Map<String, String> t = new LinkedHashMap<>();
    t.put("text/plain", "t");
    t.put("application/xml", "x");

    assertThat(TemplateSelection.forResponse(t, Optional.of("image/png")).orElseThrow().getKey())
        .isEqualTo("text/plain");
  }
}
