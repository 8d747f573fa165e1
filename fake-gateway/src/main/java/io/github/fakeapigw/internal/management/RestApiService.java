package io.github.fakeapigw.internal.management;

import static io.github.fakeapigw.internal.patch.PatchOperation.Op.ADD;
import static io.github.fakeapigw.internal.patch.PatchOperation.Op.REMOVE;
import static io.github.fakeapigw.internal.patch.PatchOperation.Op.REPLACE;

import io.github.fakeapigw.internal.patch.PatchOperation;
import io.github.fakeapigw.internal.patch.PatchRules;
import io.github.fakeapigw.internal.patch.PatchValues;
import io.github.fakeapigw.internal.runtime.GatewayRuntime;
import io.github.fakeapigw.internal.state.ApiState;
import io.github.fakeapigw.internal.state.GatewayState;
import io.github.fakeapigw.model.ApiDefinition;
import io.github.fakeapigw.model.CanarySettings;
import io.github.fakeapigw.model.Deployment;
import io.github.fakeapigw.model.EndpointConfiguration;
import io.github.fakeapigw.model.GatewayResponse;
import io.github.fakeapigw.model.Integration;
import io.github.fakeapigw.model.IntegrationResponse;
import io.github.fakeapigw.model.IntegrationType;
import io.github.fakeapigw.model.Method;
import io.github.fakeapigw.model.MethodResponse;
import io.github.fakeapigw.model.Model;
import io.github.fakeapigw.model.RequestValidator;
import io.github.fakeapigw.model.Resource;
import io.github.fakeapigw.model.RestApi;
import io.github.fakeapigw.model.Stage;
import io.github.fakeapigw.model.TlsConfig;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The management operations of API Gateway on the dialect-neutral model: what a dialect (AWS,
 * Huawei) or the DSL calls after parsing its wire format. Every operation validates first and
 * changes the state in one {@link GatewayState#update}, so a refused request changes nothing. Errors
 * are {@link ApiException}s with AWS's status, type and message.
 */
public final class RestApiService {
  private final GatewayRuntime runtime;
  private final GatewayState state;

  public RestApiService(GatewayRuntime runtime) {
    this.runtime = Objects.requireNonNull(runtime, "runtime");
    this.state = runtime.state();
  }

  // ---------------------------------------------------------------- inputs

  /** CreateRestApi input. */
  public record CreateRestApi(
      String name,
      Optional<String> description,
      Optional<String> version,
      List<String> binaryMediaTypes,
      Optional<Integer> minimumCompressionSize,
      Optional<String> apiKeySource,
      Optional<EndpointConfiguration> endpointConfiguration,
      Optional<String> policy,
      Map<String, String> tags,
      boolean disableExecuteApiEndpoint,
      Optional<String> cloneFrom) {

    /** Without {@code cloneFrom}. */
    public CreateRestApi(String name, Optional<String> description, Optional<String> version,
        List<String> binaryMediaTypes, Optional<Integer> minimumCompressionSize, Optional<String> apiKeySource,
        Optional<EndpointConfiguration> endpointConfiguration, Optional<String> policy, Map<String, String> tags,
        boolean disableExecuteApiEndpoint) {
      this(name, description, version, binaryMediaTypes, minimumCompressionSize, apiKeySource,
          endpointConfiguration, policy, tags, disableExecuteApiEndpoint, Optional.empty());
    }
  }

  /** CanarySettings of CreateDeployment / CreateStage; every field optional. */
  public record CanaryInput(
      Optional<String> deploymentId,
      Optional<Double> percentTraffic,
      Map<String, String> stageVariableOverrides,
      Optional<Boolean> useStageCache) {}

  /** CreateDeployment input. */
  public record CreateDeployment(
      Optional<String> stageName,
      Optional<String> stageDescription,
      Optional<String> description,
      Optional<Boolean> cacheClusterEnabled,
      Optional<String> cacheClusterSize,
      Map<String, String> variables,
      Optional<CanaryInput> canarySettings,
      Optional<Boolean> tracingEnabled) {}

  /** CreateStage input. */
  public record CreateStage(
      Optional<String> stageName,
      Optional<String> deploymentId,
      Optional<String> description,
      Optional<Boolean> cacheClusterEnabled,
      Optional<String> cacheClusterSize,
      Map<String, String> variables,
      Optional<String> documentationVersion,
      Optional<CanaryInput> canarySettings,
      Optional<Boolean> tracingEnabled,
      Map<String, String> tags) {}

  // ---------------------------------------------------------------- lookups

  private ApiException noApi(String apiId) {
    return ApiException.notFound(
        "Invalid API identifier specified " + runtime.accountId() + ":" + apiId);
  }

  private static ApiException noResource() {
    return ApiException.notFound("Invalid Resource identifier specified");
  }

  private static ApiException noMethod() {
    return ApiException.notFound("Invalid Method identifier specified");
  }

  private static ApiException noIntegration() {
    return ApiException.notFound("Invalid Integration identifier specified");
  }

  private static ApiException noResponse() {
    return ApiException.notFound("Invalid Response status code specified");
  }

  private static ApiException noStage() {
    return ApiException.notFound("Invalid Stage identifier specified");
  }

  private static ApiException noDeployment() {
    return ApiException.notFound("Invalid Deployment identifier specified");
  }

  /** The API's whole state (404 {@code Invalid API identifier specified}). */
  public ApiState apiState(String apiId) {
    return state.api(apiId).orElseThrow(() -> noApi(apiId));
  }

  private ApiState apiOfResource(String apiId) {
    return state.api(apiId).orElseThrow(RestApiService::noResource);
  }

  private static Resource resourceOf(ApiDefinition d, String resourceId) {
    return d.resource(resourceId).orElseThrow(RestApiService::noResource);
  }

  private static Method methodOf(Resource r, String verb) {
    return r.method(verb).orElseThrow(RestApiService::noMethod);
  }

  private static Integration integrationOf(Method m) {
    return m.methodIntegration().orElseThrow(RestApiService::noIntegration);
  }

  private record Change<R>(ApiState next, R result) {}

  /** Runs a validated change in one atomic state update; the function throws to refuse. */
  private <R> R change(String apiId, ApiException missing, Function<ApiState, Change<R>> f) {
    if (state.api(apiId).isEmpty()) {
      throw missing;
    }
    AtomicReference<R> out = new AtomicReference<>();
    try {
      state.update(apiId, s -> {
        Change<R> c = f.apply(s);
        out.set(c.result());
        return c.next();
      });
    } catch (IllegalStateException e) {
      if (state.api(apiId).isEmpty()) {
        throw missing;
      }
      throw e;
    }
    return out.get();
  }

  private Instant now() {
    return runtime.clock().instant().truncatedTo(ChronoUnit.SECONDS);
  }

  // ---------------------------------------------------------------- definition helpers

  private static ApiDefinition withRestApi(ApiDefinition d, RestApi api) {
    return Copy.of(d).set("restApi", api).build();
  }

  private static ApiDefinition withResource(ApiDefinition d, Resource r) {
    Map<String, Resource> m = new LinkedHashMap<>(d.resources());
    m.put(r.id(), r);
    return Copy.of(d).set("resources", m).build();
  }

  private static ApiDefinition withResources(ApiDefinition d, Map<String, Resource> resources) {
    return Copy.of(d).set("resources", resources).build();
  }

  private static ApiDefinition withModels(ApiDefinition d, Map<String, Model> models) {
    return Copy.of(d).set("models", models).build();
  }

  private static Resource withMethod(Resource r, Method m) {
    Map<String, Method> methods = new LinkedHashMap<>(r.resourceMethods());
    methods.put(m.httpMethod(), m);
    return Copy.of(r).set("resourceMethods", methods).build();
  }

  private static Resource withoutMethod(Resource r, String verb) {
    Map<String, Method> methods = new LinkedHashMap<>(r.resourceMethods());
    methods.remove(verb);
    return Copy.of(r).set("resourceMethods", methods).build();
  }

  /** Replaces one method of a resource via a function and returns the new state plus method. */
  private static Change<Method> editMethod(
      ApiState s, String resourceId, String verb, UnaryOperator<Method> edit) {
    Resource r = resourceOf(s.definition(), resourceId);
    Method next = edit.apply(methodOf(r, verb));
    return new Change<>(s.withDefinition(withResource(s.definition(), withMethod(r, next))), next);
  }

  private static <K, V> Map<K, V> put(Map<K, V> m, K k, V v) {
    Map<K, V> copy = new LinkedHashMap<>(m);
    copy.put(k, v);
    return copy;
  }

  private static <K, V> Map<K, V> without(Map<K, V> m, K k) {
    Map<K, V> copy = new LinkedHashMap<>(m);
    copy.remove(k);
    return copy;
  }

  // ---------------------------------------------------------------- RestApi

  /** CreateRestApi: a new API with its root resource and the default {@code Empty}/{@code Error} models. */
  public RestApi createRestApi(CreateRestApi in) {
    if (in.name() == null || in.name().isEmpty()) {
      throw Validation.missing("createRestApiInput.name");
    }
    if (in.description().filter(String::isEmpty).isPresent()) {
      throw ApiException.badRequest("Description cannot be an empty string");
    }
    in.minimumCompressionSize().ifPresent(RestApiService::checkCompressionSize);
    in.apiKeySource().ifPresent(v -> Validation.oneOf(v, "apiKeySource", List.of("HEADER", "AUTHORIZER")));
    Optional<ApiDefinition> source = in.cloneFrom().map(from -> apiState(from).definition());
    String id = uniqueApiId();
    Map<String, Resource> resources = new LinkedHashMap<>();
    String rootId;
    if (source.isPresent()) {
      // clone: same tree with fresh resource ids, same models, validators and gateway responses
      Map<String, String> newIds = new LinkedHashMap<>();
      source.get().resources().keySet().forEach(old -> newIds.put(old, runtime.ids().resourceId()));
      for (Resource r : source.get().resources().values()) {
        resources.put(newIds.get(r.id()), Copy.of(r).set("id", newIds.get(r.id()))
            .set("parentId", r.parentId().map(newIds::get)).build());
      }
      rootId = newIds.get(source.get().restApi().rootResourceId());
    } else {
      rootId = runtime.ids().resourceId();
      resources.put(rootId, new Resource(rootId, Optional.empty(), Optional.empty(), "/", Map.of()));
    }
    RestApi api = new RestApi(id, in.name(), in.description(), now(), in.version(), List.of(),
        in.binaryMediaTypes(), in.minimumCompressionSize(), in.apiKeySource().orElse("HEADER"),
        in.endpointConfiguration().orElse(EndpointConfiguration.edge()), in.policy(), in.tags(),
        in.disableExecuteApiEndpoint(), rootId);
    ApiDefinition d = new ApiDefinition(api, resources,
        source.map(ApiDefinition::models).orElseGet(this::defaultModels),
        source.map(ApiDefinition::requestValidators).orElse(Map.of()),
        source.map(ApiDefinition::gatewayResponses).orElse(Map.of()));
    state.put(new ApiState(d, Map.of(), Map.of()));
    return api;
  }

  private String uniqueApiId() {
    String id;
    do {
      id = runtime.ids().restApiId();
    } while (state.api(id).isPresent());
    return id;
  }

  private Map<String, Model> defaultModels() {
    Map<String, Model> m = new LinkedHashMap<>();
    m.put("Empty", new Model(runtime.ids().next(6), "Empty",
        Optional.of("This is a default empty schema model"),
        Optional.of("{\n  \"$schema\": \"http://json-schema.org/draft-04/schema#\",\n"
            + "  \"title\" : \"Empty Schema\",\n  \"type\" : \"object\"\n}"),
        "application/json"));
    m.put("Error", new Model(runtime.ids().next(6), "Error",
        Optional.of("This is a default error schema model"),
        Optional.of("{\n  \"$schema\" : \"http://json-schema.org/draft-04/schema#\",\n"
            + "  \"title\" : \"Error Schema\",\n  \"type\" : \"object\",\n"
            + "  \"properties\" : {\n    \"message\" : { \"type\" : \"string\" }\n  }\n}"),
        "application/json"));
    return m;
  }

  /** Stores an imported definition as a new API (ImportRestApi). */
  public RestApi importRestApi(ApiDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    ApiDefinition d = definition;
    if (state.api(d.restApi().id()).isPresent()) {
      d = withRestApi(d, Copy.of(d.restApi()).set("id", uniqueApiId()).build());
    }
    state.put(new ApiState(d, Map.of(), Map.of()));
    return d.restApi();
  }

  /** Replaces an API's definition, keeping its id, deployments and stages (PutRestApi). */
  public RestApi replaceDefinition(String apiId, Function<ApiDefinition, ApiDefinition> build) {
    return change(apiId, noApi(apiId), s -> {
      ApiDefinition built = build.apply(s.definition());
      ApiDefinition d = built.restApi().id().equals(apiId)
          ? built
          : withRestApi(built, Copy.of(built.restApi()).set("id", apiId).build());
      return new Change<>(s.withDefinition(d), d.restApi());
    });
  }

  /** GetRestApi (404 {@code Invalid API identifier specified}). */
  public RestApi restApi(String apiId) {
    return apiState(apiId).definition().restApi();
  }

  /** GetRestApis: every API in creation order. */
  public List<RestApi> restApis() {
    return state.apis().stream().map(a -> a.definition().restApi()).toList();
  }

  /** DeleteRestApi, with its deployments and stages. */
  public void deleteRestApi(String apiId) {
    state.remove(apiId).orElseThrow(() -> noApi(apiId));
  }

  private static void checkCompressionSize(int size) {
    if (size < 0 || size > 10_485_760) {
      throw ApiException.badRequest("Invalid minimum compression size, must be between 0 and 10485760");
    }
  }

  private static final PatchRules<RestApi> REST_API_RULES = PatchRules.<RestApi>builder()
      .field("/name", EnumSet.of(REPLACE), (a, op) -> {
        String v = PatchValues.required(op);
        if (v.isEmpty()) {
          throw ApiException.badRequest("Name cannot be empty"); // our wording
        }
        return Copy.of(a).set("name", v).build();
      })
      .field("/description", EnumSet.of(REPLACE, REMOVE), (a, op) ->
          Copy.of(a).set("description", op.op() == REMOVE ? Optional.empty() : PatchValues.clearable(op)).build())
      .field("/version", EnumSet.of(REPLACE, REMOVE), (a, op) ->
          Copy.of(a).set("version", op.op() == REMOVE ? Optional.empty() : PatchValues.clearable(op)).build())
      .field("/policy", EnumSet.of(REPLACE, REMOVE), (a, op) ->
          Copy.of(a).set("policy", op.op() == REMOVE ? Optional.empty() : PatchValues.clearable(op)).build())
      .field("/apiKeySource", EnumSet.of(REPLACE), (a, op) -> Copy.of(a).set("apiKeySource",
          Validation.oneOf(PatchValues.required(op), "apiKeySource", List.of("HEADER", "AUTHORIZER"))).build())
      .field("/disableExecuteApiEndpoint", EnumSet.of(REPLACE), (a, op) ->
          Copy.of(a).set("disableExecuteApiEndpoint", PatchValues.bool(op)).build())
      .field("/minimumCompressionSize", EnumSet.of(REPLACE), (a, op) -> {
        Optional<String> v = PatchValues.clearable(op);
        if (v.isEmpty()) {
          return Copy.of(a).set("minimumCompressionSize", Optional.empty()).build();
        }
        int size = PatchValues.integer(op);
        checkCompressionSize(size);
        return Copy.of(a).set("minimumCompressionSize", Optional.of(size)).build();
      })
      .keyed("/binaryMediaTypes", EnumSet.of(ADD, REPLACE, REMOVE), (a, op, type) -> {
        List<String> types = new ArrayList<>(a.binaryMediaTypes());
        switch (op.op()) {
          case ADD -> {
            if (!types.contains(type)) {
              types.add(type);
            }
          }
          case REPLACE -> {
            String next = PatchValues.required(op);
            int i = types.indexOf(type);
            if (i < 0) {
              types.add(next);
            } else {
              types.set(i, next);
            }
          }
          default -> types.remove(type);
        }
        return Copy.of(a).set("binaryMediaTypes", types).build();
      })
      .keyed("/endpointConfiguration/types", EnumSet.of(REPLACE), (a, op, old) -> {
        String next = Validation.oneOf(PatchValues.required(op), "endpoint type",
            List.of("EDGE", "REGIONAL", "PRIVATE"));
        List<String> types = new ArrayList<>(a.endpointConfiguration().types());
        int i = types.indexOf(old);
        if (i < 0) {
          throw ApiException.badRequest("Invalid patch path " + op.pathText());
        }
        types.set(i, next);
        EndpointConfiguration ec = Copy.of(a.endpointConfiguration()).set("types", types).build();
        return Copy.of(a).set("endpointConfiguration", ec).build();
      })
      .field("/endpointConfiguration/ipAddressType", EnumSet.of(REPLACE), (a, op) -> {
        String v = Validation.oneOf(PatchValues.required(op), "ipAddressType", List.of("ipv4", "dualstack"));
        EndpointConfiguration ec = Copy.of(a.endpointConfiguration()).set("ipAddressType", Optional.of(v)).build();
        return Copy.of(a).set("endpointConfiguration", ec).build();
      })
      .build();

  /** UpdateRestApi: {@code /name}, {@code /description}, {@code /binaryMediaTypes/{type}}, ... (management-api.md §7). */
  public RestApi updateRestApi(String apiId, List<PatchOperation> ops) {
    return change(apiId, noApi(apiId), s -> {
      RestApi next = REST_API_RULES.apply(s.definition().restApi(), ops);
      return new Change<>(s.withDefinition(withRestApi(s.definition(), next)), next);
    });
  }

  // ---------------------------------------------------------------- Resources

  /** GetResources, in creation order. */
  public List<Resource> resources(String apiId) {
    return List.copyOf(apiOfResource(apiId).definition().resources().values());
  }

  /** GetResource (404 {@code Invalid Resource identifier specified}). */
  public Resource resource(String apiId, String resourceId) {
    return resourceOf(apiOfResource(apiId).definition(), resourceId);
  }

  private static String childPath(Resource parent, String pathPart) {
    return parent.path().equals("/") ? "/" + pathPart : parent.path() + "/" + pathPart;
  }

  private static boolean isVariable(String pathPart) {
    return pathPart.startsWith("{");
  }

  /** Checks that {@code pathPart} may be a child of {@code parent} (ignoring resource {@code self}). */
  private static void checkPlacement(ApiDefinition d, Resource parent, String pathPart, String self) {
    Validation.pathPart(pathPart);
    if (parent.pathPart().filter(p -> p.endsWith("+}")).isPresent()) {
      throw ApiException.badRequest(
          "Cannot create a child of a resource with a greedy path variable: " + parent.pathPart().get());
    }
    for (Resource sibling : d.resources().values()) {
      if (sibling.id().equals(self) || !sibling.parentId().equals(Optional.of(parent.id()))) {
        continue;
      }
      String other = sibling.pathPart().orElse("");
      if (other.equals(pathPart)) {
        throw ApiException.conflict("Another resource with the same parent already has this name: " + pathPart);
      }
      if (isVariable(other) && isVariable(pathPart)) {
        throw ApiException.badRequest("A sibling (" + other
            + ") of this resource already has a variable path part -- only one is allowed");
      }
    }
  }

  /** CreateResource: literal, {@code {name}} or {@code {name+}} path part under an existing parent. */
  public Resource createResource(String apiId, String parentId, String pathPart) {
    return change(apiId, noResource(), s -> {
      ApiDefinition d = s.definition();
      Resource parent = resourceOf(d, parentId);
      checkPlacement(d, parent, pathPart, "");
      String id;
      do {
        id = runtime.ids().resourceId();
      } while (d.resources().containsKey(id));
      Resource r = new Resource(id, Optional.of(parentId), Optional.of(pathPart), childPath(parent, pathPart), Map.of());
      return new Change<>(s.withDefinition(withResource(d, r)), r);
    });
  }

  /** UpdateResource: {@code /pathPart} and {@code /parentId}; paths of the subtree are recomputed. */
  public Resource updateResource(String apiId, String resourceId, List<PatchOperation> ops) {
    return change(apiId, noResource(), s -> {
      ApiDefinition d = s.definition();
      Resource original = resourceOf(d, resourceId);
      PatchRules<Resource> rules = PatchRules.<Resource>builder()
          .field("/pathPart", EnumSet.of(REPLACE), (r, op) -> {
            if (r.isRoot()) {
              throw ApiException.badRequest("Root resource cannot update its pathPart.");
            }
            String pathPart = PatchValues.required(op);
            checkPlacement(d, resourceOf(d, r.parentId().get()), pathPart, r.id());
            return Copy.of(r).set("pathPart", Optional.of(pathPart)).build();
          })
          .field("/parentId", EnumSet.of(REPLACE), (r, op) -> {
            if (r.isRoot()) {
              throw ApiException.badRequest("Root resource cannot update its parentId.");
            }
            String parentId = PatchValues.required(op);
            Resource parent = resourceOf(d, parentId);
            for (Optional<String> p = Optional.of(parentId); p.isPresent(); p = resourceOf(d, p.get()).parentId()) {
              if (p.get().equals(r.id())) {
                throw ApiException.badRequest("Resources cannot be cyclical.");
              }
            }
            checkPlacement(d, parent, r.pathPart().orElseThrow(), r.id());
            return Copy.of(r).set("parentId", Optional.of(parentId)).build();
          })
          .otherwise((r, op) -> {
            throw ApiException.badRequest("Invalid patch path  '" + op.pathText() + "' specified for op '"
                + op.op().wire() + "'. Must be one of: [/parentId, /pathPart]");
          })
          .build();
      Resource patched = rules.apply(original, ops);
      Map<String, Resource> all = new LinkedHashMap<>(d.resources());
      all.put(patched.id(), patched);
      Map<String, Resource> repathed = repath(all);
      ApiDefinition next = withResources(d, repathed);
      return new Change<>(s.withDefinition(next), repathed.get(resourceId));
    });
  }

  /** Recomputes every resource's path from the parent chain. */
  private static Map<String, Resource> repath(Map<String, Resource> all) {
    Map<String, Resource> out = new LinkedHashMap<>();
    for (Resource r : all.values()) {
      out.put(r.id(), Copy.of(r).set("path", pathOf(all, r)).build());
    }
    return out;
  }

  private static String pathOf(Map<String, Resource> all, Resource r) {
    if (r.isRoot()) {
      return "/";
    }
    Resource parent = all.get(r.parentId().get());
    String parentPath = parent == null ? "/" : pathOf(all, parent);
    return parentPath.equals("/") ? "/" + r.pathPart().orElse("") : parentPath + "/" + r.pathPart().orElse("");
  }

  /** DeleteResource: the resource and its whole subtree. */
  public void deleteResource(String apiId, String resourceId) {
    change(apiId, noResource(), s -> {
      ApiDefinition d = s.definition();
      Resource r = resourceOf(d, resourceId);
      if (r.isRoot()) {
        throw ApiException.badRequest("Cannot delete root resource"); // our wording
      }
      Set<String> doomed = new HashSet<>();
      doomed.add(resourceId);
      boolean grew = true;
      while (grew) {
        grew = false;
        for (Resource x : d.resources().values()) {
          if (x.parentId().filter(doomed::contains).isPresent() && doomed.add(x.id())) {
            grew = true;
          }
        }
      }
      Map<String, Resource> left = new LinkedHashMap<>(d.resources());
      left.keySet().removeAll(doomed);
      return new Change<>(s.withDefinition(withResources(d, left)), Boolean.TRUE);
    });
  }

  // ---------------------------------------------------------------- Methods

  /** PutMethod. {@code method.methodResponses} and {@code methodIntegration} are ignored (start empty). */
  public Method putMethod(String apiId, String resourceId, Method method) {
    Validation.httpMethod(method.httpMethod());
    return change(apiId, noResource(), s -> {
      ApiDefinition d = s.definition();
      Resource r = resourceOf(d, resourceId);
      if (r.method(method.httpMethod()).isPresent()) {
        throw ApiException.conflict("Method already exists for this resource");
      }
      Method m = Copy.of(method).set("methodResponses", Map.of()).set("methodIntegration", Optional.empty()).build();
      checkMethod(d, m);
      return new Change<>(s.withDefinition(withResource(d, withMethod(r, m))), m);
    });
  }

  private static void checkMethod(ApiDefinition d, Method m) {
    Validation.oneOf(m.authorizationType(), "authorizationType", Validation.AUTHORIZATION_TYPES);
    if (m.authorizationType().equals("CUSTOM") || m.authorizationType().equals("COGNITO_USER_POOLS")) {
      // authorizers are not modeled: no authorizer id is ever valid
      throw ApiException.badRequest("Invalid authorizer ID specified. Setting the authorization type to CUSTOM"
          + " or COGNITO_USER_POOLS requires a valid authorizer.");
    }
    m.requestValidatorId().ifPresent(v -> {
      if (!d.requestValidators().containsKey(v)) {
        throw ApiException.badRequest("Invalid Request Validator identifier specified");
      }
    });
    m.requestModels().values().forEach(name -> {
      if (!d.models().containsKey(name)) {
        throw ApiException.badRequest("Invalid model identifier specified: " + name);
      }
    });
    Validation.methodRequestParameters(m.requestParameters().keySet());
  }

  /** GetMethod, with its integration and method responses. */
  public Method method(String apiId, String resourceId, String verb) {
    return methodOf(resourceOf(apiOfResource(apiId).definition(), resourceId), verb);
  }

  /** UpdateMethod (the paths of management-api.md §7's Method rows). */
  public Method updateMethod(String apiId, String resourceId, String verb, List<PatchOperation> ops) {
    return change(apiId, noResource(), s -> {
      ApiDefinition d = s.definition();
      Change<Method> c = editMethod(s, resourceId, verb, m -> METHOD_RULES.apply(m, ops));
      checkMethod(d, c.result());
      return c;
    });
  }

  private static final PatchRules<Method> METHOD_RULES = PatchRules.<Method>builder()
      .field("/authorizationType", EnumSet.of(REPLACE), (m, op) ->
          Copy.of(m).set("authorizationType", PatchValues.required(op)).build())
      .field("/authorizerId", EnumSet.of(REPLACE), (m, op) ->
          Copy.of(m).set("authorizerId", PatchValues.clearable(op)).build())
      .field("/apiKeyRequired", EnumSet.of(REPLACE), (m, op) ->
          Copy.of(m).set("apiKeyRequired", PatchValues.bool(op)).build())
      .field("/operationName", EnumSet.of(REPLACE), (m, op) ->
          Copy.of(m).set("operationName", PatchValues.clearable(op)).build())
      .field("/requestValidatorId", EnumSet.of(REPLACE), (m, op) ->
          Copy.of(m).set("requestValidatorId", PatchValues.clearable(op)).build())
      .keyed("/requestParameters", EnumSet.of(ADD, REPLACE, REMOVE), (m, op, key) ->
          Copy.of(m).set("requestParameters", op.op() == REMOVE
              ? without(m.requestParameters(), key)
              : put(m.requestParameters(), key, PatchValues.bool(op))).build())
      .keyed("/requestModels", EnumSet.of(ADD, REPLACE, REMOVE), (m, op, type) ->
          Copy.of(m).set("requestModels", op.op() == REMOVE
              ? without(m.requestModels(), type)
              : put(m.requestModels(), type, PatchValues.required(op))).build())
      .field("/authorizationScopes", EnumSet.of(ADD, REMOVE), (m, op) -> {
        List<String> scopes = new ArrayList<>(m.authorizationScopes());
        String scope = PatchValues.required(op);
        if (op.op() == ADD) {
          if (!scopes.contains(scope)) {
            scopes.add(scope);
          }
        } else {
          scopes.remove(scope);
        }
        return Copy.of(m).set("authorizationScopes", scopes).build();
      })
      .build();

  /** DeleteMethod. */
  public void deleteMethod(String apiId, String resourceId, String verb) {
    change(apiId, noResource(), s -> {
      Resource r = resourceOf(s.definition(), resourceId);
      methodOf(r, verb);
      return new Change<>(s.withDefinition(withResource(s.definition(), withoutMethod(r, verb))), Boolean.TRUE);
    });
  }

  // ---------------------------------------------------------------- MethodResponses

  /** PutMethodResponse: creates or replaces the response of one status code. */
  public MethodResponse putMethodResponse(String apiId, String resourceId, String verb, MethodResponse response) {
    Validation.statusCode(response.statusCode());
    response.responseParameters().keySet().forEach(Validation::methodResponseParameter);
    return change(apiId, noResource(), s -> {
      checkModels(s.definition(), response.responseModels());
      Change<Method> c = editMethod(s, resourceId, verb, m ->
          Copy.of(m).set("methodResponses", put(m.methodResponses(), response.statusCode(), response)).build());
      return new Change<>(c.next(), response);
    });
  }

  private static void checkModels(ApiDefinition d, Map<String, String> models) {
    models.values().forEach(name -> {
      if (!d.models().containsKey(name)) {
        throw ApiException.badRequest("Invalid model identifier specified: " + name);
      }
    });
  }

  /** GetMethodResponse (404 {@code Invalid Response status code specified}). */
  public MethodResponse methodResponse(String apiId, String resourceId, String verb, String code) {
    return Optional.ofNullable(method(apiId, resourceId, verb).methodResponses().get(code))
        .orElseThrow(RestApiService::noResponse);
  }

  private static final PatchRules<MethodResponse> METHOD_RESPONSE_RULES = PatchRules.<MethodResponse>builder()
      .keyed("/responseParameters", EnumSet.of(ADD, REPLACE, REMOVE), (r, op, key) -> {
        if (op.op() != ADD && !r.responseParameters().containsKey(key)) {
          throw ApiException.notFound("Invalid parameter name specified");
        }
        if (op.op() == REMOVE) {
          return Copy.of(r).set("responseParameters", without(r.responseParameters(), key)).build();
        }
        Validation.methodResponseParameter(key);
        return Copy.of(r).set("responseParameters", put(r.responseParameters(), key, PatchValues.bool(op))).build();
      })
      .keyed("/responseModels", EnumSet.of(ADD, REPLACE, REMOVE), (r, op, type) -> {
        if (op.op() != ADD && !r.responseModels().containsKey(type)) {
          throw ApiException.notFound("Content-Type specified was not found");
        }
        return Copy.of(r).set("responseModels", op.op() == REMOVE
            ? without(r.responseModels(), type)
            : put(r.responseModels(), type, PatchValues.required(op))).build();
      })
      .build();

  /** UpdateMethodResponse: {@code /responseParameters/{name}}, {@code /responseModels/{type}}. */
  public MethodResponse updateMethodResponse(
      String apiId, String resourceId, String verb, String code, List<PatchOperation> ops) {
    return change(apiId, noResource(), s -> {
      AtomicReference<MethodResponse> out = new AtomicReference<>();
      Change<Method> c = editMethod(s, resourceId, verb, m -> {
        MethodResponse current = Optional.ofNullable(m.methodResponses().get(code))
            .orElseThrow(RestApiService::noResponse);
        MethodResponse next = METHOD_RESPONSE_RULES.apply(current, ops);
        checkModels(s.definition(), next.responseModels());
        out.set(next);
        return Copy.of(m).set("methodResponses", put(m.methodResponses(), code, next)).build();
      });
      return new Change<>(c.next(), out.get());
    });
  }

  /** DeleteMethodResponse. */
  public void deleteMethodResponse(String apiId, String resourceId, String verb, String code) {
    change(apiId, noResource(), s -> editMethod(s, resourceId, verb, m -> {
      if (!m.methodResponses().containsKey(code)) {
        throw noResponse();
      }
      return Copy.of(m).set("methodResponses", without(m.methodResponses(), code)).build();
    }));
  }

  // ---------------------------------------------------------------- Integrations

  /**
   * PutIntegration: validates and stores the integration, filling AWS's defaults (passthrough
   * WHEN_NO_MATCH, cacheNamespace = resource id, connectionType INTERNET for HTTP types). Existing
   * integration responses of the method are kept.
   */
  public Integration putIntegration(String apiId, String resourceId, String verb, Integration integration) {
    return change(apiId, noResource(), s -> {
      AtomicReference<Integration> out = new AtomicReference<>();
      Change<Method> c = editMethod(s, resourceId, verb, m -> {
        Integration withDefaults = withIntegrationDefaults(integration, resourceId);
        Integration stored = Copy.of(withDefaults)
            .set("integrationResponses", m.methodIntegration().map(Integration::integrationResponses).orElse(Map.of()))
            .build();
        checkIntegration(stored);
        out.set(stored);
        return Copy.of(m).set("methodIntegration", Optional.of(stored)).build();
      });
      return new Change<>(c.next(), out.get());
    });
  }

  private static Integration withIntegrationDefaults(Integration i, String resourceId) {
    Copy<Integration> c = Copy.of(i);
    if (i.passthroughBehavior().isEmpty()) {
      c.set("passthroughBehavior", Optional.of("WHEN_NO_MATCH"));
    }
    if (i.cacheNamespace().isEmpty()) {
      c.set("cacheNamespace", Optional.of(resourceId));
    }
    if (i.connectionType().isEmpty()
        && (i.type() == IntegrationType.HTTP || i.type() == IntegrationType.HTTP_PROXY)) {
      c.set("connectionType", Optional.of("INTERNET"));
    }
    return c.build();
  }

  /** Every check of PutIntegration, also run after UpdateIntegration. */
  public static void checkIntegration(Integration i) {
    i.connectionType().ifPresent(v -> {
      if (!Validation.CONNECTION_TYPES.contains(v)) {
        throw Validation.enumViolation(v, "putIntegrationInput.connectionType", Validation.CONNECTION_TYPES);
      }
    });
    Validation.integrationTarget(i.type(), i.httpMethod(), i.uri(), i.connectionType());
    Validation.timeout(i.timeoutInMillis());
    i.passthroughBehavior().ifPresent(v -> Validation.oneOf(v, "passthrough behavior", Validation.PASSTHROUGH));
    i.contentHandling().ifPresent(v -> Validation.oneOf(v, "content handling strategy", Validation.CONTENT_HANDLING));
    i.requestParameters().forEach(Validation::integrationRequestParameter);
  }

  /** GetIntegration (404 {@code Invalid Integration identifier specified}). */
  public Integration integration(String apiId, String resourceId, String verb) {
    return integrationOf(method(apiId, resourceId, verb));
  }

  private static final PatchRules<Integration> INTEGRATION_RULES = PatchRules.<Integration>builder()
      .field("/type", EnumSet.of(REPLACE), (i, op) -> Copy.of(i)
          .set("type", Validation.integrationType(PatchValues.required(op), "updateIntegrationInput.type")).build())
      .field("/uri", EnumSet.of(REPLACE), (i, op) -> Copy.of(i).set("uri", PatchValues.clearable(op)).build())
      .field("/httpMethod", EnumSet.of(REPLACE), (i, op) ->
          Copy.of(i).set("httpMethod", PatchValues.clearable(op)).build())
      .field("/credentials", EnumSet.of(REPLACE), (i, op) ->
          Copy.of(i).set("credentials", PatchValues.clearable(op)).build())
      .field("/passthroughBehavior", EnumSet.of(REPLACE), (i, op) ->
          Copy.of(i).set("passthroughBehavior", Optional.of(PatchValues.required(op))).build())
      .field("/contentHandling", EnumSet.of(REPLACE), (i, op) ->
          Copy.of(i).set("contentHandling", PatchValues.clearable(op)).build())
      .field("/timeoutInMillis", EnumSet.of(REPLACE), (i, op) -> {
        int t = PatchValues.integer(op);
        Validation.timeout(t);
        return Copy.of(i).set("timeoutInMillis", t).build();
      })
      .field("/cacheNamespace", EnumSet.of(REPLACE), (i, op) ->
          Copy.of(i).set("cacheNamespace", PatchValues.clearable(op)).build())
      .field("/connectionType", EnumSet.of(REPLACE), (i, op) ->
          Copy.of(i).set("connectionType", PatchValues.clearable(op)).build())
      .field("/connectionId", EnumSet.of(REPLACE), (i, op) ->
          Copy.of(i).set("connectionId", PatchValues.clearable(op)).build())
      .field("/tlsConfig/insecureSkipVerification", EnumSet.of(REPLACE), (i, op) ->
          Copy.of(i).set("tlsConfig", Optional.of(new TlsConfig(PatchValues.bool(op)))).build())
      .keyed("/requestParameters", EnumSet.of(ADD, REPLACE, REMOVE), (i, op, key) ->
          Copy.of(i).set("requestParameters", op.op() == REMOVE
              ? without(i.requestParameters(), key)
              : put(i.requestParameters(), key, PatchValues.required(op))).build())
      .keyed("/requestTemplates", EnumSet.of(ADD, REPLACE, REMOVE), (i, op, type) ->
          Copy.of(i).set("requestTemplates", op.op() == REMOVE
              ? without(i.requestTemplates(), type)
              : put(i.requestTemplates(), type, op.value().orElse(""))).build())
      .keyed("/cacheKeyParameters", EnumSet.of(ADD, REMOVE), (i, op, name) -> {
        List<String> keys = new ArrayList<>(i.cacheKeyParameters());
        if (op.op() == ADD) {
          if (!keys.contains(name)) {
            keys.add(name);
          }
        } else {
          keys.remove(name);
        }
        return Copy.of(i).set("cacheKeyParameters", keys).build();
      })
      .build();

  /** UpdateIntegration; the result is checked as PutIntegration's input is. */
  public Integration updateIntegration(String apiId, String resourceId, String verb, List<PatchOperation> ops) {
    return change(apiId, noResource(), s -> {
      AtomicReference<Integration> out = new AtomicReference<>();
      Change<Method> c = editMethod(s, resourceId, verb, m -> {
        Integration next = INTEGRATION_RULES.apply(integrationOf(m), ops);
        checkIntegration(next);
        out.set(next);
        return Copy.of(m).set("methodIntegration", Optional.of(next)).build();
      });
      return new Change<>(c.next(), out.get());
    });
  }

  /** DeleteIntegration. */
  public void deleteIntegration(String apiId, String resourceId, String verb) {
    change(apiId, noResource(), s -> editMethod(s, resourceId, verb, m -> {
      integrationOf(m);
      return Copy.of(m).set("methodIntegration", Optional.empty()).build();
    }));
  }

  // ---------------------------------------------------------------- IntegrationResponses

  private static void checkIntegrationResponse(IntegrationResponse r) {
    r.selectionPattern().ifPresent(Validation::selectionPattern);
    r.responseParameters().forEach(Validation::integrationResponseParameter);
    r.contentHandling().ifPresent(v -> Validation.oneOf(v, "content handling strategy", Validation.CONTENT_HANDLING));
  }

  private Change<IntegrationResponse> editIntegration(
      ApiState s, String resourceId, String verb, Function<Integration, Map.Entry<Integration, IntegrationResponse>> f) {
    AtomicReference<IntegrationResponse> out = new AtomicReference<>();
    Change<Method> c = editMethod(s, resourceId, verb, m -> {
      Map.Entry<Integration, IntegrationResponse> e = f.apply(integrationOf(m));
      out.set(e.getValue());
      return Copy.of(m).set("methodIntegration", Optional.of(e.getKey())).build();
    });
    return new Change<>(c.next(), out.get());
  }

  /** PutIntegrationResponse (the method response need not exist, as on AWS). */
  public IntegrationResponse putIntegrationResponse(
      String apiId, String resourceId, String verb, IntegrationResponse response) {
    Validation.statusCode(response.statusCode());
    checkIntegrationResponse(response);
    return change(apiId, noResource(), s -> editIntegration(s, resourceId, verb, i -> Map.entry(
        Copy.of(i).set("integrationResponses", put(i.integrationResponses(), response.statusCode(), response)).build(),
        response)));
  }

  /** GetIntegrationResponse. */
  public IntegrationResponse integrationResponse(String apiId, String resourceId, String verb, String code) {
    return Optional.ofNullable(integration(apiId, resourceId, verb).integrationResponses().get(code))
        .orElseThrow(RestApiService::noResponse);
  }

  private static final PatchRules<IntegrationResponse> INTEGRATION_RESPONSE_RULES =
      PatchRules.<IntegrationResponse>builder()
          .field("/selectionPattern", EnumSet.of(REPLACE), (r, op) ->
              Copy.of(r).set("selectionPattern", Optional.of(op.value().orElse(""))).build())
          .field("/contentHandling", EnumSet.of(REPLACE), (r, op) ->
              Copy.of(r).set("contentHandling", PatchValues.clearable(op)).build())
          .keyed("/responseParameters", EnumSet.of(ADD, REPLACE, REMOVE), (r, op, key) ->
              Copy.of(r).set("responseParameters", op.op() == REMOVE
                  ? without(r.responseParameters(), key)
                  : put(r.responseParameters(), key, PatchValues.required(op))).build())
          .keyed("/responseTemplates", EnumSet.of(ADD, REPLACE, REMOVE), (r, op, type) ->
              Copy.of(r).set("responseTemplates", op.op() == REMOVE
                  ? without(r.responseTemplates(), type)
                  : put(r.responseTemplates(), type, op.value().orElse(""))).build())
          .build();

  /** UpdateIntegrationResponse. */
  public IntegrationResponse updateIntegrationResponse(
      String apiId, String resourceId, String verb, String code, List<PatchOperation> ops) {
    return change(apiId, noResource(), s -> editIntegration(s, resourceId, verb, i -> {
      IntegrationResponse current = Optional.ofNullable(i.integrationResponses().get(code))
          .orElseThrow(RestApiService::noResponse);
      IntegrationResponse next = INTEGRATION_RESPONSE_RULES.apply(current, ops);
      checkIntegrationResponse(next);
      return Map.entry(Copy.of(i).set("integrationResponses", put(i.integrationResponses(), code, next)).build(), next);
    }));
  }

  /** DeleteIntegrationResponse. */
  public void deleteIntegrationResponse(String apiId, String resourceId, String verb, String code) {
    change(apiId, noResource(), s -> editIntegration(s, resourceId, verb, i -> {
      IntegrationResponse current = Optional.ofNullable(i.integrationResponses().get(code))
          .orElseThrow(RestApiService::noResponse);
      return Map.entry(Copy.of(i).set("integrationResponses", without(i.integrationResponses(), code)).build(), current);
    }));
  }

  // ---------------------------------------------------------------- Deployments

  /**
   * CreateDeployment: freezes the current definition. With {@code stageName} the stage is created or
   * repointed; with {@code canarySettings} the stage must exist and the new deployment becomes its
   * canary (base deployment and variables untouched). Without canary settings on a stage that has a
   * canary, the base is repointed and the canary kept (AWS's behaviour here is unverified).
   */
  public Deployment createDeployment(String apiId, CreateDeployment in) {
    if (in.description().filter(String::isEmpty).isPresent()) {
      throw ApiException.badRequest("Description cannot be an empty string");
    }
    Validation.stageVariables(in.variables());
    in.cacheClusterSize().ifPresent(v -> Validation.cacheClusterSize(v, "createDeploymentInput.cacheClusterSize"));
    in.canarySettings().ifPresent(c -> {
      c.percentTraffic().ifPresent(Validation::percentTraffic);
      Validation.stageVariables(c.stageVariableOverrides());
    });
    return change(apiId, noApi(apiId), s -> {
      ApiDefinition d = s.definition();
      if (in.canarySettings().isPresent()) {
        String name = in.stageName().orElse(null);
        if (name == null || name.isEmpty()) {
          throw ApiException.badRequest("Invalid deployment content specified.Non null and non empty stageName"
              + " must be provided for canary deployment. Provided value is " + (name == null ? "null" : ""));
        }
        if (s.stage(name).isEmpty()) {
          throw ApiException.badRequest("Invalid deployment content specified.Stage " + name
              + " must already be created before making a canary release deployment");
        }
      }
      checkDeployable(d);
      String id;
      do {
        id = runtime.ids().deploymentId();
      } while (s.deployments().containsKey(id));
      Instant now = now();
      Deployment deployment = new Deployment(id, in.description(), now, d);
      ApiState next = s.withDeployment(deployment);
      Optional<String> stageName = in.stageName().filter(n -> !n.isEmpty());
      if (stageName.isPresent()) {
        Optional<Stage> existing = s.stage(stageName.get());
        if (in.canarySettings().isPresent()) {
          CanaryInput c = in.canarySettings().get();
          CanarySettings canary = new CanarySettings(id, c.percentTraffic().orElse(0.0),
              c.stageVariableOverrides(), c.useStageCache().orElse(false));
          next = next.withStage(Copy.of(existing.get()).set("canarySettings", Optional.of(canary))
              .set("lastUpdatedDate", now).build());
        } else if (existing.isPresent()) {
          Stage st = existing.get();
          Copy<Stage> copy = Copy.of(st).set("deploymentId", id).set("lastUpdatedDate", now);
          if (!in.variables().isEmpty()) {
            Map<String, String> vars = new LinkedHashMap<>(st.variables());
            vars.putAll(in.variables());
            copy.set("variables", vars);
          }
          in.stageDescription().ifPresent(v -> copy.set("description", Optional.of(v)));
          in.cacheClusterEnabled().ifPresent(v -> copy.set("cacheClusterEnabled", v));
          in.cacheClusterSize().ifPresent(v -> copy.set("cacheClusterSize", Optional.of(v)));
          in.tracingEnabled().ifPresent(v -> copy.set("tracingEnabled", v));
          next = next.withStage(copy.build());
        } else {
          checkStageName(stageName.get());
          next = next.withStage(new Stage(stageName.get(), id, in.stageDescription(), Optional.empty(),
              in.cacheClusterEnabled().orElse(false), in.cacheClusterSize(), null, Map.of(), in.variables(),
              Optional.empty(), Optional.empty(), Optional.empty(), in.tracingEnabled().orElse(false),
              Optional.empty(), Map.of(), now, now));
        }
      }
      return new Change<>(next, deployment);
    });
  }

  private static void checkDeployable(ApiDefinition d) {
    boolean anyMethod = false;
    for (Resource r : d.resources().values()) {
      for (Method m : r.resourceMethods().values()) {
        anyMethod = true;
        if (m.methodIntegration().isEmpty()) {
          throw ApiException.badRequest("No integration defined for method");
        }
      }
    }
    if (!anyMethod) {
      throw ApiException.badRequest("The REST API doesn't contain any methods");
    }
  }

  private static void checkStageName(String name) {
    // AWS's wording for a bad stage name is not documented; ours.
    if (!name.matches("[A-Za-z0-9_\\-]+") || name.length() > 128) {
      throw ApiException.badRequest("Stage name only allows a-zA-Z0-9_- and at most 128 characters: '" + name + "'");
    }
  }

  /** GetDeployment (404 {@code Invalid Deployment identifier specified}). */
  public Deployment deployment(String apiId, String deploymentId) {
    return apiState(apiId).deployment(deploymentId).orElseThrow(RestApiService::noDeployment);
  }

  /** GetDeployments, in creation order. */
  public List<Deployment> deployments(String apiId) {
    return List.copyOf(apiState(apiId).deployments().values());
  }

  /** UpdateDeployment: {@code /description} only; the snapshot never changes. */
  public Deployment updateDeployment(String apiId, String deploymentId, List<PatchOperation> ops) {
    PatchRules<Deployment> rules = PatchRules.<Deployment>builder()
        .field("/description", EnumSet.of(REPLACE), (dep, op) ->
            Copy.of(dep).set("description", PatchValues.clearable(op)).build())
        .build();
    return change(apiId, noApi(apiId), s -> {
      Deployment next = rules.apply(s.deployment(deploymentId).orElseThrow(RestApiService::noDeployment), ops);
      return new Change<>(s.withDeployment(next), next);
    });
  }

  /** DeleteDeployment, refused while a stage or a stage's canary uses it. */
  public void deleteDeployment(String apiId, String deploymentId) {
    change(apiId, noApi(apiId), s -> {
      s.deployment(deploymentId).orElseThrow(RestApiService::noDeployment);
      for (Stage st : s.stages().values()) {
        if (st.deploymentId().equals(deploymentId)
            || st.canarySettings().filter(c -> c.deploymentId().equals(deploymentId)).isPresent()) {
          throw ApiException.badRequest("Active stages pointing to this deployment must be moved or deleted");
        }
      }
      return new Change<>(s.withoutDeployment(deploymentId), Boolean.TRUE);
    });
  }

  // ---------------------------------------------------------------- Stages

  private static ApiException unknownDeploymentReference() {
    return ApiException.badRequest("Deployment id does not exist");
  }

  /** CreateStage; a canary without {@code deploymentId} uses the stage's deployment. */
  public Stage createStage(String apiId, CreateStage in) {
    String name = in.stageName().orElseThrow(() -> Validation.missing("createStageInput.stageName"));
    String deploymentId = in.deploymentId().orElseThrow(() -> Validation.missing("createStageInput.deploymentId"));
    checkStageName(name);
    Validation.stageVariables(in.variables());
    in.cacheClusterSize().ifPresent(v -> Validation.cacheClusterSize(v, "createStageInput.cacheClusterSize"));
    in.canarySettings().ifPresent(c -> {
      c.percentTraffic().ifPresent(Validation::percentTraffic);
      Validation.stageVariables(c.stageVariableOverrides());
    });
    if (in.description().filter(String::isEmpty).isPresent()) {
      throw ApiException.badRequest("Description cannot be an empty string");
    }
    return change(apiId, noApi(apiId), s -> {
      if (s.stage(name).isPresent()) {
        throw ApiException.conflict("Stage already exists");
      }
      if (s.deployment(deploymentId).isEmpty()) {
        throw unknownDeploymentReference();
      }
      Optional<CanarySettings> canary = in.canarySettings().map(c -> {
        String canaryDeployment = c.deploymentId().orElse(deploymentId);
        if (s.deployment(canaryDeployment).isEmpty()) {
          throw unknownDeploymentReference();
        }
        return new CanarySettings(canaryDeployment, c.percentTraffic().orElse(0.0), c.stageVariableOverrides(),
            c.useStageCache().orElse(false));
      });
      Instant now = now();
      Stage stage = new Stage(name, deploymentId, in.description(), Optional.empty(),
          in.cacheClusterEnabled().orElse(false), in.cacheClusterSize(), null, Map.of(), in.variables(),
          in.documentationVersion(), Optional.empty(), canary, in.tracingEnabled().orElse(false),
          Optional.empty(), in.tags(), now, now);
      return new Change<>(s.withStage(stage), stage);
    });
  }

  /** GetStage (404 {@code Invalid Stage identifier specified}). */
  public Stage stage(String apiId, String stageName) {
    return apiState(apiId).stage(stageName).orElseThrow(RestApiService::noStage);
  }

  /** GetStages, optionally only those on one deployment. */
  public List<Stage> stages(String apiId, Optional<String> deploymentId) {
    return apiState(apiId).stages().values().stream()
        .filter(st -> deploymentId.isEmpty() || st.deploymentId().equals(deploymentId.get()))
        .toList();
  }

  /** UpdateStage: fields, variables, method settings, access logs, canary settings and promotion by {@code copy}. */
  public Stage updateStage(String apiId, String stageName, List<PatchOperation> ops) {
    return change(apiId, noApi(apiId), s -> {
      Stage current = s.stage(stageName).orElseThrow(RestApiService::noStage);
      Stage next = StagePatch.rules(s).apply(current, ops);
      next = Copy.of(next).set("lastUpdatedDate", now()).build();
      return new Change<>(s.withStage(next), next);
    });
  }

  /** DeleteStage (its canary goes with it). */
  public void deleteStage(String apiId, String stageName) {
    change(apiId, noApi(apiId), s -> {
      s.stage(stageName).orElseThrow(RestApiService::noStage);
      return new Change<>(s.withoutStage(stageName), Boolean.TRUE);
    });
  }

  // ---------------------------------------------------------------- Models

  private static ApiException noModel(String name) {
    return ApiException.notFound("Invalid model name specified: " + name);
  }

  /** CreateModel. */
  public Model createModel(String apiId, String name, String contentType, Optional<String> schema,
      Optional<String> description) {
    if (name == null) {
      throw Validation.missing("createModelInput.name");
    }
    if (contentType == null) {
      throw Validation.missing("createModelInput.contentType");
    }
    if (!name.matches("[A-Za-z0-9]+")) {
      throw ApiException.badRequest("Model name must be non-empty and alphanumeric");
    }
    return change(apiId, noApi(apiId), s -> {
      ApiDefinition d = s.definition();
      if (d.models().containsKey(name)) {
        throw ApiException.conflict("Model name already exists for this REST API");
      }
      Model model = new Model(runtime.ids().next(6), name, description, schema, contentType);
      return new Change<>(s.withDefinition(withModels(d, put(d.models(), name, model))), model);
    });
  }

  /** GetModel (404 {@code Invalid model name specified: name}). */
  public Model model(String apiId, String name) {
    return Optional.ofNullable(apiState(apiId).definition().models().get(name)).orElseThrow(() -> noModel(name));
  }

  /** GetModels. */
  public List<Model> models(String apiId) {
    return List.copyOf(apiState(apiId).definition().models().values());
  }

  /** UpdateModel: {@code /schema}, {@code /description}. */
  public Model updateModel(String apiId, String name, List<PatchOperation> ops) {
    PatchRules<Model> rules = PatchRules.<Model>builder()
        .field("/description", EnumSet.of(REPLACE), (m, op) ->
            Copy.of(m).set("description", PatchValues.clearable(op)).build())
        .field("/schema", EnumSet.of(REPLACE), (m, op) ->
            Copy.of(m).set("schema", PatchValues.clearable(op)).build())
        .build();
    return change(apiId, noApi(apiId), s -> {
      ApiDefinition d = s.definition();
      Model current = Optional.ofNullable(d.models().get(name)).orElseThrow(() -> noModel(name));
      Model next = rules.apply(current, ops);
      return new Change<>(s.withDefinition(withModels(d, put(d.models(), name, next))), next);
    });
  }

  /** DeleteModel, refused while a method refers to the model. */
  public void deleteModel(String apiId, String name) {
    change(apiId, noApi(apiId), s -> {
      ApiDefinition d = s.definition();
      if (!d.models().containsKey(name)) {
        throw noModel(name);
      }
      for (Resource r : d.resources().values()) {
        for (Method m : r.resourceMethods().values()) {
          boolean used = m.requestModels().containsValue(name)
              || m.methodResponses().values().stream().anyMatch(mr -> mr.responseModels().containsValue(name));
          if (used) {
            // AWS refuses too; its exact wording is not documented
            throw ApiException.badRequest("Cannot delete model '" + name + "', is referenced in method: "
                + r.path() + " " + m.httpMethod());
          }
        }
      }
      return new Change<>(s.withDefinition(withModels(d, without(d.models(), name))), Boolean.TRUE);
    });
  }

  // ---------------------------------------------------------------- RequestValidators

  private static ApiException noValidator() {
    return ApiException.notFound("Invalid Request Validator identifier specified");
  }

  /** CreateRequestValidator. */
  public RequestValidator createRequestValidator(String apiId, Optional<String> name, boolean body, boolean params) {
    return change(apiId, noApi(apiId), s -> {
      ApiDefinition d = s.definition();
      RequestValidator v = new RequestValidator(runtime.ids().next(6), name.orElse(""), body, params);
      return new Change<>(s.withDefinition(Copy.of(d)
          .set("requestValidators", put(d.requestValidators(), v.id(), v)).build()), v);
    });
  }

  /** GetRequestValidator. */
  public RequestValidator requestValidator(String apiId, String id) {
    return Optional.ofNullable(apiState(apiId).definition().requestValidators().get(id))
        .orElseThrow(RestApiService::noValidator);
  }

  /** GetRequestValidators. */
  public List<RequestValidator> requestValidators(String apiId) {
    return List.copyOf(apiState(apiId).definition().requestValidators().values());
  }

  /** UpdateRequestValidator. */
  public RequestValidator updateRequestValidator(String apiId, String id, List<PatchOperation> ops) {
    PatchRules<RequestValidator> rules = PatchRules.<RequestValidator>builder()
        .field("/name", EnumSet.of(REPLACE), (v, op) -> Copy.of(v).set("name", PatchValues.required(op)).build())
        .field("/validateRequestBody", EnumSet.of(REPLACE), (v, op) ->
            Copy.of(v).set("validateRequestBody", PatchValues.bool(op)).build())
        .field("/validateRequestParameters", EnumSet.of(REPLACE), (v, op) ->
            Copy.of(v).set("validateRequestParameters", PatchValues.bool(op)).build())
        .build();
    return change(apiId, noApi(apiId), s -> {
      ApiDefinition d = s.definition();
      RequestValidator current = Optional.ofNullable(d.requestValidators().get(id)).orElseThrow(RestApiService::noValidator);
      RequestValidator next = rules.apply(current, ops);
      return new Change<>(s.withDefinition(Copy.of(d)
          .set("requestValidators", put(d.requestValidators(), id, next)).build()), next);
    });
  }

  /** DeleteRequestValidator. */
  public void deleteRequestValidator(String apiId, String id) {
    change(apiId, noApi(apiId), s -> {
      ApiDefinition d = s.definition();
      if (!d.requestValidators().containsKey(id)) {
        throw noValidator();
      }
      return new Change<>(s.withDefinition(Copy.of(d)
          .set("requestValidators", without(d.requestValidators(), id)).build()), Boolean.TRUE);
    });
  }

  // ---------------------------------------------------------------- GatewayResponses

  /** The gateway response types of the service model with their default status codes. */
  public static final Map<String, Optional<String>> GATEWAY_RESPONSE_TYPES = gatewayResponseTypes();

  private static Map<String, Optional<String>> gatewayResponseTypes() {
    Map<String, Optional<String>> m = new LinkedHashMap<>();
    m.put("DEFAULT_4XX", Optional.empty());
    m.put("DEFAULT_5XX", Optional.empty());
    m.put("RESOURCE_NOT_FOUND", Optional.of("404"));
    m.put("UNAUTHORIZED", Optional.of("401"));
    m.put("INVALID_API_KEY", Optional.of("403"));
    m.put("ACCESS_DENIED", Optional.of("403"));
    m.put("AUTHORIZER_FAILURE", Optional.of("500"));
    m.put("AUTHORIZER_CONFIGURATION_ERROR", Optional.of("500"));
    m.put("INVALID_SIGNATURE", Optional.of("403"));
    m.put("EXPIRED_TOKEN", Optional.of("403"));
    m.put("MISSING_AUTHENTICATION_TOKEN", Optional.of("403"));
    m.put("INTEGRATION_FAILURE", Optional.of("504"));
    m.put("INTEGRATION_TIMEOUT", Optional.of("504"));
    m.put("API_CONFIGURATION_ERROR", Optional.of("500"));
    m.put("UNSUPPORTED_MEDIA_TYPE", Optional.of("415"));
    m.put("BAD_REQUEST_PARAMETERS", Optional.of("400"));
    m.put("BAD_REQUEST_BODY", Optional.of("400"));
    m.put("REQUEST_TOO_LARGE", Optional.of("413"));
    m.put("THROTTLED", Optional.of("429"));
    m.put("QUOTA_EXCEEDED", Optional.of("429"));
    m.put("WAF_FILTERED", Optional.of("403"));
    return java.util.Collections.unmodifiableMap(m);
  }

  private static String checkResponseType(String type) {
    if (!GATEWAY_RESPONSE_TYPES.containsKey(type)) {
      throw Validation.enumViolation(type, "responseType", List.copyOf(GATEWAY_RESPONSE_TYPES.keySet()));
    }
    return type;
  }

  private static GatewayResponse defaultGatewayResponse(String type) {
    return new GatewayResponse(type, GATEWAY_RESPONSE_TYPES.get(type),
        Map.of(), Map.of("application/json", "{\"message\":$context.error.messageString}"), true);
  }

  /** PutGatewayResponse: customizes one response type. */
  public GatewayResponse putGatewayResponse(String apiId, String type, Optional<String> statusCode,
      Map<String, String> responseParameters, Map<String, String> responseTemplates) {
    checkResponseType(type);
    statusCode.ifPresent(Validation::statusCode);
    return change(apiId, noApi(apiId), s -> {
      ApiDefinition d = s.definition();
      GatewayResponse r = new GatewayResponse(type, statusCode, responseParameters, responseTemplates, false);
      return new Change<>(s.withDefinition(Copy.of(d)
          .set("gatewayResponses", put(d.gatewayResponses(), type, r)).build()), r);
    });
  }

  /** The customized response, or the default one of a valid type. */
  public GatewayResponse gatewayResponse(String apiId, String type) {
    ApiDefinition d = apiState(apiId).definition();
    checkResponseType(type);
    return Optional.ofNullable(d.gatewayResponses().get(type)).orElseGet(() -> defaultGatewayResponse(type));
  }

  /** Every type: customized ones as stored, the others as defaults. */
  public List<GatewayResponse> gatewayResponses(String apiId) {
    ApiDefinition d = apiState(apiId).definition();
    return GATEWAY_RESPONSE_TYPES.keySet().stream()
        .map(t -> Optional.ofNullable(d.gatewayResponses().get(t)).orElseGet(() -> defaultGatewayResponse(t)))
        .toList();
  }

  /** UpdateGatewayResponse (customizes the type if it was a default). */
  public GatewayResponse updateGatewayResponse(String apiId, String type, List<PatchOperation> ops) {
    checkResponseType(type);
    PatchRules<GatewayResponse> rules = PatchRules.<GatewayResponse>builder()
        .field("/statusCode", EnumSet.of(REPLACE), (r, op) -> {
          String code = PatchValues.required(op);
          Validation.statusCode(code);
          return Copy.of(r).set("statusCode", Optional.of(code)).build();
        })
        .keyed("/responseParameters", EnumSet.of(ADD, REPLACE, REMOVE), (r, op, key) ->
            Copy.of(r).set("responseParameters", op.op() == REMOVE
                ? without(r.responseParameters(), key)
                : put(r.responseParameters(), key, PatchValues.required(op))).build())
        .keyed("/responseTemplates", EnumSet.of(ADD, REPLACE, REMOVE), (r, op, ct) ->
            Copy.of(r).set("responseTemplates", op.op() == REMOVE
                ? without(r.responseTemplates(), ct)
                : put(r.responseTemplates(), ct, op.value().orElse(""))).build())
        .build();
    return change(apiId, noApi(apiId), s -> {
      ApiDefinition d = s.definition();
      GatewayResponse current = Optional.ofNullable(d.gatewayResponses().get(type))
          .orElseGet(() -> defaultGatewayResponse(type));
      GatewayResponse next = Copy.of(rules.apply(current, ops)).set("defaultResponse", false).build();
      return new Change<>(s.withDefinition(Copy.of(d)
          .set("gatewayResponses", put(d.gatewayResponses(), type, next)).build()), next);
    });
  }

  /** DeleteGatewayResponse: the type returns to its default. */
  public void deleteGatewayResponse(String apiId, String type) {
    checkResponseType(type);
    change(apiId, noApi(apiId), s -> {
      ApiDefinition d = s.definition();
      if (!d.gatewayResponses().containsKey(type)) {
        throw ApiException.notFound("Invalid Gateway Response identifier specified"); // our wording
      }
      return new Change<>(s.withDefinition(Copy.of(d)
          .set("gatewayResponses", without(d.gatewayResponses(), type)).build()), Boolean.TRUE);
    });
  }

  // ---------------------------------------------------------------- Tags

  private static final java.util.regex.Pattern TAGGABLE =
      java.util.regex.Pattern.compile("arn:aws[a-zA-Z-]*:apigateway:[a-z0-9-]*::/restapis/([^/]+)(?:/stages/([^/]+))?");

  private ApiException noTaggable(String arn) {
    // AWS's wording for an unknown or untaggable ARN is not documented; ours
    return ApiException.notFound("Invalid resource ARN specified: " + arn);
  }

  /** GetTags of a REST API or stage ARN ({@code arn:aws:apigateway:{region}::/restapis/{id}[/stages/{name}]}). */
  public Map<String, String> tags(String arn) {
    var m = TAGGABLE.matcher(arn);
    if (!m.matches()) {
      throw noTaggable(arn);
    }
    ApiState s = state.api(m.group(1)).orElseThrow(() -> noTaggable(arn));
    if (m.group(2) == null) {
      return s.definition().restApi().tags();
    }
    return s.stage(m.group(2)).orElseThrow(() -> noTaggable(arn)).tags();
  }

  /** TagResource (add or overwrite) and UntagResource (remove keys) in one operation. */
  public void retag(String arn, Map<String, String> add, List<String> removeKeys) {
    var m = TAGGABLE.matcher(arn);
    if (!m.matches()) {
      throw noTaggable(arn);
    }
    String stageName = m.group(2);
    change(m.group(1), noTaggable(arn), s -> {
      UnaryOperator<Map<String, String>> edit = tags -> {
        Map<String, String> next = new LinkedHashMap<>(tags);
        next.putAll(add);
        removeKeys.forEach(next::remove);
        return next;
      };
      if (stageName == null) {
        RestApi api = s.definition().restApi();
        return new Change<>(s.withDefinition(withRestApi(s.definition(),
            Copy.of(api).set("tags", edit.apply(api.tags())).build())), Boolean.TRUE);
      }
      Stage st = s.stage(stageName).orElseThrow(() -> noTaggable(arn));
      return new Change<>(s.withStage(Copy.of(st).set("tags", edit.apply(st.tags())).build()), Boolean.TRUE);
    });
  }
}
