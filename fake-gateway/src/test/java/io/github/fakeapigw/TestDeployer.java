package io.github.fakeapigw;

import io.github.fakeapigw.internal.runtime.GatewayRuntime;
import io.github.fakeapigw.internal.state.ApiState;
import io.github.fakeapigw.model.ApiDefinition;
import io.github.fakeapigw.model.CanarySettings;
import io.github.fakeapigw.model.Deployment;
import io.github.fakeapigw.model.GatewayResponse;
import io.github.fakeapigw.model.Integration;
import io.github.fakeapigw.model.IntegrationResponse;
import io.github.fakeapigw.model.IntegrationType;
import io.github.fakeapigw.model.Method;
import io.github.fakeapigw.model.Resource;
import io.github.fakeapigw.model.RestApi;
import io.github.fakeapigw.model.Stage;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Test-only shortcut past the management API: builds {@code model} records and puts them into a
 * gateway's state as an API with a deployment (frozen snapshot) and a stage.
 *
 * <pre>{@code
 * TestDeployer.Deployed api = TestDeployer.deploy(gateway,
 *     TestDeployer.api("pets").method("/pets/{id}", "GET", TestDeployer.mock()
 *         .respond(TestDeployer.response("200"))), "dev");
 * URI url = api.url("/pets/1");
 * }</pre>
 */
public final class TestDeployer {
  private TestDeployer() {}

  /** An API under construction. */
  public static Api api(String name) {
    return new Api(name);
  }

  public static Integ mock() {
    return new Integ(IntegrationType.MOCK, "ANY", null);
  }

  public static Integ http(String httpMethod, String uri) {
    return new Integ(IntegrationType.HTTP, httpMethod, uri);
  }

  public static Integ httpProxy(String httpMethod, String uri) {
    return new Integ(IntegrationType.HTTP_PROXY, httpMethod, uri);
  }

  public static Integ aws(String uri) {
    return new Integ(IntegrationType.AWS, "POST", uri);
  }

  public static Integ awsProxy(String uri) {
    return new Integ(IntegrationType.AWS_PROXY, "POST", uri);
  }

  public static Resp response(String statusCode) {
    return new Resp(statusCode);
  }

  /** Deploys {@code api} as a new REST API with one stage and no stage variables. */
  public static Deployed deploy(FakeApiGateway gateway, Api api, String stage) {
    return deploy(gateway, api, stage, Map.of());
  }

  /** Deploys {@code api} as a new REST API with one stage carrying {@code variables}. */
  public static Deployed deploy(
      FakeApiGateway gateway, Api api, String stage, Map<String, String> variables) {
    GatewayRuntime runtime = gateway.runtime();
    String apiId = runtime.ids().restApiId();
    ApiDefinition definition = api.build(apiId, runtime);
    Deployment deployment = deployment(runtime, definition);
    runtime.state().put(new ApiState(definition, Map.of(deployment.id(), deployment),
        Map.of(stage, stage(stage, deployment.id(), variables, Optional.empty()))));
    return new Deployed(gateway, apiId, stage, deployment.id(), definition);
  }

  /** Adds another stage of an existing API, pointing at its first deployment. */
  public static Deployed addStage(Deployed deployed, String stage, Map<String, String> variables) {
    deployed.gateway().runtime().state().update(deployed.apiId(),
        s -> s.withStage(stage(stage, deployed.deploymentId(), variables, Optional.empty())));
    return new Deployed(deployed.gateway(), deployed.apiId(), stage, deployed.deploymentId(),
        deployed.definition());
  }

  /**
   * Deploys {@code canaryApi} as a new deployment of the same REST API and makes it the canary of
   * the stage.
   *
   * @return the canary deployment id
   */
  public static String canary(
      Deployed deployed, Api canaryApi, double percentTraffic, Map<String, String> overrides) {
    GatewayRuntime runtime = deployed.gateway().runtime();
    Deployment deployment = deployment(runtime, canaryApi.build(deployed.apiId(), runtime));
    runtime.state().update(deployed.apiId(), s -> {
      Stage base = s.stage(deployed.stage()).orElseThrow();
      return s.withDeployment(deployment).withStage(stage(base.stageName(), base.deploymentId(),
          base.variables(), Optional.of(
              new CanarySettings(deployment.id(), percentTraffic, overrides, false))));
    });
    return deployment.id();
  }

