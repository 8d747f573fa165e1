package io.github.fakeapigw.internal.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.internal.context.IntegrationRequest;
import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.integration.lambda.LambdaFunctions;
import io.github.fakeapigw.internal.integration.lambda.LambdaIntegration;
import io.github.fakeapigw.internal.runtime.Backends;
import io.github.fakeapigw.recording.RecordedHttpMessage;
import io.github.fakeapigw.recording.RecordedIntegrationCall;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** HTTP and MOCK calls return their outcome together with the integration call to record. */
class IntegrationDispatcherTest {
  private final BackendHttpClient client = new BackendHttpClient();
  private final LambdaFunctions functions = new LambdaFunctions("dispatcher-test-", 10);
  private final IntegrationDispatcher dispatcher =
      new IntegrationDispatcher(client, new Backends()::rewrite,
          new LambdaIntegration(functions, Clock.systemUTC(), "us-east-1", "123456789012"));

  @AfterEach
  void close() {
    client.close();
    functions.close();
  }

  @Test
  void an_answered_http_call_records_what_was_sent_and_what_came_back() throws Exception {
    try (ScriptedBackend backend = new ScriptedBackend((req, out) -> ScriptedBackend.ok("hi", out))) {
      URI uri = backend.uri("/pets?a=1");
      EndpointCall call = dispatcher.http("HTTP", new IntegrationRequest("POST", uri,
          HttpHeaders.builder().add("X-Custom", "1").build(),
          "{\"a\":1}".getBytes(StandardCharsets.UTF_8), 5000));

      assertThat(call).isInstanceOfSatisfying(EndpointCall.Answered.class,
          a -> assertThat(a.response().bodyAsString()).isEqualTo("hi"));
      RecordedIntegrationCall recorded = call.recording();
      assertThat(recorded.integrationType()).isEqualTo("HTTP");
      assertThat(recorded.httpMethod()).isEqualTo("POST");
      assertThat(recorded.uri()).isEqualTo(uri.toString());
      assertThat(recorded.headers()).containsEntry("X-Custom", List.of("1"));
      assertThat(recorded.body()).isEqualTo("{\"a\":1}");
      assertThat(recorded.response()).get().extracting(RecordedHttpMessage::status).isEqualTo(200);
      assertThat(recorded.response().get().body()).isEqualTo("hi");
      assertThat(recorded.error()).isEmpty();
    }
  }

  @Test
  void a_failed_http_call_records_the_failure_and_keeps_its_kind() throws Exception {
    URI closed;
    try (ScriptedBackend backend = new ScriptedBackend((req, out) -> ScriptedBackend.ok("", out))) {
      closed = backend.uri("/gone");
    }
    EndpointCall call = dispatcher.http("HTTP_PROXY",
        new IntegrationRequest("GET", closed, HttpHeaders.empty(), new byte[0], 5000));

    assertThat(call).isInstanceOfSatisfying(EndpointCall.Failed.class,
        f -> assertThat(f.failure().kind()).isEqualTo(IntegrationException.Kind.NETWORK));
    assertThat(call.recording().integrationType()).isEqualTo("HTTP_PROXY");
    assertThat(call.recording().response()).isEmpty();
    assertThat(call.recording().error()).isPresent();
  }

  @Test
  void a_mock_call_answers_the_status_its_body_names_and_records_it() {
    EndpointCall call = dispatcher.mock("GET", "{\"statusCode\": 201}");

    assertThat(call).isInstanceOfSatisfying(EndpointCall.Answered.class, a -> {
      assertThat(a.response().status()).isEqualTo(201);
      assertThat(a.response().body()).isEmpty();
    });
    assertThat(call.recording()).satisfies(r -> {
      assertThat(r.integrationType()).isEqualTo("MOCK");
      assertThat(r.httpMethod()).isEqualTo("GET");
      assertThat(r.uri()).isEmpty();
      assertThat(r.headers()).isEmpty();
      assertThat(r.body()).isEqualTo("{\"statusCode\": 201}");
      assertThat(r.response()).isEqualTo(Optional.of(new RecordedHttpMessage(201, Map.of(), "")));
      assertThat(r.error()).isEmpty();
    });
  }

  @Test
  void a_mock_body_without_a_status_code_is_a_failed_call_with_aws_text() {
    EndpointCall call = dispatcher.mock("POST", "{\"status\": 200}");

    assertThat(call).isInstanceOfSatisfying(EndpointCall.Failed.class,
        f -> assertThat(f.failure().kind()).isEqualTo(IntegrationException.Kind.CONFIGURATION));
    assertThat(call.recording().response()).isEmpty();
    assertThat(call.recording().error()).get().asString().startsWith(MockIntegration.UNPARSABLE);
  }
}
