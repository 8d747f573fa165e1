package io.github.fakeapigw.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's first command for real: the shaded jar as its own process, then SIGTERM.
 * Runs in the {@code verify} phase, after the jar is packaged.
 */
class StandaloneJarIT {

  @Test
  void the_standalone_jar_prints_its_urls_serves_the_example_and_exits_cleanly_on_sigterm()
      throws Exception {
    Path jar = Path.of(System.getProperty("standalone.jar", "target/fake-gateway-standalone.jar"));
    assertThat(jar).exists();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(java.toString(), "-jar", jar.toString(), "--seed", "1")
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      // bounded: a jar that never prints its URLs fails here (the finally's destroy unblocks the read)
      List<String> lines = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
          Duration.ofSeconds(60), () -> {
            List<String> found = new ArrayList<>();
            String line;
            while (found.size() < 3 && (line = out.readLine()) != null) {
              if (line.startsWith("management: ") || line.startsWith("invoke: ") || line.startsWith("reset: ")) {
                found.add(line);
              }
            }
            return found;
          }, "the standalone jar printed its management, invoke and reset URLs within 60 s");
      assertThat(lines).hasSize(3);
      assertThat(lines.get(0)).matches("management: http://127\\.0\\.0\\.1:\\d+");
      URI pets = URI.create(lines.get(1).substring("invoke: ".length()));
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(HttpRequest.newBuilder(pets).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("\"type\": \"dog\"");

      process.destroy(); // SIGTERM
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("exited after SIGTERM").isTrue();
      assertThat(process.exitValue()).isIn(0, 143);
    } finally {
      process.destroyForcibly();
    }
    assertThat(Files.size(jar)).isPositive();
  }
}
