package io.github.fakeapigw.assertions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Golden failure messages in {@code src/test/resources/messages/<name>.txt}, with {@code \n}
 * newlines; returned with the platform's line separator, as {@code %n} renders.
 */
final class Golden {
  private Golden() {}

  static String message(String name) {
    try (InputStream in = Golden.class.getResourceAsStream("/messages/" + name + ".txt")) {
      if (in == null) {
        throw new AssertionError(
            "golden file messages/" + name + ".txt is missing (src/test/resources/messages/)");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (text.endsWith("\n")) {
        text = text.substring(0, text.length() - 1);
      }
      return text.replace("\n", System.lineSeparator());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a missing golden file for review (used while writing tests; never makes one pass). */
  static void writeForReview(String name, String actual) {
    Path p = Path.of("src/test/resources/messages", name + ".txt.new");
    try {
      Files.writeString(p, actual.replace(System.lineSeparator(), "\n") + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs the call, expects an AssertionError and compares its whole message with the golden file.
   */
  static void assertFailure(ThrowingCallable call, String name) {
    Throwable t = Assertions.catchThrowable(call);
    Assertions.assertThat(t).as("failure of " + name).isInstanceOf(AssertionError.class);
    if (Golden.class.getResource("/messages/" + name + ".txt") == null) {
      writeForReview(name, t.getMessage());
      throw new AssertionError(
          "no golden file for " + name + "; wrote " + name + ".txt.new for review");
    }
    Assertions.assertThat(t.getMessage()).isEqualTo(message(name));
  }
}
