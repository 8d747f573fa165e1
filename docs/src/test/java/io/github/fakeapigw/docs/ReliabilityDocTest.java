package io.github.fakeapigw.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.FakeApiGatewayOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReliabilityDocTest {

  @Test
  void limits_are_options_of_the_gateway() {
    // tag::limits[]
    FakeApiGatewayOptions options =
        FakeApiGatewayOptions.defaults()
            .withMaxConnections(64) // connection threads; the 65th connection gets a 503
            .withReadTimeout(Duration.ofSeconds(5)) // for a request's head, and for its body
            .withMaxRecordedBytes(16L * 1024 * 1024); // the recording keeps at most 16 MiB
    // end::limits[]
    try (FakeApiGateway gateway = new FakeApiGateway(options).start()) {
      assertThat(gateway.options().maxConnections()).isEqualTo(64);
      assertThat(gateway.options().readTimeout()).isEqualTo(Duration.ofSeconds(5));
    }
  }

  @Test
  void a_script_resets_the_gateway_with_the_control_header() throws Exception {
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      HttpClient http = HttpClient.newHttpClient();
      // tag::reset[]
      HttpResponse<String> reset =
          http.send(
              HttpRequest.newBuilder(URI.create(gateway.managementUrl() + "/_fakeapigw/reset"))
                  .header("X-FakeApiGw-Control", "1") // no web page can send this header
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      // end::reset[]
      assertThat(reset.statusCode()).isEqualTo(204);
      HttpResponse<String> refused =
          http.send(
              HttpRequest.newBuilder(URI.create(gateway.managementUrl() + "/_fakeapigw/reset"))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(refused.statusCode()).isEqualTo(403);
    }
  }
}