  /** Changes the API's current (undeployed) definition; deployed stages keep their snapshot. */
  public static ApiDefinition redefine(Deployed deployed, Api api) {
    GatewayRuntime runtime = deployed.gateway().runtime();
    ApiDefinition definition = api.build(deployed.apiId(), runtime);
    runtime.state().update(deployed.apiId(), s -> s.withDefinition(definition));
    return definition;
  }

  /** Registers a named backend: integration URIs on {@code host} go to {@code baseUrl}. */
  public static void registerBackend(FakeApiGateway gateway, String host, String baseUrl) {
    gateway.runtime().backends().register(host, URI.create(baseUrl));
  }

  /** The stage as the gateway's state holds it (what GetStage reports). */
  public static Stage stage(Deployed deployed) {
    return deployed.gateway().runtime().state().api(deployed.apiId()).orElseThrow()
        .stage(deployed.stage()).orElseThrow();
  }

  private static Deployment deployment(GatewayRuntime runtime, ApiDefinition definition) {
    return new Deployment(runtime.ids().deploymentId(), Optional.empty(), Instant.now(), definition);
  }

  private static Stage stage(
      String name, String deploymentId, Map<String, String> variables,
      Optional<CanarySettings> canary) {
    Instant now = Instant.now();
    return new Stage(name, deploymentId, Optional.empty(), Optional.empty(), false,
        Optional.empty(), null, Map.of(), variables, Optional.empty(), Optional.empty(), canary,
        false, Optional.empty(), Map.of(), now, now);
  }

  /** A deployed API: its id, stage and the snapshot served. */
  public record Deployed(
      FakeApiGateway gateway, String apiId, String stage, String deploymentId,
      ApiDefinition definition) {
    /** The path-style invoke URL of {@code path} (starting with '/'; may carry a query). */
    public URI url(String path) {
      return URI.create(gateway.invokeUrl(apiId, stage) + path);
    }

    /** The id of the resource with the given path in the deployed snapshot. */
    public String resourceId(String path) {
      return definition.resourceByPath(path).orElseThrow().id();
    }
  }

  /** A REST API: methods by resource path (parents are created as needed). */
  public static final class Api {
    private final String name;
    private final Map<String, Map<String, Method>> resources = new LinkedHashMap<>();
    private final Map<String, GatewayResponse> gatewayResponses = new LinkedHashMap<>();
    private final List<String> binaryMediaTypes = new java.util.ArrayList<>();

    private Api(String name) {
      this.name = name;
      resources.put("/", new LinkedHashMap<>());
    }

    public Api method(String path, String httpMethod, Integ integration) {
      resource(path).put(httpMethod, new Method(httpMethod, "NONE", Optional.empty(), false,
          Optional.empty(), Optional.empty(), Map.of(), Map.of(), Map.of(),
          Optional.of(integration.build()), List.of()));
      return this;
    }

    /** A method without an integration. */
    public Api methodWithoutIntegration(String path, String httpMethod) {
      resource(path).put(httpMethod, new Method(httpMethod, "NONE", Optional.empty(), false,
          Optional.empty(), Optional.empty(), Map.of(), Map.of(), Map.of(), Optional.empty(),
          List.of()));
      return this;
    }

    public Api binaryMediaType(String mediaType) {
      binaryMediaTypes.add(mediaType);
      return this;
    }

    public Api gatewayResponse(
        String type, String status, Map<String, String> parameters, Map<String, String> templates) {
      gatewayResponses.put(type, new GatewayResponse(type, Optional.ofNullable(status), parameters,
          templates, false));
      return this;
    }

