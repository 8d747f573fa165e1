package io.github.fakeapigw.internal.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakeapigw.internal.json.JaywayJsonPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Engine-level behaviour the fixture cases cannot show: caching, isolation, thread safety. */
class VelocityMappingTemplatesTest {
  private final VelocityMappingTemplates templates =
      new VelocityMappingTemplates(new JaywayJsonPaths());

  @Test
  void parses_each_distinct_template_text_once() throws TemplateException {
    TemplateInput input = TemplateFixtures.input("{\"a\": 1}");
    for (int i = 0; i < 5; i++) {
      assertThat(templates.render("a=$input.path('$.a')", input).output()).isEqualTo("a=1");
    }
    templates.render("other $input.body", input);
    assertThat(templates.cachedTemplateCount()).isEqualTo(2);
  }

  @Test
  void a_failing_template_keeps_failing_with_the_same_message() {
    TemplateInput input = TemplateFixtures.input("{}");
    String bad = "#if($a)\nno end";
    assertThatThrownBy(() -> templates.render(bad, input))
        .isInstanceOf(TemplateException.class)
        .hasMessage(
            "Mapping template parse error: Encountered \"<EOF>\" at mapping template[line 2,"
                + " column 7]");
    assertThatThrownBy(() -> templates.render(bad, input))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("line 2, column 7");
  }

  @Test
  void runtime_failures_name_the_method_line_and_column() {
    TemplateInput input = TemplateFixtures.input("{}");
    assertThatThrownBy(() -> templates.render("ok\n  $util.parseJson('[1,')", input))
        .isInstanceOf(TemplateException.class)
        .hasMessage(
            "Mapping template error: $util.parseJson: not valid JSON: [1, at mapping"
                + " template[line 2, column 9]");
    assertThatThrownBy(() -> templates.render("#set($s = 'abc')\n$s.substring(5)", input))
        .isInstanceOf(TemplateException.class)
        .hasMessage(
            "Mapping template error: $s.substring(..) threw"
                + " java.lang.StringIndexOutOfBoundsException: begin 5, end 3, length 3 at mapping"
                + " template[line 2, column 4]");
  }

  @Test
  void a_macro_stays_local_to_the_template_defining_it() throws TemplateException {
    TemplateInput input = TemplateFixtures.input("{}");
    assertThat(templates.render("#macro(hi $n)Hi $n#end#hi('A')", input).output())
        .isEqualTo("Hi A");
    assertThat(templates.render("#hi('B')", input).output()).isEqualTo("#hi('B')");
  }

  @Test
  void variables_set_in_one_rendering_are_not_seen_by_the_next() throws TemplateException {
    TemplateInput input = TemplateFixtures.input("{}");
    assertThat(templates.render("#set($leak = 'x')$leak", input).output()).isEqualTo("x");
    assertThat(templates.render("[$leak]", input).output()).isEqualTo("[]");
  }

  @Test
  void engines_of_two_instances_are_independent() throws TemplateException {
    VelocityMappingTemplates other = new VelocityMappingTemplates(new JaywayJsonPaths());
    TemplateInput input = TemplateFixtures.input("{}");
    templates.render("one", input);
    assertThat(other.cachedTemplateCount()).isZero();
    assertThat(other.render("two", input).output()).isEqualTo("two");
  }

  @Test
  void renders_concurrently_without_mixing_requests() throws Exception {
    String template =
        "#set($id = $input.path('$.id'))#foreach($i in [1..20])$id#end|$input.json('$.id')";
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Boolean>> tasks = new ArrayList<>();
      for (int t = 0; t < 200; t++) {
        int id = t;
        tasks.add(
            () -> {
              String out =
                  templates
                      .render(template, TemplateFixtures.input("{\"id\": " + id + "}"))
                      .output();
              return out.equals(String.valueOf(id).repeat(20) + "|" + id);
            });
      }
      for (Future<Boolean> f : pool.invokeAll(tasks)) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
