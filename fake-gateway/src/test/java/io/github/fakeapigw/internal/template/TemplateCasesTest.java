package io.github.fakeapigw.internal.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.fakeapigw.internal.json.JaywayJsonPaths;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders every case of the fixture files under {@code src/test/resources/vtl/} and compares the
 * output (and overrides, or the error) exactly.
 *
 * <p>A case: {@code name}, {@code template}, optional {@code request} ({@code body}, {@code
 * headers} as a list of {@code [name, value]} pairs or a map, {@code path}, {@code query} with
 * string or list values), {@code context} (InvocationContext fields to override), {@code
 * stageVariables}, {@code responseTemplate} (boolean), {@code priorOverrides}, and either {@code
 * expected} (+ optional {@code expectedOverrides}) or {@code expectedError} (substrings).
 */
class TemplateCasesTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final VelocityMappingTemplates templates =
      new VelocityMappingTemplates(new JaywayJsonPaths());

  static Stream<Arguments> cases() throws IOException, URISyntaxException {
    URL dir = TemplateCasesTest.class.getClassLoader().getResource("vtl");
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of(dir.toURI()))) {
      files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    List<Arguments> all = new ArrayList<>();
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        JsonNode root = YAML.readTree(in);
        for (JsonNode c : root.get("cases")) {
          String name =
              file.getFileName().toString().replace(".yaml", "") + "/" + c.get("name").asText();
          all.add(Arguments.of(name, c));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void renders_exactly_as_aws(String name, JsonNode c) {
    String template = c.get("template").asText();
    TemplateInput input = input(c);
    String where =
        String.format(
            "case %s%ntemplate:%n%s%nbody: %s%n", name, indent(template), indent(input.body()));
    if (c.has("expectedError")) {
      TemplateException error =
          catchThrowableOfType(TemplateException.class, () -> templates.render(template, input));
      assertThat(error).as(where + "expected a TemplateException").isNotNull();
      for (JsonNode part : list(c.get("expectedError"))) {
        assertThat(error.getMessage()).as(where + "error message").contains(part.asText());
      }
      return;
    }
    TemplateResult result;
    try {
      result = templates.render(template, input);
    } catch (TemplateException e) {
      throw new AssertionError(where + "rendering failed: " + e.getMessage(), e);
    }
    assertThat(result.output()).as(where + "output").isEqualTo(c.get("expected").asText());
    if (c.has("expectedOverrides")) {
      assertThat(result.overrides())
          .as(where + "overrides")
          .isEqualTo(overrides(c.get("expectedOverrides")));
    } else if (!c.has("priorOverrides")) {
      assertThat(result.overrides()).as(where + "overrides").isEqualTo(Overrides.NONE);
    }
  }

  private static String indent(String s) {
    return "  " + s.replace("\n", "\n  ");
  }

  private static Iterable<JsonNode> list(JsonNode node) {
    return node.isArray() ? node : List.of(node);
  }

  private static TemplateInput input(JsonNode c) {
    JsonNode req = c.path("request");
    String body = req.has("body") ? text(req.get("body")) : "";
    Map<String, String> path = stringMap(req.path("path"));
    Map<String, List<String>> query = new LinkedHashMap<>();
    req.path("query")
        .fields()
        .forEachRemaining(
            e -> {
              List<String> values = new ArrayList<>();
              list(e.getValue()).forEach(v -> values.add(v.asText()));
              query.put(e.getKey(), values);
            });
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    JsonNode h = req.path("headers");
    if (h.isArray()) {
      h.forEach(pair -> headers.add(Map.entry(pair.get(0).asText(), pair.get(1).asText())));
    } else {
      h.fields().forEachRemaining(e -> headers.add(Map.entry(e.getKey(), e.getValue().asText())));
    }
    Map<String, Object> ctx = new LinkedHashMap<>();
    c.path("context")
        .fields()
        .forEachRemaining(
            e ->
                ctx.put(
                    e.getKey(),
                    e.getValue().isNull()
                        ? null
                        : e.getValue().isBoolean()
                            ? e.getValue().asBoolean()
                            : e.getValue().asText()));
    Overrides prior = c.has("priorOverrides") ? overrides(c.get("priorOverrides")) : Overrides.NONE;
    return new TemplateInput(
        body,
        TemplateFixtures.request(body, path, query, headers),
        TemplateFixtures.context(ctx, stringMap(c.path("stageVariables"))),
        prior,
        c.path("responseTemplate").asBoolean(false));
  }

  private static String text(JsonNode node) {
    return node.isTextual() ? node.asText() : node.toString();
  }

  private static Map<String, String> stringMap(JsonNode node) {
    Map<String, String> m = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
    return m;
  }

  private static Overrides overrides(JsonNode o) {
    return new Overrides(
        stringMap(o.path("requestHeaders")),
        stringMap(o.path("requestQueryStrings")),
        stringMap(o.path("requestPaths")),
        o.has("responseStatus") ? Optional.of(o.get("responseStatus").asInt()) : Optional.empty(),
        stringMap(o.path("responseHeaders")));
  }
}