    private Map<String, Method> resource(String path) {
      if (!path.equals("/")) {
        int slash = path.lastIndexOf('/');
        resource(slash == 0 ? "/" : path.substring(0, slash));
      }
      return resources.computeIfAbsent(path, p -> new LinkedHashMap<>());
    }

    ApiDefinition build(String apiId, GatewayRuntime runtime) {
      Map<String, String> ids = new LinkedHashMap<>();
      resources.keySet().forEach(p -> ids.put(p, runtime.ids().resourceId()));
      Map<String, Resource> built = new LinkedHashMap<>();
      resources.forEach((path, methods) -> {
        Optional<String> parent = Optional.empty();
        Optional<String> part = Optional.empty();
        if (!path.equals("/")) {
          int slash = path.lastIndexOf('/');
          parent = Optional.of(ids.get(slash == 0 ? "/" : path.substring(0, slash)));
          part = Optional.of(path.substring(slash + 1));
        }
        built.put(ids.get(path), new Resource(ids.get(path), parent, part, path, methods));
      });
      RestApi restApi = new RestApi(apiId, name, Optional.empty(), Instant.now(), Optional.empty(),
          List.of(), binaryMediaTypes, Optional.empty(), null, null, Optional.empty(), Map.of(),
          false, ids.get("/"));
      return new ApiDefinition(restApi, built, Map.of(), Map.of(), gatewayResponses);
    }
  }

  /** An integration under construction. */
  public static final class Integ {
    private final IntegrationType type;
    private final String httpMethod;
    private final String uri;
    private final Map<String, String> requestParameters = new LinkedHashMap<>();
    private final Map<String, String> requestTemplates = new LinkedHashMap<>();
    private final Map<String, IntegrationResponse> responses = new LinkedHashMap<>();
    private String passthrough;
    private String contentHandling;
    private int timeout;

    private Integ(IntegrationType type, String httpMethod, String uri) {
      this.type = type;
      this.httpMethod = httpMethod;
      this.uri = uri;
    }

    public Integ param(String target, String source) {
      requestParameters.put(target, source);
      return this;
    }

    public Integ template(String contentType, String template) {
      requestTemplates.put(contentType, template);
      return this;
    }

    public Integ passthrough(String behavior) {
      this.passthrough = behavior;
      return this;
    }

    public Integ contentHandling(String handling) {
      this.contentHandling = handling;
      return this;
    }

    public Integ timeout(int millis) {
      this.timeout = millis;
      return this;
    }

    public Integ respond(Resp response) {
      IntegrationResponse r = response.build();
      responses.put(r.statusCode(), r);
      return this;
    }

    Integration build() {
      return new Integration(type, Optional.ofNullable(httpMethod), Optional.ofNullable(uri),
          Optional.empty(), Optional.empty(), Optional.empty(), requestParameters,
          requestTemplates, Optional.ofNullable(passthrough), Optional.ofNullable(contentHandling),
          timeout,
          Optional.empty(), List.of(), responses, Optional.empty());
    }
  }

  /** An integration response under construction. */
  public static final class Resp {
    private final String statusCode;
    private String pattern;
    private String contentHandling;
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private final Map<String, String> templates = new LinkedHashMap<>();

    private Resp(String statusCode) {
      this.statusCode = statusCode;
    }

    public Resp pattern(String selectionPattern) {
      this.pattern = selectionPattern;
      return this;
    }

    /** {@code method.response.header.NAME} from a source expression. */
    public Resp header(String name, String source) {
      parameters.put("method.response.header." + name, source);
      return this;
    }

    public Resp contentHandling(String handling) {
      this.contentHandling = handling;
      return this;
    }

    public Resp template(String contentType, String template) {
      templates.put(contentType, template);
      return this;
    }

    IntegrationResponse build() {
      return new IntegrationResponse(statusCode, Optional.ofNullable(pattern), parameters,
          templates, Optional.ofNullable(contentHandling));
    }
  }
}
