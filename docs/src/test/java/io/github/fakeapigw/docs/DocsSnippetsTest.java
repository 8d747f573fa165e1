package io.github.fakeapigw.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the user guide true to the code: every {@code <!-- snippet: Class#tag -->} marker in {@code
 * docs/*.md} must be followed by a code fence holding exactly the lines between {@code // tag::tag[]}
 * and {@code // end::tag[]} in {@code docs/src/test/java/.../Class.java} (a compiled, passing test).
 */
class DocsSnippetsTest {
  private static final Path DOCS = Path.of("").toAbsolutePath();
  private static final Path SOURCES = DOCS.resolve("src/test/java/io/github/fakeapigw/docs");
  private static final Pattern MARKER =
      Pattern.compile("<!-- snippet: ([A-Za-z0-9_]+)#([A-Za-z0-9_-]+) -->\\R```[a-z]*\\R(.*?)\\R```",
          Pattern.DOTALL);

  record Snippet(String page, String className, String tag, String code) {
    @Override
    public String toString() {
      return page + ": " + className + "#" + tag;
    }
  }

  /** The guide's pages and the README. */
  static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(DOCS)) {
      pages.addAll(files.filter(p -> p.toString().endsWith(".md")).sorted().toList());
    }
    Path readme = DOCS.resolveSibling("README.md");
    if (Files.exists(readme)) {
      pages.add(readme);
    }
    return pages;
  }

  static Stream<Snippet> snippets() throws IOException {
    List<Snippet> all = new ArrayList<>();
    {
      for (Path page : pages()) {
        Matcher m = MARKER.matcher(Files.readString(page));
        while (m.find()) {
          all.add(new Snippet(page.getFileName().toString(), m.group(1), m.group(2), m.group(3)));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("snippets")
  void every_snippet_in_the_guide_is_the_code_of_a_compiled_test(Snippet snippet) {
    Path source = SOURCES.resolve(snippet.className() + ".java");
    assertThat(source).as("test source for %s", snippet).exists();
    assertThat(normalize(snippet.code()))
        .as("snippet %s must equal the tagged region of %s", snippet, source.getFileName())
        .isEqualTo(normalize(taggedRegion(source, snippet.tag())));
  }

  @org.junit.jupiter.api.Test
  void every_java_example_in_the_guide_comes_from_a_test() throws IOException {
    Pattern fence = Pattern.compile("(?m)^```java$");
    List<String> handTyped = new ArrayList<>();
    {
      for (Path page : pages()) {
        String text = Files.readString(page);
        Matcher m = fence.matcher(text);
        while (m.find()) {
          String before = text.substring(0, m.start()).stripTrailing();
          String lastLine = before.substring(before.lastIndexOf('\n') + 1);
          if (!lastLine.startsWith("<!-- snippet: ")) {
            int line = (int) text.substring(0, m.start()).lines().count() + 1;
            handTyped.add(page.getFileName() + ":" + line);
          }
        }
      }
    }
    assertThat(handTyped)
        .as("```java fences without a <!-- snippet: Class#tag --> marker on the line before")
        .isEmpty();
  }

  /** The lines between the tag markers, dedented. */
  static String taggedRegion(Path source, String tag) {
    List<String> lines;
    try {
      lines = Files.readAllLines(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int start = -1;
    int end = -1;
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).trim();
      if (t.equals("// tag::" + tag + "[]")) {
        start = i + 1;
      } else if (t.equals("// end::" + tag + "[]") && start >= 0) {
        end = i;
        break;
      }
    }
    assertThat(start).as("// tag::%s[] in %s", tag, source.getFileName()).isNotNegative();
    assertThat(end).as("// end::%s[] in %s", tag, source.getFileName()).isNotNegative();
    return String.join("\n", lines.subList(start, end));
  }

  /** Removes the common indentation and trailing blanks, so only the code itself is compared. */
  static String normalize(String code) {
    List<String> lines = code.lines().map(String::stripTrailing).toList();
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return String.join(
            "\n", lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList())
        .strip();
  }
}
