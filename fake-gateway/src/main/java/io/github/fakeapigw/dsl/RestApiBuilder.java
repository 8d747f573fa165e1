package io.github.fakeapigw.dsl;

import io.github.fakeapigw.internal.dsl.Assembly;
import io.github.fakeapigw.internal.dsl.Assembly.Assembled;
import io.github.fakeapigw.model.ApiDefinition;
import io.github.fakeapigw.model.CanarySettings;
import io.github.fakeapigw.model.Deployment;
import io.github.fakeapigw.model.EndpointConfiguration;
import io.github.fakeapigw.model.GatewayResponse;
import io.github.fakeapigw.model.Method;
import io.github.fakeapigw.model.Model;
import io.github.fakeapigw.model.RequestValidator;
import io.github.fakeapigw.model.Resource;
import io.github.fakeapigw.model.RestApi;
import io.github.fakeapigw.model.Stage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import org.apiguardian.api.API;

/**
 * Builds a REST API: its settings, resource tree, models, validators, gateway responses and the
 * stages {@link io.github.fakeapigw.FakeApiGateway#deploy} deploys it to. Start with {@link
 * GatewayDsl#restApi(String)}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class RestApiBuilder {
  static {
    Assembly.register(RestApiBuilder::assemble);
  }

  private static final String EMPTY_SCHEMA =
      "{\"$schema\":\"http://json-schema.org/draft-04/schema#\",\"title\":\"Empty Schema\","
          + "\"type\":\"object\"}";

  private final String name;
  private Optional<String> description = Optional.empty();
  private Optional<String> version = Optional.empty();
  private final List<String> binaryMediaTypes = new ArrayList<>();
  private String apiKeySource = "HEADER";
  private final Map<String, Map<String, MethodBuilder>> resources = new LinkedHashMap<>();
  private final Map<String, String> models = new LinkedHashMap<>();
  private final Map<String, boolean[]> validators = new LinkedHashMap<>();
  private final Map<String, GatewayResponseBuilder> gatewayResponses = new LinkedHashMap<>();
  private final Map<String, StageBuilder> stages = new LinkedHashMap<>();

  RestApiBuilder(String name) {
    this.name = Checks.notBlank(name, "REST API name", "a name such as restApi(\"orders\")");
  }

  /**
   * Adds methods to the resource at {@code path}, creating it and every missing ancestor ({@code
   * /orders/{id}} creates {@code /orders} too). Called again for a path, it adds more methods.
   */
  public RestApiBuilder resource(String path, MethodBuilder... methods) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(methods, "methods");
    if (!path.startsWith("/") || (path.length() > 1 && path.endsWith("/")) || path.contains("//")) {
      String fixed = "/" + String.join("/", java.util.Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList());
      throw new IllegalArgumentException(
          "resource path must not be \"" + path + "\"; use \"" + fixed + "\" instead (one leading"
              + " slash, no trailing or double slashes); offending: \"" + path + "\"");
    }
    for (String part : path.substring(1).split("/")) {
      if (!part.isEmpty() && part.contains("{") && !part.matches("\\{[A-Za-z0-9._-]+\\+?}")) {
        throw new IllegalArgumentException(
            "path part must not mix text and parameters; use a whole part such as \"{id}\" or"
                + " \"{proxy+}\" instead; offending: \"" + part + "\" in \"" + path + "\"");
      }
    }
    Map<String, MethodBuilder> verbs = resources.computeIfAbsent(path, p -> new LinkedHashMap<>());
    for (MethodBuilder m : methods) {
      Objects.requireNonNull(m, "method");
      if (verbs.putIfAbsent(m.httpMethod(), m) != null) {
        throw new IllegalArgumentException(
            "method " + m.httpMethod() + " must not be defined twice on resource \"" + path
                + "\"; use one " + m.httpMethod().toLowerCase(java.util.Locale.ROOT)
                + "() per resource instead; offending: " + m.httpMethod() + " " + path);
      }
    }
    return this;
  }

  /** Sets {@code description}. */
  public RestApiBuilder withDescription(String description) {
    this.description = Optional.of(Objects.requireNonNull(description, "description"));
    return this;
  }

  /** Sets {@code version}. */
  public RestApiBuilder withVersion(String version) {
    this.version = Optional.of(Objects.requireNonNull(version, "version"));
    return this;
  }

  /** Adds a {@code binaryMediaTypes} entry such as {@code image/png} or {@code *}{@code /*}. */
  public RestApiBuilder withBinaryMediaType(String mediaType) {
    binaryMediaTypes.add(Checks.notBlank(mediaType, "binary media type", "\"image/png\""));
    return this;
  }

  /** Sets {@code apiKeySource}: {@code HEADER} (AWS's default) or {@code AUTHORIZER}. */
  public RestApiBuilder withApiKeySource(String source) {
    Objects.requireNonNull(source, "source");
    if (!source.equals("HEADER") && !source.equals("AUTHORIZER")) {
      throw new IllegalArgumentException(
          "apiKeySource must not be \"" + source + "\"; use HEADER or AUTHORIZER instead;"
              + " offending: \"" + source + "\"");
    }
    this.apiKeySource = source;
    return this;
  }

  /** Adds a {@code Model} with content type {@code application/json} and a JSON schema. */
  public RestApiBuilder withModel(String name, String jsonSchema) {
    models.put(
        Checks.notBlank(name, "model name", "\"Order\""),
        Objects.requireNonNull(jsonSchema, "jsonSchema"));
    return this;
  }

  /** Adds a {@code RequestValidator}; methods refer to it by name. */
  public RestApiBuilder withRequestValidator(
      String name, boolean validateRequestBody, boolean validateRequestParameters) {
    validators.put(
        Checks.notBlank(name, "validator name", "\"all\""),
        new boolean[] {validateRequestBody, validateRequestParameters});
    return this;
  }

  /** Adds a {@code GatewayResponse}. */
  public RestApiBuilder withGatewayResponse(GatewayResponseBuilder response) {
    Objects.requireNonNull(response, "response");
    gatewayResponses.put(response.responseType(), response);
    return this;
  }

  /** Deploys the API to a stage named {@code stageName} with default settings. */
  public RestApiBuilder stage(String stageName) {
    return stage(stageName, new StageBuilder());
  }

  /** Deploys the API to a stage named {@code stageName} with the given settings. */
  public RestApiBuilder stage(String stageName, StageBuilder stage) {
    Objects.requireNonNull(stage, "stage");
    if (!Objects.requireNonNull(stageName, "stageName").matches("[A-Za-z0-9_-]{1,128}")) {
      throw new IllegalArgumentException(
          "stage name must not contain anything but letters, digits, '-' and '_'; use a name"
              + " such as \"test\" instead; offending: \"" + stageName + "\"");
    }
    if (stages.putIfAbsent(stageName, stage) != null) {
      throw new IllegalArgumentException(
          "stage \"" + stageName + "\" must not be declared twice; use one stage(..) per name"
              + " instead; offending: \"" + stageName + "\"");
    }
    return this;
  }

  /** Returns this builder; reads well between calls. */
  public RestApiBuilder and() {
    return this;
  }

  /** The API's name. */
  public String name() {
    return name;
  }

  /** Assembles the API, its deployments and its stages; {@code FakeApiGateway.deploy} reaches it through {@link Assembly}. */
  private Assembled assemble(IntFunction<String> ids, Instant now, String region, String accountId) {
    if (stages.isEmpty()) {
      throw new IllegalArgumentException(
          "restApi(\"" + name + "\") must not be deployed without a stage; use"
              + " .stage(\"test\") instead; offending: restApi(\"" + name + "\") has no stage");
    }
    String apiId = ids.apply(10);
    ApiDefinition definition = definition(apiId, ids, now, region, accountId);
    List<Deployment> deployments = new ArrayList<>();
    Deployment main = new Deployment(ids.apply(6), Optional.empty(), now, definition);
    deployments.add(main);
    List<Stage> built = new ArrayList<>();
    stages.forEach(
        (stageName, s) -> {
          Optional<CanarySettings> canary =
              s.canary()
                  .map(
                      c -> {
                        ApiDefinition canaryDefinition =
                            c.definition()
                                .map(other -> other.definition(apiId, ids, now, region, accountId))
                                .orElse(definition);
                        Deployment d =
                            new Deployment(
                                ids.apply(6), Optional.of("canary of stage " + stageName), now,
                                canaryDefinition);
                        deployments.add(d);
                        return new CanarySettings(
                            d.id(), c.percentTraffic(), c.stageVariableOverrides(),
                            c.useStageCache());
                      });
          built.add(
              new Stage(
                  stageName, main.id(), s.description(), Optional.empty(), false,
                  Optional.empty(), "NOT_AVAILABLE", Map.of(), s.variables(), Optional.empty(),
                  Optional.empty(), canary, s.tracingEnabled(), Optional.empty(), Map.of(), now,
                  now));
        });
    return new Assembled(definition, deployments, built);
  }

  private ApiDefinition definition(
      String apiId, IntFunction<String> ids, Instant now, String region, String accountId) {
    Map<String, String> validatorIds = new LinkedHashMap<>();
    Map<String, RequestValidator> requestValidators = new LinkedHashMap<>();
    validators.forEach(
        (vname, flags) -> {
          String id = ids.apply(6);
          validatorIds.put(vname, id);
          requestValidators.put(id, new RequestValidator(id, vname, flags[0], flags[1]));
        });
    Map<String, Model> builtModels = new LinkedHashMap<>();
    builtModels.put(
        "Empty",
        new Model(ids.apply(6), "Empty", Optional.of("This is a default empty schema model"),
            Optional.of(EMPTY_SCHEMA), GatewayDsl.JSON));
    models.forEach(
        (mname, schema) ->
            builtModels.put(
                mname,
                new Model(ids.apply(6), mname, Optional.empty(), Optional.of(schema), GatewayDsl.JSON)));

    String rootId = ids.apply(10);
    Map<String, String> idByPath = new LinkedHashMap<>();
    Map<String, Resource> byPath = new LinkedHashMap<>();
    idByPath.put("/", rootId);
    byPath.put("/", new Resource(rootId, Optional.empty(), Optional.empty(), "/", Map.of()));
    resources.forEach(
        (path, verbs) -> {
          ensure(path, ids, idByPath, byPath);
          Map<String, Method> methods = new LinkedHashMap<>();
          verbs.forEach(
              (verb, m) -> {
                Method method = m.build(path, validatorIds, region, accountId);
                for (String model : method.requestModels().values()) {
                  if (!builtModels.containsKey(model)) {
                    throw new IllegalArgumentException(
                        "request model \"" + model + "\" must not be used before it is declared;"
                            + " use restApi(..).withModel(\"" + model + "\", schema) instead;"
                            + " offending: " + verb + " " + path);
                  }
                }
                methods.put(verb, method);
              });
          Resource r = byPath.get(path);
          byPath.put(path, new Resource(r.id(), r.parentId(), r.pathPart(), r.path(), methods));
        });
    Map<String, Resource> byId = new LinkedHashMap<>();
    byPath.values().forEach(r -> byId.put(r.id(), r));
    Map<String, GatewayResponse> responses = new LinkedHashMap<>();
    gatewayResponses.forEach((type, g) -> responses.put(type, g.build()));
    RestApi restApi =
        new RestApi(
            apiId, name, description, now, version, List.of(), binaryMediaTypes, Optional.empty(),
            apiKeySource, EndpointConfiguration.edge(), Optional.empty(), Map.of(), false, rootId);
    return new ApiDefinition(restApi, byId, builtModels, requestValidators, responses);
  }

  private static void ensure(
      String path,
      IntFunction<String> ids,
      Map<String, String> idByPath,
      Map<String, Resource> byPath) {
    if (byPath.containsKey(path)) {
      return;
    }
    int slash = path.lastIndexOf('/');
    String parent = slash == 0 ? "/" : path.substring(0, slash);
    ensure(parent, ids, idByPath, byPath);
    String id = ids.apply(10);
    idByPath.put(path, id);
    byPath.put(
        path,
        new Resource(
            id, Optional.of(idByPath.get(parent)), Optional.of(path.substring(slash + 1)), path,
            Map.of()));
  }
}
