package io.github.fakeapigw.internal.invoke;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.model.ApiDefinition;
import io.github.fakeapigw.model.Integration;
import io.github.fakeapigw.model.IntegrationType;
import io.github.fakeapigw.model.Method;
import io.github.fakeapigw.model.Resource;
import io.github.fakeapigw.model.RestApi;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourceRouterTest {

  /** path -> verbs (comma separated in the table below). */
  private static final ApiDefinition API =
      definition(
          Map.of(
              "/", "GET",
              "/pets", "GET|POST",
              "/pets/{petId}", "GET|ANY",
              "/pets/mine", "GET",
              "/pets/{petId}/toys", "GET",
              "/files/{path+}", "GET",
              "/{proxy+}", "ANY",
              "/head", "GET"));

  @ParameterizedTest(name = "{0} {1} -> {2} {3} {4}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        // verb | path          | resource              | method | path parameters
        "GET    | /             | /                     | GET    | {}",
        "GET    | /pets         | /pets                 | GET    | {}",
        "GET    | /pets/        | /pets                 | GET    | {}",
        "POST   | /pets         | /pets                 | POST   | {}",
        "GET    | /pets/mine    | /pets/mine            | GET    | {}",
        "GET    | /pets/42      | /pets/{petId}         | GET    | {petId=42}",
        "DELETE | /pets/42      | /pets/{petId}         | ANY    | {petId=42}",
        "GET    | /pets/a%2Bb+c | /pets/{petId}         | GET    | {petId=a%2Bb+c}",
        "GET    | /pets/42/toys | /pets/{petId}/toys    | GET    | {petId=42}",
        "GET    | /pets/42/food | /{proxy+}             | ANY    | {proxy=pets/42/food}",
        "GET    | /files/a/b//c | /files/{path+}        | GET    | {path=a/b//c}",
        "GET    | /files/a      | /files/{path+}        | GET    | {path=a}",
        "PUT    | /other        | /{proxy+}             | ANY    | {proxy=other}",
        // AWS: a greedy value loses the trailing slash, extra leading slashes are ignored
        // (LocalStack's test_apigateway_lambda.snapshot.json, test_lambda_aws_proxy_integration)
        "GET    | /x/y/         | /{proxy+}             | ANY    | {proxy=x/y}",
        "GET    | //pets        | /pets                 | GET    | {}",
        "GET    | ///pets/42    | /pets/{petId}         | GET    | {petId=42}",
        "GET    | /a//b         | /{proxy+}             | ANY    | {proxy=a//b}",
        // AWS: the most specific resource that has the verb serves (test_apigateway_common
        // .snapshot.json / .py, test_proxy_routing_with_hardcoded_resource_sibling)
        "POST   | /pets/mine    | /pets/{petId}         | ANY    | {petId=mine}",
        "HEAD   | /head         | /{proxy+}             | ANY    | {proxy=head}",
        "DELETE | /pets         | /{proxy+}             | ANY    | {proxy=pets}",
        "OPTIONS| /anything     | /{proxy+}             | ANY    | {proxy=anything}",
        "GET    | /files        | /{proxy+}             | ANY    | {proxy=files}",
      })
  void routes_like_api_gateway(
      String verb, String path, String resource, String method, String parameters) {
    ResourceRouter.Route route = ResourceRouter.route(API, verb, path);

    assertThat(route).isInstanceOf(ResourceRouter.Route.Matched.class);
    ResourceRouter.Route.Matched m = (ResourceRouter.Route.Matched) route;
    assertThat(m.resource().path()).isEqualTo(resource);
    assertThat(m.methodKey()).isEqualTo(method);
    assertThat(m.pathParameters().toString()).isEqualTo(parameters);
  }

  @ParameterizedTest(name = "{0} {1} is unmatched: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "POST | /     | Resource / matches path \"/\" but has no POST method; its methods: [GET]",
        "PUT  | /pets | Resource /pets matches path \"/pets\" but has no PUT method; its methods: [GET, POST]",
        "HEAD | /head | Resource /head matches path \"/head\" but has no HEAD method (HEAD is not served by a GET method)",
        "POST | /pets/mine | Resource /pets/mine matches path \"/pets/mine\" but has no POST method; its methods: [GET], nor do the less specific resources that match it: [/pets/{petId}]",
      })
  void explains_why_nothing_matched(String verb, String path, String reasonStart) {
    ApiDefinition api = definition(Map.of(
        "/", "GET", "/pets", "GET|POST", "/pets/{petId}", "GET", "/pets/mine", "GET",
        "/head", "GET"));

    ResourceRouter.Route route = ResourceRouter.route(api, verb, path);
    assertThat(route).isInstanceOf(ResourceRouter.Route.Unmatched.class);
    assertThat(((ResourceRouter.Route.Unmatched) route).reason()).startsWith(reasonStart);
  }

  @ParameterizedTest(name = "{0} matches nothing without a greedy root")
  @CsvSource({"/", "/cats", "/pets/1/2/3", "/pets//"})
  void unknown_paths_list_the_resource_paths(String path) {
    ApiDefinition api = definition(Map.of("/pets", "GET", "/pets/{id}", "GET"));

    ResourceRouter.Route route = ResourceRouter.route(api, "GET", path);

    assertThat(route).isInstanceOf(ResourceRouter.Route.Unmatched.class);
    assertThat(((ResourceRouter.Route.Unmatched) route).reason())
        .isEqualTo("No resource matches path \"" + path + "\"; resource paths: [/pets, /pets/{id}]");
  }

  @ParameterizedTest(name = "{0} against {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/pets/{petId}    | /pets/123     | {petId=123}",
        "/pets/{petId}    | /cats/123     | <none>",
        "/{proxy+}        | /a/b          | {proxy=a/b}",
        "/                | /             | {}",
      })
  void extracts_path_parameters_for_one_resource(String template, String path, String expected) {
    Resource r = new Resource("r", Optional.of("p"), Optional.empty(), template, Map.of());

    Optional<Map<String, String>> params = ResourceRouter.pathParameters(r, path);

    assertThat(params.map(Object::toString).orElse("<none>")).isEqualTo(expected);
  }

  static ApiDefinition definition(Map<String, String> methodsByPath) {
    Map<String, Resource> resources = new LinkedHashMap<>();
    int i = 0;
    for (Map.Entry<String, String> e : methodsByPath.entrySet()) {
      Map<String, Method> methods =
          List.of(e.getValue().split("\\|")).stream()
              .filter(v -> !v.isBlank())
              .collect(Collectors.toMap(v -> v, ResourceRouterTest::method, (a, b) -> a,
                  LinkedHashMap::new));
      String id = "r" + i++;
      resources.put(id, new Resource(id, e.getKey().equals("/") ? Optional.empty() : Optional.of("root"),
          Optional.empty(), e.getKey(), methods));
    }
    RestApi api = new RestApi("a", "a", Optional.empty(), Instant.EPOCH, Optional.empty(), List.of(),
        List.of(), Optional.empty(), null, null, Optional.empty(), Map.of(), false, "r0");
    return new ApiDefinition(api, resources, Map.of(), Map.of(), Map.of());
  }

  private static Method method(String verb) {
    return new Method(verb, "NONE", Optional.empty(), false, Optional.empty(), Optional.empty(),
        Map.of(), Map.of(), Map.of(),
        Optional.of(new Integration(IntegrationType.MOCK, Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), Map.of(),
            Optional.empty(), Optional.empty(), 0, Optional.empty(), List.of(), Map.of(),
            Optional.empty())),
        List.of());
  }
}
