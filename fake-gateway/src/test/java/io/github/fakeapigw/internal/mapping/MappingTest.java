package io.github.fakeapigw.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakeapigw.internal.context.InvocationContext;
import io.github.fakeapigw.internal.context.MethodRequest;
import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.recording.MappedParameter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MappingTest {
  private static final MethodRequest REQUEST =
      new MethodRequest(
          "POST",
          "/pets/a%2Bb",
          Map.of("petId", "a%2Bb"),
          Map.of("q", List.of("1", "2"), "single", List.of("s")),
          HttpHeaders.builder().add("X-Multi", "a").add("X-Multi", "b").add("X-One", "v").build(),
          "{\"pet\":{\"name\":\"rex\",\"tags\":[1,2]},\"n\":7}".getBytes(StandardCharsets.UTF_8));

  private static final InvocationContext CONTEXT =
      new InvocationContext(
          "req-1", "ext-1", "123456789012", "api1", "dev", "dep1", "res1", "/pets/{petId}",
          "POST", "/dev/pets/a%2Bb", "HTTP/1.1", "api1.execute-api.localhost", "api1",
          "10.0.0.1", Optional.of("curl/8"), Instant.parse("2025-11-21T04:03:02Z"),
          Optional.of(true), Map.of("env", "test"), false);

  /**
   * The gateway's own JSONPath engine: the body rows check what API Gateway answers for
   * {@code method.request.body.*} and {@code integration.response.body.*}, not what a stub would.
   */
  private final ParameterSources sources =
      new ParameterSources(new io.github.fakeapigw.internal.json.JaywayJsonPaths());

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      nullValues = "<absent>",
      value = {
        "method.request.path.petId                  | a%2Bb",
        "method.request.path.missing                | <absent>",
        "method.request.querystring.q               | 2",
        "method.request.multivaluequerystring.q     | 1,2",
        "method.request.querystring.none            | <absent>",
        "method.request.header.x-one                | v",
        "method.request.header.X-Multi              | b",
        "method.request.multivalueheader.X-Multi    | a,b",
        "method.request.header.Absent               | <absent>",
        "method.request.body                        | {\"pet\":{\"name\":\"rex\",\"tags\":[1,2]},\"n\":7}",
        "method.request.body.pet.name               | rex",
        "method.request.body.n                      | 7",
        "method.request.body.pet.tags               | [1,2]",
        "method.request.body.pet.missing            | <absent>",
        "context.requestId                          | req-1",
        "context.identity.sourceIp                  | 10.0.0.1",
        "context.identity.userAgent                 | curl/8",
        "context.requestTime                        | 21/Nov/2025:04:03:02 +0000",
        "context.requestTimeEpoch                   | 1763697782000",
        "context.isCanaryRequest                    | true",
        "context.resourcePath                       | /pets/{petId}",
        "context.unknownThing                       | <absent>",
        "stageVariables.env                         | test",
        "stageVariables.nope                        | <absent>",
        "'static value'                             | static value",
      })
  void request_sources_evaluate_like_api_gateway(String source, String expected) throws Exception {
    List<String> values = sources.evaluate(source, ParameterSources.Scope.request(REQUEST, CONTEXT));

    assertThat(values.isEmpty() ? null : String.join(",", values)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      nullValues = "<absent>",
      value = {
        "integration.response.header.X-Backend           | two",
        "integration.response.multivalueheader.X-Backend | one,two",
        "integration.response.header.Missing             | <absent>",
        "integration.response.body                       | {\"id\":\"p1\",\"deep\":{\"v\":true}}",
        "integration.response.body.id                    | p1",
        "integration.response.body.deep.v                | true",
        "integration.response.body.deep                  | {\"v\":true}",
        "'literal'                                       | literal",
        "context.stage                                   | dev",
        "stageVariables.env                              | test",
      })
  void response_sources_evaluate_like_api_gateway(String source, String expected)
      throws Exception {
    ParameterSources.Scope scope = ParameterSources.Scope.response(CONTEXT,
        HttpHeaders.builder().add("X-Backend", "one").add("X-Backend", "two").build(),
        "{\"id\":\"p1\",\"deep\":{\"v\":true}}".getBytes(StandardCharsets.UTF_8));

    List<String> values = sources.evaluate(source, scope);

    assertThat(values.isEmpty() ? null : String.join(",", values)).isEqualTo(expected);
  }

  @Test
  void maps_every_target_location_and_records_absent_sources_without_a_value() throws Exception {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("integration.request.path.id", "method.request.path.petId");
    parameters.put("integration.request.querystring.q", "method.request.multivaluequerystring.q");
    parameters.put("integration.request.header.X-Tags", "method.request.multivalueheader.X-Multi");
    parameters.put("integration.request.header.X-None", "method.request.header.Absent");

    RequestParameterMapper.Mapped mapped = new RequestParameterMapper(sources)
        .map(parameters, ParameterSources.Scope.request(REQUEST, CONTEXT), false);

    assertThat(mapped.path()).containsExactly(Map.entry("id", "a%2Bb"));
    assertThat(mapped.querystring()).containsExactly(Map.entry("q", List.of("1", "2")));
    assertThat(mapped.headers()).containsExactly(Map.entry("X-Tags", "a,b"));
    assertThat(mapped.recorded()).containsExactly(
        new MappedParameter("integration.request.path.id", "method.request.path.petId",
            Optional.of("a%2Bb")),
        new MappedParameter("integration.request.querystring.q",
            "method.request.multivaluequerystring.q", Optional.of("1,2")),
        new MappedParameter("integration.request.header.X-Tags",
            "method.request.multivalueheader.X-Multi", Optional.of("a,b")),
        new MappedParameter("integration.request.header.X-None", "method.request.header.Absent",
            Optional.empty()));
  }

  @ParameterizedTest(name = "{0} = {1} fails: {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "integration.request.header.Content-Length | 'x' | header \"Content-Length\" is reserved",
        "integration.request.header.X-Amzn-Trace-Id | 'x' | header \"X-Amzn-Trace-Id\" is reserved",
        "integration.request.header.transfer-encoding | 'x' | header \"transfer-encoding\" is reserved",
        "integration.request.body.x                 | 'x' | targets must be integration.request.{path|querystring|header}.NAME",
        "integration.request.header.X               | method.request.cookie.a | unknown location \"cookie\"",
        "integration.request.header.X               | integration.response.body | valid sources are method.request",
      })
  void rejects_bad_request_mappings(String target, String source, String message) {
    RequestParameterMapper mapper = new RequestParameterMapper(sources);

    assertThatThrownBy(() -> mapper.map(Map.of(target, source),
            ParameterSources.Scope.request(REQUEST, CONTEXT), false))
        .isInstanceOf(MappingException.class)
        .hasMessageStartingWith("Invalid mapping expression specified: " + target)
        .hasMessageContaining(message);
  }

  @Test
  void authorization_is_reserved_only_for_aws_integrations() throws Exception {
    RequestParameterMapper mapper = new RequestParameterMapper(sources);
    Map<String, String> p = Map.of("integration.request.header.Authorization", "'Bearer x'");
    ParameterSources.Scope scope = ParameterSources.Scope.request(REQUEST, CONTEXT);

    assertThat(mapper.map(p, scope, false).headers()).containsEntry("Authorization", "Bearer x");
    assertThatThrownBy(() -> mapper.map(p, scope, true))
        .hasMessageContaining("header \"Authorization\" is reserved");
  }

  @Test
  void response_mappings_target_method_response_headers_only() throws Exception {
    ResponseParameterMapper mapper = new ResponseParameterMapper(sources);
    ParameterSources.Scope scope = ParameterSources.Scope.response(CONTEXT,
        HttpHeaders.builder().add("X-Id", "7").build(), new byte[0]);

    assertThat(mapper.map(Map.of("method.response.header.Id", "integration.response.header.X-Id"),
            scope).headers())
        .containsExactly(Map.entry("Id", "7"));
    assertThatThrownBy(() -> mapper.map(Map.of("method.response.body", "'x'"), scope))
        .isInstanceOf(MappingException.class)
        .hasMessage("Invalid mapping expression specified: method.response.body;"
            + " targets must be method.response.header.NAME");
  }
}
