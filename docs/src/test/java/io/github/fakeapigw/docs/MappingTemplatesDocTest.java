package io.github.fakeapigw.docs;

import static io.github.fakeapigw.dsl.GatewayDsl.JSON;
import static io.github.fakeapigw.dsl.GatewayDsl.get;
import static io.github.fakeapigw.dsl.GatewayDsl.integrationResponse;
import static io.github.fakeapigw.dsl.GatewayDsl.mock;
import static io.github.fakeapigw.dsl.GatewayDsl.restApi;
import static io.github.fakeapigw.dsl.GatewayDsl.stage;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.DeployedApi;
import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.internal.context.InvocationContext;
import io.github.fakeapigw.internal.context.MethodRequest;
import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.json.JaywayJsonPaths;
import io.github.fakeapigw.internal.template.Overrides;
import io.github.fakeapigw.internal.template.TemplateException;
import io.github.fakeapigw.internal.template.TemplateInput;
import io.github.fakeapigw.internal.template.TemplateResult;
import io.github.fakeapigw.internal.template.VelocityMappingTemplates;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Examples of docs/mapping-templates.md. Each renders its template with the gateway's template
 * engine and checks the output shown in the guide.
 */
class MappingTemplatesDocTest {
  private final VelocityMappingTemplates templates =
      new VelocityMappingTemplates(new JaywayJsonPaths());

  @Test
  void deploys_an_api_whose_templates_shape_request_and_response() throws Exception {
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      // tag::deploy[]
      DeployedApi greetings =
          gateway.deploy(
              restApi("greetings")
                  .resource(
                      "/greet/{name}",
                      get()
                          .integration(
                              mock()
                                  .withRequestTemplate(JSON, "{\"statusCode\": 200}")
                                  .respond(
                                      integrationResponse(200)
                                          .withTemplate(
                                              JSON,
                                              """
                                              {"greeting": "$stageVariables.salute, $input.params('name')!",
                                               "stage": "$context.stage"}\
                                              """))))
                  .stage("test", stage().withVariable("salute", "Hello")));

      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(greetings.invokeUrl("test") + "/greet/Ada"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      // response.body() is:
      // {"greeting": "Hello, Ada!",
      //  "stage": "test"}
      // end::deploy[]
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body())
          .isEqualTo("{\"greeting\": \"Hello, Ada!\",\n \"stage\": \"test\"}");
    }
  }

  @Test
  void transforms_a_list_of_pets_as_in_the_aws_guide() throws TemplateException {
    // tag::petstore[]
    String body =
        """
        [{"id": 1, "type": "dog", "price": 249.99},
         {"id": 2, "type": "cat", "price": 124.99}]\
        """;
    String template =
        """
        #set($inputRoot = $input.path('$'))
        [
        #foreach($elem in $inputRoot)
          {
            "description": "Item $elem.id is a $elem.type.",
            "askingPrice": $elem.price
          }#if($foreach.hasNext),#end

        #end
        ]\
        """;
    String rendered =
        """
        [
          {
            "description": "Item 1 is a dog.",
            "askingPrice": 249.99
          },
          {
            "description": "Item 2 is a cat.",
            "askingPrice": 124.99
          }
        ]\
        """;
    // end::petstore[]
    assertThat(render(template, body).output()).isEqualTo(rendered);
  }

  @Test
  void input_path_prints_java_maps_while_input_json_prints_json() throws TemplateException {
    // tag::path-vs-json[]
    String body = "{\"pet\": {\"name\": \"Rex\", \"tags\": [\"good\", \"boy\"]}, \"price\": 10.00}";
    String template =
        """
        path: $input.path('$.pet')
        json: $input.json('$.pet')
        name: $input.path('$.pet.name') / $input.json('$.pet.name')
        price: $input.path('$.price') (the body still says 10.00)
        missing: [$input.path('$.missing')] [$input.json('$.missing')] [$stageVariables.nope]\
        """;
    String rendered =
        """
        path: {name=Rex, tags=["good","boy"]}
        json: {"name":"Rex","tags":["good","boy"]}
        name: Rex / "Rex"
        price: 10.0 (the body still says 10.00)
        missing: [] [] []\
        """;
    // end::path-vs-json[]
    assertThat(render(template, body).output()).isEqualTo(rendered);
  }

  @Test
  void escapes_strings_for_json_as_the_aws_guide_recommends() throws TemplateException {
    // tag::escape[]
    String body = "{\"comment\": \"It's \\\"great\\\"\\nreally\"}";
    String template =
        """
        {"comment": "$util.escapeJavaScript($input.path('$.comment')).replaceAll("\\\\'", "'")"}\
        """;
    String rendered =
        """
        {"comment": "It's \\"great\\"\\nreally"}\
        """;
    // end::escape[]
    assertThat(render(template, body).output()).isEqualTo(rendered);
  }

  @Test
  void overrides_the_integration_request_header_and_the_response_status() throws TemplateException {
    // tag::overrides[]
    String requestTemplate =
        """
        #set($context.requestOverride.header.X-User = $input.path('$.user'))
        #set($context.requestOverride.querystring.page = "2")
        {"user": $input.json('$.user')}\
        """;
    String responseTemplate =
        """
        #if($input.path('$.error') != "")
        #set($context.responseOverride.status = 400)
        #set($context.responseOverride.header.X-Error = $input.path('$.error'))
        #end
        {"message": "$util.escapeJavaScript($input.path('$.error'))"}\
        """;
    // end::overrides[]
    TemplateResult request = render(requestTemplate, "{\"user\": \"alice\"}");
    assertThat(request.output()).isEqualTo("{\"user\": \"alice\"}");
    assertThat(request.overrides().requestHeaders()).isEqualTo(Map.of("X-User", "alice"));
    assertThat(request.overrides().requestQueryStrings()).isEqualTo(Map.of("page", "2"));
    TemplateResult response =
        templates.render(
            responseTemplate, input("{\"error\": \"no such pet\"}", request.overrides(), true));
    assertThat(response.output()).isEqualTo("{\"message\": \"no such pet\"}");
    assertThat(response.overrides().responseStatus()).contains(400);
    assertThat(response.overrides().responseHeaders()).isEqualTo(Map.of("X-Error", "no such pet"));
  }

  private TemplateResult render(String template, String body) throws TemplateException {
    return templates.render(template, input(body, Overrides.NONE, false));
  }

  private static TemplateInput input(String body, Overrides prior, boolean response) {
    MethodRequest request =
        new MethodRequest(
            "POST",
            "/pets",
            Map.of(),
            Map.of(),
            HttpHeaders.builder().add("Content-Type", "application/json").build(),
            body.getBytes(StandardCharsets.UTF_8));
    InvocationContext context =
        new InvocationContext(
            "req-1",
            "ext-1",
            "123456789012",
            "abc123",
            "test",
            "dep1",
            "res1",
            "/pets",
            "POST",
            "/test/pets",
            "HTTP/1.1",
            "abc123.execute-api.us-east-1.amazonaws.com",
            "abc123",
            "127.0.0.1",
            Optional.empty(),
            Instant.parse("2026-01-02T03:04:05Z"),
            Optional.empty(),
            Map.of(),
            false);
    return new TemplateInput(body, request, context, prior, response);
  }
}
