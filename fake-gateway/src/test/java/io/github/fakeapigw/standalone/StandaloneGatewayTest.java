package io.github.fakeapigw.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakeapigw.FakeApiGateway;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandaloneGatewayTest {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void prints_its_urls_and_serves_the_example_api() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (FakeApiGateway gateway =
        StandaloneGateway.start(
            StandaloneGateway.Arguments.parse(new String[] {"--seed", "7"}),
            new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
      List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
      assertThat(lines).hasSize(3);
      assertThat(lines.get(0)).isEqualTo("management: " + gateway.managementUrl());
      assertThat(lines.get(1)).startsWith("invoke: http://127.0.0.1:").endsWith("/dev/_user_request_/pets");
      assertThat(lines.get(2)).isEqualTo("reset: POST " + gateway.managementUrl() + "/_fakeapigw/reset"
          + " (with header X-FakeApiGw-Control: 1)");

      URI pets = URI.create(lines.get(1).substring("invoke: ".length()));
      HttpResponse<String> list = get(pets);
      assertThat(list.statusCode()).isEqualTo(200);
      assertThat(list.body()).isEqualTo("[{\"id\": 1, \"type\": \"dog\"}, {\"id\": 2, \"type\": \"cat\"}]");

      HttpResponse<String> one = get(URI.create(pets + "/42"));
      assertThat(one.statusCode()).isEqualTo(200);
      assertThat(one.body()).isEqualTo("{\"id\": 42, \"type\": \"dog\", \"stage\": \"dev\"}");

      HttpResponse<String> missing = get(URI.create(pets + "/rex"));
      assertThat(missing.statusCode()).isEqualTo(404);
      assertThat(missing.body()).isEqualTo("{\"message\": \"pet not found\"}");

      HttpResponse<String> created =
          http.send(
              HttpRequest.newBuilder(pets)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Rex\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(created.statusCode()).isEqualTo(201);
      assertThat(created.body()).isEqualTo("{\"created\": true}");
    }
  }

  @Test
  void the_reset_endpoint_clears_every_api_and_recording() throws Exception {
    try (FakeApiGateway gateway =
        StandaloneGateway.start(
            StandaloneGateway.Arguments.parse(new String[0]),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
      URI pets = URI.create(gateway.api(ExampleApi.NAME).invokeUrl(ExampleApi.STAGE) + "/pets");
      assertThat(get(pets).statusCode()).isEqualTo(200);
      assertThat(gateway.invocations()).hasSize(1);

      HttpResponse<String> reset =
          http.send(
              HttpRequest.newBuilder(URI.create(gateway.managementUrl() + "/_fakeapigw/reset"))
                  .header("X-FakeApiGw-Control", "1") // no web page can send it
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(reset.statusCode()).isEqualTo(204);
      assertThat(gateway.invocations()).isEmpty();
      assertThat(gateway.apis()).isEmpty();
      assertThat(get(pets).statusCode()).isEqualTo(403);
    }
  }

  @Test
  void serves_no_example_when_asked_not_to() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (FakeApiGateway gateway =
        StandaloneGateway.start(
            StandaloneGateway.Arguments.parse(new String[] {"--no-example"}),
            new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
      assertThat(bytes.toString(StandardCharsets.UTF_8)).doesNotContain("invoke:");
      assertThat(gateway.apis()).isEmpty();
    }
  }

  @Test
  void imports_and_deploys_openapi_files_instead_of_the_example() throws Exception {
    Path fixture =
        Path.of(getClass().getResource("/apigateway/orders.openapi.yaml").toURI());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (FakeApiGateway gateway =
        StandaloneGateway.start(
            StandaloneGateway.Arguments.parse(
                new String[] {"--openapi", fixture.toString(), "--stage", "test"}),
            new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
      List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
      String invokeUrl = gateway.api("orders").invokeUrl("test").toString();
      assertThat(lines).containsExactly(
          "management: " + gateway.managementUrl(),
          "invoke: " + invokeUrl + " (orders)",
          "reset: POST " + gateway.managementUrl() + "/_fakeapigw/reset"
              + " (with header X-FakeApiGw-Control: 1)");
      HttpResponse<String> health = get(URI.create(invokeUrl + "/health"));
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).isEqualTo("{\"status\": \"up\"}");
    }
  }

  @Test
  void a_missing_openapi_file_fails_the_start_naming_the_file() {
    assertThatThrownBy(
            () ->
                StandaloneGateway.start(
                    StandaloneGateway.Arguments.parse(new String[] {"--openapi", "no/such.yaml"}),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("OpenAPI file must be readable; offending: \"no/such.yaml\"");
  }

  @Test
  void rejects_unknown_arguments_and_bad_numbers_with_a_clear_message() {
    assertThatThrownBy(() -> StandaloneGateway.Arguments.parse(new String[] {"--prot", "1"}))
        .hasMessage("Unknown argument \"--prot\"");
    assertThatThrownBy(() -> StandaloneGateway.Arguments.parse(new String[] {"--port", "x"}))
        .hasMessage("--port needs a whole number; offending: \"x\"");
    assertThatThrownBy(() -> StandaloneGateway.Arguments.parse(new String[] {"--port"}))
        .hasMessage("--port needs a value");
    assertThatThrownBy(() -> StandaloneGateway.Arguments.parse(new String[] {"--stage", "a b"}))
        .hasMessage("--stage must be letters, digits, '-' or '_'; offending: \"a b\"");
  }

  private HttpResponse<String> get(URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }
}
