package io.github.fakeapigw.internal.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakeapigw.internal.json.JaywayJsonPaths;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The work and output bounds of one rendering. */
class TemplateBoundsTest {
  private final VelocityMappingTemplates templates =
      new VelocityMappingTemplates(new JaywayJsonPaths());

  @Test
  void a_foreach_stops_after_api_gateways_1000_iterations() throws TemplateException {
    TemplateInput input = TemplateFixtures.input("{}");
    String output =
        templates.render("#foreach($i in [1..20000000])x#end", input).output();
    assertThat(output).hasSize(VelocityMappingTemplates.MAX_FOREACH_ITERATIONS);
  }

  @Test
  void nested_loops_past_the_render_deadline_fail_the_rendering() {
    TemplateInput input = TemplateFixtures.input("{}");
    String nested = "#foreach($a in [1..1000])#foreach($b in [1..1000])#foreach($c in [1..1000])"
        + "#set($x = $c)#end#end#end";
    long start = System.nanoTime();
    assertThatThrownBy(() -> templates.render(nested, input))
        .isInstanceOf(TemplateException.class)
        .hasMessage("Mapping template took longer than "
            + VelocityMappingTemplates.MAX_RENDER_MILLIS
            + " ms to render; the gateway stops a rendering there");
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isLessThan(Duration.ofMillis(VelocityMappingTemplates.MAX_RENDER_MILLIS + 3_000));
  }

  @Test
  void output_past_10_mb_fails_the_rendering() {
    // 1,000 iterations of a 16 KB body: 16 MB
    TemplateInput input = TemplateFixtures.input("\"" + "x".repeat(16 * 1024) + "\"");
    String big = "#foreach($a in [1..1000])$input.body#end";
    assertThatThrownBy(() -> templates.render(big, input))
        .isInstanceOf(TemplateException.class)
        .hasMessage("Mapping template output exceeds " + VelocityMappingTemplates.MAX_OUTPUT_CHARS
            + " characters (API Gateway's 10 MB payload limit)");
  }
}
