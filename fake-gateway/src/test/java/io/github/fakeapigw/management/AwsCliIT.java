package io.github.fakeapigw.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fakeapigw.FakeApiGateway;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The real AWS CLI ({@code aws apigateway ... --endpoint-url}) against a gateway. Runs in the
 * {@code verify} phase; skipped where no AWS CLI is installed, except on CI ({@code CI} set), where
 * {@code .ci/run} installs it and a missing CLI fails the build.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AwsCliIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private FakeApiGateway gateway;
  private String aws;

  @BeforeAll
  void start() {
    Optional<String> cli = findCli();
    if (cli.isEmpty()) {
      if (System.getenv("CI") != null) {
        fail("The AWS CLI is not installed; .ci/run installs it (apt-get install awscli)");
      }
      assumeTrue(false, "no AWS CLI on this machine (apt-get install awscli)");
    }
    aws = cli.get();
    gateway = new FakeApiGateway().start();
  }

  @AfterAll
  void stop() {
    if (gateway != null) {
      gateway.close();
    }
  }

  private static Optional<String> findCli() {
    for (String candidate : List.of("/usr/bin/aws", "/usr/local/bin/aws")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  record Result(int exit, String out, String err) {
    JsonNode json() throws IOException {
      return JSON.readTree(out);
    }
  }

  private Result cli(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(aws, "apigateway"));
    command.addAll(List.of(args));
    command.addAll(
        List.of("--endpoint-url", gateway.managementUrl().toString(), "--region", "us-east-1",
            "--output", "json"));
    ProcessBuilder pb = new ProcessBuilder(command);
    Map<String, String> env = pb.environment();
    env.put("AWS_ACCESS_KEY_ID", "test");
    env.put("AWS_SECRET_ACCESS_KEY", "test");
    env.put("AWS_PAGER", "");
    env.put("AWS_EC2_METADATA_DISABLED", "true");
    env.put("AWS_CONFIG_FILE", "/dev/null");
    env.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
    Path err = Files.createTempFile("aws-cli", ".err");
    Path outFile = Files.createTempFile("aws-cli", ".out");
    pb.redirectError(err.toFile());
    // to a file, not a pipe read before waitFor: a CLI that hangs fails on the bound below
    pb.redirectOutput(outFile.toFile());
    Process p = pb.start();
    try {
      boolean finished = p.waitFor(60, TimeUnit.SECONDS);
      if (!finished) {
        p.destroyForcibly();
      }
      assertThat(finished).as("aws %s finished within 60 s", args[0]).isTrue();
      return new Result(p.exitValue(), Files.readString(outFile, StandardCharsets.UTF_8), Files.readString(err));
    } finally {
      Files.deleteIfExists(err);
      Files.deleteIfExists(outFile);
    }
  }

  private Result ok(String... args) throws Exception {
    Result r = cli(args);
    assertThat(r.exit()).as("aws apigateway %s failed: %s", String.join(" ", args), r.err()).isZero();
    return r;
  }

  @Test
  void builds_deploys_and_updates_an_api_with_the_cli_as_against_aws() throws Exception {
    String api = ok("create-rest-api", "--name", "cli-pets").json().get("id").asText();
    String root = ok("get-resources", "--rest-api-id", api).json().get("items").get(0).get("id").asText();
    String pets =
        ok("create-resource", "--rest-api-id", api, "--parent-id", root, "--path-part", "pets")
            .json().get("id").asText();
    ok("put-method", "--rest-api-id", api, "--resource-id", pets, "--http-method", "GET",
        "--authorization-type", "NONE");
    // The MOCK example of the put-integration reference.
    JsonNode integration =
        ok("put-integration", "--rest-api-id", api, "--resource-id", pets, "--http-method", "GET",
                "--type", "MOCK", "--request-templates",
                "{\"application/json\": \"{\\\"statusCode\\\": 200}\"}")
            .json();
    assertThat(integration.get("type").asText()).isEqualTo("MOCK");
    assertThat(integration.get("passthroughBehavior").asText()).isEqualTo("WHEN_NO_MATCH");
    assertThat(integration.get("timeoutInMillis").asInt()).isEqualTo(29000);
    ok("put-method-response", "--rest-api-id", api, "--resource-id", pets, "--http-method", "GET",
        "--status-code", "200");
    ok("put-integration-response", "--rest-api-id", api, "--resource-id", pets, "--http-method",
        "GET", "--status-code", "200", "--response-templates",
        "{\"application/json\": \"{\\\"stage\\\": \\\"$context.stage\\\", \\\"flavour\\\": \\\"$stageVariables.flavour\\\"}\"}");
    ok("create-deployment", "--rest-api-id", api, "--stage-name", "dev", "--variables", "flavour=old");
    ok("update-stage", "--rest-api-id", api, "--stage-name", "dev", "--patch-operations",
        "op=replace,path=/variables/flavour,value=new");

    JsonNode stage = ok("get-stage", "--rest-api-id", api, "--stage-name", "dev").json();
    assertThat(stage.get("variables").get("flavour").asText()).isEqualTo("new");
    HttpResponse<String> invoked =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create(gateway.invokeUrl(api, "dev") + "/pets")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(invoked.statusCode()).isEqualTo(200);
    assertThat(invoked.body()).isEqualTo("{\"stage\": \"dev\", \"flavour\": \"new\"}");
  }

  @Test
  void reports_aws_errors_the_way_the_cli_prints_them() throws Exception {
    Result r = cli("get-rest-api", "--rest-api-id", "nosuchapi0");
    assertThat(r.exit()).isNotZero();
    assertThat(r.err())
        .contains("(NotFoundException)")
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_api.snapshot.json, TestApiGatewayApiRestApi::test_get_api_case_insensitive, "get-api-upper-case"
        .contains("Invalid API identifier specified 123456789012:nosuchapi0");
  }

  @Test
  void imports_an_openapi_definition_with_import_rest_api() throws Exception {
    Path fixture = Path.of(getClass().getResource("/apigateway/petstore.swagger.json").toURI());
    JsonNode imported = ok("import-rest-api", "--body", "fileb://" + fixture).json();
    String id = imported.get("id").asText();
    JsonNode resources = ok("get-resources", "--rest-api-id", id).json().get("items");
    List<String> paths = new ArrayList<>();
    List<String> operations = new ArrayList<>();
    resources.forEach(r -> {
      paths.add(r.get("path").asText());
      if (r.has("resourceMethods")) {
        r.get("resourceMethods").fieldNames().forEachRemaining(m -> operations.add(m + " " + r.get("path").asText()));
      }
    });
    // the fixture's paths and operations, each once, under the root
    assertThat(imported.get("name").asText()).isEqualTo("petstore");
    assertThat(paths).containsExactlyInAnyOrder("/", "/pets", "/pets/{petId}");
    JsonNode withMethods = ok("get-resources", "--rest-api-id", id, "--embed", "methods").json().get("items");
    operations.clear();
    withMethods.forEach(r -> {
      if (r.has("resourceMethods")) {
        r.get("resourceMethods").fieldNames().forEachRemaining(m -> operations.add(m + " " + r.get("path").asText()));
      }
    });
    assertThat(operations).containsExactlyInAnyOrder("GET /pets", "POST /pets", "GET /pets/{petId}");
  }
}
