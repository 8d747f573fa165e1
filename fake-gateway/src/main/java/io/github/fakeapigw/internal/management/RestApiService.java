package io.github.fakeapigw.internal.management;

import io.github.fakeapigw.internal.management.ManagementError.Field;
import io.github.fakeapigw.internal.management.ManagementError.Kind;
import io.github.fakeapigw.internal.management.ManagementError.Reason;
import io.github.fakeapigw.internal.management.ManagementError.Rule;
import io.github.fakeapigw.internal.json.JaywayJsonPaths;
import io.github.fakeapigw.internal.runtime.GatewayRuntime;
import io.github.fakeapigw.internal.state.ApiState;
import io.github.fakeapigw.internal.state.GatewayState;
import io.github.fakeapigw.internal.template.TemplateException;
import io.github.fakeapigw.internal.template.VelocityMappingTemplates;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
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
 * are neutral {@link ManagementError}s, which each dialect words in its own way.
 */
public final class RestApiService {
  private final GatewayRuntime runtime;
  private final GatewayState state;
  /** Parses the templates a request stores (its own engine, so checks never touch the pipeline's). */
  private final VelocityMappingTemplates templates = new VelocityMappingTemplates(new JaywayJsonPaths());

  public RestApiService(GatewayRuntime runtime) {
    this.runtime = Objects.requireNonNull(runtime, "runtime");
    this.state = runtime.state();
  }

  /** Every template of {@code byContentType} must parse; {@code null} values (no template) are fine. */
  private void checkTemplates(Map<String, String> byContentType) {
    byContentType.forEach((contentType, template) -> {
      if (template == null) {
        return;
      }
      try {
        templates.check(template);
      } catch (TemplateException e) {
        throw ManagementError.invalid(Field.MAPPING_TEMPLATE, Reason.MALFORMED, contentType, e.getMessage());
      }
    });
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

  private static ManagementError noApi(String apiId) {
    return ManagementError.notFound(Kind.REST_API, apiId);
  }

  private static ManagementError noResource(String... ids) {
    return ManagementError.notFound(Kind.RESOURCE, ids);
  }

  /** The API's whole state (not found: REST_API). */
  public ApiState apiState(String apiId) {
    return state.api(apiId).orElseThrow(() -> noApi(apiId));
  }

  private ApiState apiOfResource(String apiId) {
    return state.api(apiId).orElseThrow(() -> noResource(apiId));
  }

  private static Resource resourceOf(ApiDefinition d, String resourceId) {
    return d.resource(resourceId).orElseThrow(() -> noResource(d.restApi().id(), resourceId));
  }

  private static Method methodOf(Resource r, String verb) {
    return r.method(verb).orElseThrow(() -> ManagementError.notFound(Kind.METHOD, r.id(), verb));
  }

  private static Integration integrationOf(Method m) {
    return m.methodIntegration().orElseThrow(() -> ManagementError.notFound(Kind.INTEGRATION, m.httpMethod()));
  }

  private record Change<R>(ApiState next, R result) {}

  /** Runs a validated change in one atomic state update; the function throws to refuse. */
  private <R> R change(String apiId, ManagementError missing, Function<ApiState, Change<R>> f) {
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

  private static ManagementError noResponse(String code) {
    return ManagementError.notFound(Kind.METHOD_RESPONSE, code);
  }

  private static ManagementError noStage(String stageName) {
    return ManagementError.notFound(Kind.STAGE, stageName);
  }

  private static ManagementError noDeployment(String deploymentId) {
    return ManagementError.notFound(Kind.DEPLOYMENT, deploymentId);
  }

  // ---------------------------------------------------------------- definition helpers

  private static ApiDefinition withResource(ApiDefinition d, Resource r) {
    Map<String, Resource> m = new LinkedHashMap<>(d.resources());
    m.put(r.id(), r);
    return d.withResources(m);
  }

  private static Resource withMethod(Resource r, Method m) {
    Map<String, Method> methods = new LinkedHashMap<>(r.resourceMethods());
    methods.put(m.httpMethod(), m);
    return r.withResourceMethods(methods);
  }

  private static Resource withoutMethod(Resource r, String verb) {
    Map<String, Method> methods = new LinkedHashMap<>(r.resourceMethods());
    methods.remove(verb);
    return r.withResourceMethods(methods);
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

  private static final List<String> API_KEY_SOURCES = List.of("HEADER", "AUTHORIZER");

  /** CreateRestApi: a new API with its root resource and the default {@code Empty}/{@code Error} models. */
  public RestApi createRestApi(CreateRestApi in) {
    if (in.name() == null || in.name().isEmpty()) {
      throw ManagementError.invalid(Field.REST_API_NAME, Reason.MISSING, in.name());
    }
    if (in.description().filter(String::isEmpty).isPresent()) {
      throw ManagementError.invalid(Field.DESCRIPTION, Reason.EMPTY, "");
    }
    in.minimumCompressionSize().ifPresent(Validation::compressionSize);
    in.apiKeySource().ifPresent(v -> Validation.oneOf(v, Field.API_KEY_SOURCE, API_KEY_SOURCES));
    in.endpointConfiguration().ifPresent(e -> Validation.endpointTypes(e.types()));
    Optional<ApiDefinition> source = in.cloneFrom().map(from -> apiState(from).definition());
    String id = uniqueApiId();
    Map<String, Resource> resources = new LinkedHashMap<>();
    String rootId;
    if (source.isPresent()) {
      // clone: same tree with fresh resource ids, same models, validators and gateway responses
      Map<String, String> newIds = new LinkedHashMap<>();
      source.get().resources().keySet().forEach(old -> newIds.put(old, runtime.ids().resourceId()));
      for (Resource r : source.get().resources().values()) {
        resources.put(newIds.get(r.id()), r.withId(newIds.get(r.id())).withParentId(r.parentId().map(newIds::get)));
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
      d = d.withRestApi(d.restApi().withId(uniqueApiId()));
    }
    state.put(new ApiState(d, Map.of(), Map.of()));
    return d.restApi();
  }

  /**
   * Stores a whole API at once: a definition with its deployments and the stages on them (the
   * DSL's {@code deploy}, an imported fixture). The stages must name the given deployments.
   */
  public RestApi createApi(ApiDefinition definition, List<Deployment> deployments, List<Stage> stages) {
    Objects.requireNonNull(definition, "definition");
    ApiState api = new ApiState(definition, Map.of(), Map.of());
    for (Deployment d : deployments) {
      api = api.withDeployment(d);
    }
    for (Stage st : stages) {
      if (api.deployment(st.deploymentId()).isEmpty()) {
        throw new IllegalArgumentException("stage \"" + st.stageName() + "\" must name one of the API's"
            + " deployments " + api.deployments().keySet() + "; offending: " + st.deploymentId());
      }
      api = api.withStage(st);
    }
    if (state.api(api.id()).isPresent()) {
      throw new IllegalStateException("REST API id " + api.id() + " is already taken");
    }
    state.put(api);
    return definition.restApi();
  }

  /** Every API as it is now, in creation order (for a checkpoint). */
  public List<ApiState> snapshot() {
    return List.copyOf(state.apis());
  }

  /** Deletes every API, then stores {@code apis} as they were (a reset, or a return to a checkpoint). */
  public void replaceAll(List<ApiState> apis) {
    state.replaceAll(apis);
  }

  /** Replaces an API's definition, keeping its id, deployments and stages (PutRestApi). */
  public RestApi replaceDefinition(String apiId, Function<ApiDefinition, ApiDefinition> build) {
    return change(apiId, noApi(apiId), s -> {
      ApiDefinition built = build.apply(s.definition());
      ApiDefinition d = built.restApi().id().equals(apiId)
          ? built
          : built.withRestApi(built.restApi().withId(apiId));
      return new Change<>(s.withDefinition(d), d.restApi());
    });
  }

  /** GetRestApi (not found: REST_API). */
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

  /** UpdateRestApi: applies {@code edit} to the API's settings; its id, creation date and root stay. */
  public RestApi updateRestApi(String apiId, UnaryOperator<RestApi> edit) {
    return change(apiId, noApi(apiId), s -> {
      RestApi current = s.definition().restApi();
      RestApi next = edit.apply(current)
          .withId(current.id()).withCreatedDate(current.createdDate()).withRootResourceId(current.rootResourceId());
      checkRestApi(next);
      return new Change<>(s.withDefinition(s.definition().withRestApi(next)), next);
    });
  }

  /** The checks of an edited API's settings (the same values CreateRestApi accepts). */
  private static void checkRestApi(RestApi api) {
    if (api.name().isEmpty()) {
      throw ManagementError.invalid(Field.REST_API_NAME, Reason.EMPTY, "");
    }
    api.minimumCompressionSize().ifPresent(Validation::compressionSize);
    Validation.oneOf(api.apiKeySource(), Field.API_KEY_SOURCE, API_KEY_SOURCES);
    Validation.endpointTypes(api.endpointConfiguration().types());
  }

  // ---------------------------------------------------------------- Resources

  /** GetResources, in creation order. */
  public List<Resource> resources(String apiId) {
    return List.copyOf(apiOfResource(apiId).definition().resources().values());
  }

  /** GetResource (not found: RESOURCE). */
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
      throw ManagementError.refused(Rule.CHILD_OF_GREEDY_RESOURCE, parent.pathPart().get());
    }
    for (Resource sibling : d.resources().values()) {
      if (sibling.id().equals(self) || !sibling.parentId().equals(Optional.of(parent.id()))) {
        continue;
      }
      String other = sibling.pathPart().orElse("");
      if (other.equals(pathPart)) {
        throw ManagementError.conflict(Kind.RESOURCE, parent.id(), pathPart);
      }
      if (isVariable(other) && isVariable(pathPart)) {
        throw ManagementError.refused(Rule.SECOND_VARIABLE_SIBLING, other);
      }
    }
  }

  /** CreateResource: literal, {@code {name}} or {@code {name+}} path part under an existing parent. */
  public Resource createResource(String apiId, String parentId, String pathPart) {
    return change(apiId, noResource(apiId), s -> {
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

  /**
   * UpdateResource: applies {@code edit} (a new path part or parent), checks where the resource now
   * sits, and recomputes the paths of its subtree.
   */
  public Resource updateResource(String apiId, String resourceId, UnaryOperator<Resource> edit) {
    return change(apiId, noResource(apiId), s -> {
      ApiDefinition d = s.definition();
      Resource original = resourceOf(d, resourceId);
      Resource patched = edit.apply(original).withId(resourceId).withResourceMethods(original.resourceMethods());
      checkMove(d, original, patched);
      Map<String, Resource> all = new LinkedHashMap<>(d.resources());
      all.put(patched.id(), patched);
      repathSubtree(all, patched);
      return new Change<>(s.withDefinition(d.withResources(all)), all.get(resourceId));
    });
  }

  /** The checks of a resource's new path part or parent: the root stays, the parent exists, no cycle. */
  private static void checkMove(ApiDefinition d, Resource original, Resource patched) {
    boolean newPathPart = !patched.pathPart().equals(original.pathPart());
    boolean newParent = !patched.parentId().equals(original.parentId());
    if (!newPathPart && !newParent) {
      return;
    }
    if (original.isRoot()) {
      throw ManagementError.refused(newPathPart ? Rule.ROOT_PATH_PART_IS_FIXED : Rule.ROOT_PARENT_IS_FIXED);
    }
    String parentId = patched.parentId().orElseThrow(() -> noResource(original.id()));
    Resource parent = resourceOf(d, parentId);
    if (newParent) {
      for (Optional<String> p = Optional.of(parentId); p.isPresent(); p = resourceOf(d, p.get()).parentId()) {
        if (p.get().equals(original.id())) {
          throw ManagementError.refused(Rule.RESOURCES_CANNOT_BE_CYCLICAL, original.id());
        }
      }
    }
    checkPlacement(d, parent, patched.pathPart().orElseThrow(() -> noResource(original.id())), original.id());
  }

  /** Children ids by parent id, in creation order. */
  private static Map<String, List<String>> children(Map<String, Resource> all) {
    Map<String, List<String>> out = new HashMap<>();
    for (Resource r : all.values()) {
      r.parentId().ifPresent(p -> out.computeIfAbsent(p, k -> new ArrayList<>()).add(r.id()));
    }
    return out;
  }

  /** {@code top} and every resource below it, breadth first, in time linear in the API's resources. */
  private static List<String> subtree(Map<String, Resource> all, String top) {
    Map<String, List<String>> children = children(all);
    List<String> out = new ArrayList<>();
    out.add(top);
    for (int i = 0; i < out.size(); i++) {
      out.addAll(children.getOrDefault(out.get(i), List.of()));
    }
    return out;
  }

  /** Recomputes the paths of {@code top} (whose parent's path is right) and of its subtree, in place. */
  private static void repathSubtree(Map<String, Resource> all, Resource top) {
    for (String id : subtree(all, top.id())) {
      Resource r = all.get(id);
      if (r.isRoot()) {
        all.put(id, r.withPath("/"));
        continue;
      }
      Resource parent = all.get(r.parentId().get());
      String parentPath = parent == null ? "/" : parent.path();
      String part = r.pathPart().orElse("");
      all.put(id, r.withPath(parentPath.equals("/") ? "/" + part : parentPath + "/" + part));
    }
  }

  /** DeleteResource: the resource and its whole subtree. */
  public void deleteResource(String apiId, String resourceId) {
    change(apiId, noResource(apiId), s -> {
      ApiDefinition d = s.definition();
      Resource r = resourceOf(d, resourceId);
      if (r.isRoot()) {
        throw ManagementError.refused(Rule.ROOT_CANNOT_BE_DELETED, resourceId);
      }
      Set<String> doomed = new HashSet<>(subtree(d.resources(), resourceId));
      Map<String, Resource> left = new LinkedHashMap<>(d.resources());
      left.keySet().removeAll(doomed);
      return new Change<>(s.withDefinition(d.withResources(left)), Boolean.TRUE);
    });
  }

  // ---------------------------------------------------------------- Methods

  /** PutMethod. {@code method.methodResponses} and {@code methodIntegration} are ignored (start empty). */
  public Method putMethod(String apiId, String resourceId, Method method) {
    Validation.httpMethod(method.httpMethod());
    return change(apiId, noResource(apiId), s -> {
      ApiDefinition d = s.definition();
      Resource r = resourceOf(d, resourceId);
      if (r.method(method.httpMethod()).isPresent()) {
        throw ManagementError.conflict(Kind.METHOD, resourceId, method.httpMethod());
      }
      Method m = method.withMethodResponses(Map.of()).withMethodIntegration(Optional.empty());
      checkMethod(d, m);
      return new Change<>(s.withDefinition(withResource(d, withMethod(r, m))), m);
    });
  }

  private static void checkMethod(ApiDefinition d, Method m) {
    Validation.oneOf(m.authorizationType(), Field.AUTHORIZATION_TYPE, Validation.AUTHORIZATION_TYPES);
    if (m.authorizationType().equals("CUSTOM") || m.authorizationType().equals("COGNITO_USER_POOLS")) {
      // authorizers are not modeled: no authorizer id is ever valid
      throw ManagementError.invalid(Field.AUTHORIZER_ID, Reason.UNKNOWN_REFERENCE, m.authorizerId().orElse(null));
    }
    m.requestValidatorId().ifPresent(v -> {
      if (!d.requestValidators().containsKey(v)) {
        throw ManagementError.invalid(Field.REQUEST_VALIDATOR_ID, Reason.UNKNOWN_REFERENCE, v);
      }
    });
    m.requestModels().values().forEach(name -> {
      if (!d.models().containsKey(name)) {
        throw ManagementError.invalid(Field.MODEL_REFERENCE, Reason.UNKNOWN_REFERENCE, name);
      }
    });
    Validation.methodRequestParameters(m.requestParameters().keySet());
  }

  /** GetMethod, with its integration and method responses. */
  public Method method(String apiId, String resourceId, String verb) {
    return methodOf(resourceOf(apiOfResource(apiId).definition(), resourceId), verb);
  }

  /** UpdateMethod: applies {@code edit}; the result is checked as PutMethod's input is. */
  public Method updateMethod(String apiId, String resourceId, String verb, UnaryOperator<Method> edit) {
    return change(apiId, noResource(apiId), s -> {
      ApiDefinition d = s.definition();
      Change<Method> c = editMethod(s, resourceId, verb, m -> edit.apply(m).withHttpMethod(m.httpMethod()));
      checkMethod(d, c.result());
      return c;
    });
  }

  /** DeleteMethod. */
  public void deleteMethod(String apiId, String resourceId, String verb) {
    change(apiId, noResource(apiId), s -> {
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
    return change(apiId, noResource(apiId), s -> {
      checkModels(s.definition(), response.responseModels());
      Change<Method> c = editMethod(s, resourceId, verb, m ->
          m.withMethodResponses(put(m.methodResponses(), response.statusCode(), response)));
      return new Change<>(c.next(), response);
    });
  }

  private static void checkModels(ApiDefinition d, Map<String, String> models) {
    models.values().forEach(name -> {
      if (!d.models().containsKey(name)) {
        throw ManagementError.invalid(Field.MODEL_REFERENCE, Reason.UNKNOWN_REFERENCE, name);
      }
    });
  }

  /** GetMethodResponse (not found: METHOD_RESPONSE). */
  public MethodResponse methodResponse(String apiId, String resourceId, String verb, String code) {
    return Optional.ofNullable(method(apiId, resourceId, verb).methodResponses().get(code))
        .orElseThrow(() -> noResponse(code));
  }

  /** UpdateMethodResponse: applies {@code edit}; the result is checked as PutMethodResponse's input is. */
  public MethodResponse updateMethodResponse(
      String apiId, String resourceId, String verb, String code, UnaryOperator<MethodResponse> edit) {
    return change(apiId, noResource(apiId), s -> {
      AtomicReference<MethodResponse> out = new AtomicReference<>();
      Change<Method> c = editMethod(s, resourceId, verb, m -> {
        MethodResponse current = Optional.ofNullable(m.methodResponses().get(code))
            .orElseThrow(() -> noResponse(code));
        MethodResponse next = edit.apply(current).withStatusCode(code);
        next.responseParameters().keySet().forEach(Validation::methodResponseParameter);
        checkModels(s.definition(), next.responseModels());
        out.set(next);
        return m.withMethodResponses(put(m.methodResponses(), code, next));
      });
      return new Change<>(c.next(), out.get());
    });
  }

  /** DeleteMethodResponse. */
  public void deleteMethodResponse(String apiId, String resourceId, String verb, String code) {
    change(apiId, noResource(apiId), s -> editMethod(s, resourceId, verb, m -> {
      if (!m.methodResponses().containsKey(code)) {
        throw noResponse(code);
      }
      return m.withMethodResponses(without(m.methodResponses(), code));
    }));
  }

  // ---------------------------------------------------------------- Integrations

  /**
   * PutIntegration: validates and stores the integration, filling AWS's defaults (passthrough
   * WHEN_NO_MATCH, cacheNamespace = resource id, connectionType INTERNET for HTTP types). Existing
   * integration responses of the method are kept.
   */
  public Integration putIntegration(String apiId, String resourceId, String verb, Integration integration) {
    checkTemplates(integration.requestTemplates());
    return change(apiId, noResource(apiId), s -> {
      AtomicReference<Integration> out = new AtomicReference<>();
      Change<Method> c = editMethod(s, resourceId, verb, m -> {
        Integration withDefaults = withIntegrationDefaults(integration, resourceId);
        Integration stored = withDefaults.withIntegrationResponses(m.methodIntegration().map(Integration::integrationResponses).orElse(Map.of()));
        checkIntegration(stored);
        out.set(stored);
        return m.withMethodIntegration(Optional.of(stored));
      });
      return new Change<>(c.next(), out.get());
    });
  }

  private static Integration withIntegrationDefaults(Integration i, String resourceId) {
    Integration out = i;
    if (i.passthroughBehavior().isEmpty()) {
      out = out.withPassthroughBehavior(Optional.of("WHEN_NO_MATCH"));
    }
    if (i.cacheNamespace().isEmpty()) {
      out = out.withCacheNamespace(Optional.of(resourceId));
    }
    if (i.connectionType().isEmpty()
        && (i.type() == IntegrationType.HTTP || i.type() == IntegrationType.HTTP_PROXY)) {
      out = out.withConnectionType(Optional.of("INTERNET"));
    }
    return out;
  }

  /** Every check of PutIntegration, also run after UpdateIntegration. */
  public static void checkIntegration(Integration i) {
    i.connectionType().ifPresent(v -> {
      if (!Validation.CONNECTION_TYPES.contains(v)) {
        throw ManagementError.notOneOf(Field.CONNECTION_TYPE, v, Validation.CONNECTION_TYPES);
      }
    });
    Validation.integrationTarget(i.type(), i.httpMethod(), i.uri(), i.connectionType());
    Validation.timeout(i.timeoutInMillis());
    i.passthroughBehavior().ifPresent(v -> Validation.oneOf(v, Field.PASSTHROUGH_BEHAVIOR, Validation.PASSTHROUGH));
    i.contentHandling().ifPresent(v -> Validation.oneOf(v, Field.CONTENT_HANDLING, Validation.CONTENT_HANDLING));
    i.requestParameters().forEach(Validation::integrationRequestParameter);
  }

  /** GetIntegration (not found: INTEGRATION). */
  public Integration integration(String apiId, String resourceId, String verb) {
    return integrationOf(method(apiId, resourceId, verb));
  }

  /** UpdateIntegration: applies {@code edit}; the result is checked as PutIntegration's input is. */
  public Integration updateIntegration(String apiId, String resourceId, String verb, UnaryOperator<Integration> edit) {
    return change(apiId, noResource(apiId), s -> {
      AtomicReference<Integration> out = new AtomicReference<>();
      Change<Method> c = editMethod(s, resourceId, verb, m -> {
        Integration current = integrationOf(m);
        Integration next = edit.apply(current).withIntegrationResponses(current.integrationResponses());
        checkIntegration(next);
        checkTemplates(next.requestTemplates());
        out.set(next);
        return m.withMethodIntegration(Optional.of(next));
      });
      return new Change<>(c.next(), out.get());
    });
  }

  /** DeleteIntegration. */
  public void deleteIntegration(String apiId, String resourceId, String verb) {
    change(apiId, noResource(apiId), s -> editMethod(s, resourceId, verb, m -> {
      integrationOf(m);
      return m.withMethodIntegration(Optional.empty());
    }));
  }

  // ---------------------------------------------------------------- IntegrationResponses

  private static void checkIntegrationResponse(IntegrationResponse r) {
    r.selectionPattern().ifPresent(Validation::selectionPattern);
    r.responseParameters().forEach(Validation::integrationResponseParameter);
    r.contentHandling().ifPresent(v -> Validation.oneOf(v, Field.CONTENT_HANDLING, Validation.CONTENT_HANDLING));
  }

  private Change<IntegrationResponse> editIntegration(
      ApiState s, String resourceId, String verb, Function<Integration, Map.Entry<Integration, IntegrationResponse>> f) {
    AtomicReference<IntegrationResponse> out = new AtomicReference<>();
    Change<Method> c = editMethod(s, resourceId, verb, m -> {
      Map.Entry<Integration, IntegrationResponse> e = f.apply(integrationOf(m));
      out.set(e.getValue());
      return m.withMethodIntegration(Optional.of(e.getKey()));
    });
    return new Change<>(c.next(), out.get());
  }

  /** PutIntegrationResponse (the method response need not exist, as on AWS). */
  public IntegrationResponse putIntegrationResponse(
      String apiId, String resourceId, String verb, IntegrationResponse response) {
    Validation.statusCode(response.statusCode());
    checkIntegrationResponse(response);
    checkTemplates(response.responseTemplates());
    return change(apiId, noResource(apiId), s -> editIntegration(s, resourceId, verb, i -> Map.entry(
        i.withIntegrationResponses(put(i.integrationResponses(), response.statusCode(), response)),
        response)));
  }

  /** GetIntegrationResponse. */
  public IntegrationResponse integrationResponse(String apiId, String resourceId, String verb, String code) {
    return Optional.ofNullable(integration(apiId, resourceId, verb).integrationResponses().get(code))
        .orElseThrow(() -> ManagementError.notFound(Kind.INTEGRATION_RESPONSE, code));
  }

  /** UpdateIntegrationResponse: applies {@code edit}; the result is checked as PutIntegrationResponse's input is. */
  public IntegrationResponse updateIntegrationResponse(
      String apiId, String resourceId, String verb, String code, UnaryOperator<IntegrationResponse> edit) {
    return change(apiId, noResource(apiId), s -> editIntegration(s, resourceId, verb, i -> {
      IntegrationResponse current = Optional.ofNullable(i.integrationResponses().get(code))
          .orElseThrow(() -> ManagementError.notFound(Kind.INTEGRATION_RESPONSE, code));
      IntegrationResponse next = edit.apply(current).withStatusCode(code);
      checkIntegrationResponse(next);
      checkTemplates(next.responseTemplates());
      return Map.entry(i.withIntegrationResponses(put(i.integrationResponses(), code, next)), next);
    }));
  }

  /** DeleteIntegrationResponse. */
  public void deleteIntegrationResponse(String apiId, String resourceId, String verb, String code) {
    change(apiId, noResource(apiId), s -> editIntegration(s, resourceId, verb, i -> {
      IntegrationResponse current = Optional.ofNullable(i.integrationResponses().get(code))
          .orElseThrow(() -> ManagementError.notFound(Kind.INTEGRATION_RESPONSE, code));
      return Map.entry(i.withIntegrationResponses(without(i.integrationResponses(), code)), current);
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
      throw ManagementError.invalid(Field.DESCRIPTION, Reason.EMPTY, "");
    }
    Validation.stageVariables(in.variables());
    in.cacheClusterSize().ifPresent(v -> Validation.cacheClusterSize(v, Field.DEPLOYMENT_CACHE_CLUSTER_SIZE));
    in.canarySettings().ifPresent(c -> {
      c.percentTraffic().ifPresent(Validation::percentTraffic);
      Validation.stageVariables(c.stageVariableOverrides());
    });
    return change(apiId, noApi(apiId), s -> {
      ApiDefinition d = s.definition();
      if (in.canarySettings().isPresent()) {
        String name = in.stageName().orElse(null);
        if (name == null || name.isEmpty()) {
          throw ManagementError.refused(Rule.CANARY_NEEDS_A_STAGE_NAME, name);
        }
        if (s.stage(name).isEmpty()) {
          throw ManagementError.refused(Rule.CANARY_NEEDS_AN_EXISTING_STAGE, name);
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
          next = next.withStage(existing.get().withCanarySettings(Optional.of(canary)).withLastUpdatedDate(now));
        } else if (existing.isPresent()) {
          Stage st = existing.get();
          Stage moved = st.withDeploymentId(id).withLastUpdatedDate(now);
          if (!in.variables().isEmpty()) {
            Map<String, String> vars = new LinkedHashMap<>(st.variables());
            vars.putAll(in.variables());
            moved = moved.withVariables(vars);
          }
          if (in.stageDescription().isPresent()) {
            moved = moved.withDescription(in.stageDescription());
          }
          if (in.cacheClusterEnabled().isPresent()) {
            moved = moved.withCacheClusterEnabled(in.cacheClusterEnabled().get());
          }
          if (in.cacheClusterSize().isPresent()) {
            moved = moved.withCacheClusterSize(in.cacheClusterSize());
          }
          if (in.tracingEnabled().isPresent()) {
            moved = moved.withTracingEnabled(in.tracingEnabled().get());
          }
          next = next.withStage(moved);
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
          throw ManagementError.refused(Rule.METHOD_WITHOUT_INTEGRATION, r.path(), m.httpMethod());
        }
      }
    }
    if (!anyMethod) {
      throw ManagementError.refused(Rule.API_WITHOUT_METHODS);
    }
  }

  private static void checkStageName(String name) {
    if (!name.matches("[A-Za-z0-9_\\-]+") || name.length() > 128) {
      throw ManagementError.invalid(Field.STAGE_NAME, Reason.MALFORMED, name);
    }
  }

  /** GetDeployment (not found: DEPLOYMENT). */
  public Deployment deployment(String apiId, String deploymentId) {
    return apiState(apiId).deployment(deploymentId).orElseThrow(() -> noDeployment(deploymentId));
  }

  /** GetDeployments, in creation order. */
  public List<Deployment> deployments(String apiId) {
    return List.copyOf(apiState(apiId).deployments().values());
  }

  /** UpdateDeployment: only the description of {@code edit}'s result is kept; the snapshot never changes. */
  public Deployment updateDeployment(String apiId, String deploymentId, UnaryOperator<Deployment> edit) {
    return change(apiId, noApi(apiId), s -> {
      Deployment current = s.deployment(deploymentId).orElseThrow(() -> noDeployment(deploymentId));
      Deployment next = current.withDescription(edit.apply(current).description());
      return new Change<>(s.withDeployment(next), next);
    });
  }

  /** DeleteDeployment, refused while a stage or a stage's canary uses it. */
  public void deleteDeployment(String apiId, String deploymentId) {
    change(apiId, noApi(apiId), s -> {
      s.deployment(deploymentId).orElseThrow(() -> noDeployment(deploymentId));
      for (Stage st : s.stages().values()) {
        if (st.deploymentId().equals(deploymentId)
            || st.canarySettings().filter(c -> c.deploymentId().equals(deploymentId)).isPresent()) {
          throw ManagementError.refused(Rule.DEPLOYMENT_IN_USE, deploymentId, st.stageName());
        }
      }
      return new Change<>(s.withoutDeployment(deploymentId), Boolean.TRUE);
    });
  }

  // ---------------------------------------------------------------- Stages

  private static ManagementError unknownDeploymentReference(String deploymentId) {
    return ManagementError.invalid(Field.DEPLOYMENT_ID, Reason.UNKNOWN_REFERENCE, deploymentId);
  }

  /** CreateStage; a canary without {@code deploymentId} uses the stage's deployment. */
  public Stage createStage(String apiId, CreateStage in) {
    String name = in.stageName().orElseThrow(() -> ManagementError.invalid(Field.STAGE_NAME, Reason.MISSING));
    String deploymentId = in.deploymentId()
        .orElseThrow(() -> ManagementError.invalid(Field.DEPLOYMENT_ID, Reason.MISSING));
    checkStageName(name);
    Validation.stageVariables(in.variables());
    in.cacheClusterSize().ifPresent(v -> Validation.cacheClusterSize(v, Field.STAGE_CACHE_CLUSTER_SIZE));
    in.canarySettings().ifPresent(c -> {
      c.percentTraffic().ifPresent(Validation::percentTraffic);
      Validation.stageVariables(c.stageVariableOverrides());
    });
    if (in.description().filter(String::isEmpty).isPresent()) {
      throw ManagementError.invalid(Field.DESCRIPTION, Reason.EMPTY, "");
    }
    return change(apiId, noApi(apiId), s -> {
      if (s.stage(name).isPresent()) {
        throw ManagementError.conflict(Kind.STAGE, name);
      }
      if (s.deployment(deploymentId).isEmpty()) {
        throw unknownDeploymentReference(deploymentId);
      }
      Optional<CanarySettings> canary = in.canarySettings().map(c -> {
        String canaryDeployment = c.deploymentId().orElse(deploymentId);
        if (s.deployment(canaryDeployment).isEmpty()) {
          throw unknownDeploymentReference(canaryDeployment);
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

  /** GetStage (not found: STAGE). */
  public Stage stage(String apiId, String stageName) {
    return apiState(apiId).stage(stageName).orElseThrow(() -> noStage(stageName));
  }

  /** GetStages, optionally only those on one deployment. */
  public List<Stage> stages(String apiId, Optional<String> deploymentId) {
    return apiState(apiId).stages().values().stream()
        .filter(st -> deploymentId.isEmpty() || st.deploymentId().equals(deploymentId.get()))
        .toList();
  }

  /**
   * UpdateStage: applies {@code edit} (fields, variables, method settings, access logs, canary
   * settings, promotion); the deployments it names must exist.
   */
  public Stage updateStage(String apiId, String stageName, UnaryOperator<Stage> edit) {
    return change(apiId, noApi(apiId), s -> {
      Stage current = s.stage(stageName).orElseThrow(() -> noStage(stageName));
      Stage next = edit.apply(current).withStageName(stageName).withCreatedDate(current.createdDate());
      boolean knownBase = next.deploymentId().equals(current.deploymentId())
          || s.deployment(next.deploymentId()).isPresent();
      boolean knownCanary = next.canarySettings()
          .map(c -> c.deploymentId().equals(current.canarySettings().map(CanarySettings::deploymentId).orElse(null))
              || s.deployment(c.deploymentId()).isPresent())
          .orElse(true);
      if (!knownBase) {
        throw unknownDeploymentReference(next.deploymentId());
      }
      if (!knownCanary) {
        throw unknownDeploymentReference(next.canarySettings().get().deploymentId());
      }
      next = next.withLastUpdatedDate(now());
      return new Change<>(s.withStage(next), next);
    });
  }

  /** DeleteStage (its canary goes with it). */
  public void deleteStage(String apiId, String stageName) {
    change(apiId, noApi(apiId), s -> {
      s.stage(stageName).orElseThrow(() -> noStage(stageName));
      return new Change<>(s.withoutStage(stageName), Boolean.TRUE);
    });
  }

  // ---------------------------------------------------------------- Models

  private static ManagementError noModel(String name) {
    return ManagementError.notFound(Kind.MODEL, name);
  }

  /** CreateModel. */
  public Model createModel(String apiId, String name, String contentType, Optional<String> schema,
      Optional<String> description) {
    if (name == null) {
      throw ManagementError.invalid(Field.MODEL_NAME, Reason.MISSING);
    }
    if (contentType == null) {
      throw ManagementError.invalid(Field.MODEL_CONTENT_TYPE, Reason.MISSING);
    }
    if (!name.matches("[A-Za-z0-9]+")) {
      throw ManagementError.invalid(Field.MODEL_NAME, Reason.MALFORMED, name);
    }
    schema.ifPresent(Validation::modelSchema);
    return change(apiId, noApi(apiId), s -> {
      ApiDefinition d = s.definition();
      if (d.models().containsKey(name)) {
        throw ManagementError.conflict(Kind.MODEL, name);
      }
      Model model = new Model(runtime.ids().next(6), name, description, schema, contentType);
      return new Change<>(s.withDefinition(d.withModels(put(d.models(), name, model))), model);
    });
  }

  /** GetModel (not found: MODEL). */
  public Model model(String apiId, String name) {
    return Optional.ofNullable(apiState(apiId).definition().models().get(name)).orElseThrow(() -> noModel(name));
  }

  /** GetModels. */
  public List<Model> models(String apiId) {
    return List.copyOf(apiState(apiId).definition().models().values());
  }

  /** UpdateModel: applies {@code edit} (schema, description); the id, name and content type stay. */
  public Model updateModel(String apiId, String name, UnaryOperator<Model> edit) {
    return change(apiId, noApi(apiId), s -> {
      ApiDefinition d = s.definition();
      Model current = Optional.ofNullable(d.models().get(name)).orElseThrow(() -> noModel(name));
      Model next = edit.apply(current).withId(current.id()).withName(name);
      next.schema().ifPresent(Validation::modelSchema);
      return new Change<>(s.withDefinition(d.withModels(put(d.models(), name, next))), next);
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
            throw ManagementError.refused(Rule.MODEL_IN_USE, name, r.path(), m.httpMethod());
          }
        }
      }
      return new Change<>(s.withDefinition(d.withModels(without(d.models(), name))), Boolean.TRUE);
    });
  }

  // ---------------------------------------------------------------- RequestValidators

  private static ManagementError noValidator(String id) {
    return ManagementError.notFound(Kind.REQUEST_VALIDATOR, id);
  }

  /** CreateRequestValidator. */
  public RequestValidator createRequestValidator(String apiId, Optional<String> name, boolean body, boolean params) {
    return change(apiId, noApi(apiId), s -> {
      ApiDefinition d = s.definition();
      RequestValidator v = new RequestValidator(runtime.ids().next(6), name.orElse(""), body, params);
      return new Change<>(s.withDefinition(d.withRequestValidators(put(d.requestValidators(), v.id(), v))), v);
    });
  }

  /** GetRequestValidator. */
  public RequestValidator requestValidator(String apiId, String id) {
    return Optional.ofNullable(apiState(apiId).definition().requestValidators().get(id))
        .orElseThrow(() -> noValidator(id));
  }

  /** GetRequestValidators. */
  public List<RequestValidator> requestValidators(String apiId) {
    return List.copyOf(apiState(apiId).definition().requestValidators().values());
  }

  /** UpdateRequestValidator: applies {@code edit}; the id stays. */
  public RequestValidator updateRequestValidator(String apiId, String id, UnaryOperator<RequestValidator> edit) {
    return change(apiId, noApi(apiId), s -> {
      ApiDefinition d = s.definition();
      RequestValidator current = Optional.ofNullable(d.requestValidators().get(id)).orElseThrow(() -> noValidator(id));
      RequestValidator next = edit.apply(current).withId(id);
      return new Change<>(s.withDefinition(d.withRequestValidators(put(d.requestValidators(), id, next))), next);
    });
  }

  /** DeleteRequestValidator. */
  public void deleteRequestValidator(String apiId, String id) {
    change(apiId, noApi(apiId), s -> {
      ApiDefinition d = s.definition();
      if (!d.requestValidators().containsKey(id)) {
        throw noValidator(id);
      }
      return new Change<>(s.withDefinition(d.withRequestValidators(without(d.requestValidators(), id))), Boolean.TRUE);
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
      throw ManagementError.notOneOf(Field.GATEWAY_RESPONSE_TYPE, type, List.copyOf(GATEWAY_RESPONSE_TYPES.keySet()));
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
      return new Change<>(s.withDefinition(d.withGatewayResponses(put(d.gatewayResponses(), type, r))), r);
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

  /** UpdateGatewayResponse: applies {@code edit} to the current (maybe default) response, which becomes customized. */
  public GatewayResponse updateGatewayResponse(String apiId, String type, UnaryOperator<GatewayResponse> edit) {
    checkResponseType(type);
    return change(apiId, noApi(apiId), s -> {
      ApiDefinition d = s.definition();
      GatewayResponse current = Optional.ofNullable(d.gatewayResponses().get(type))
          .orElseGet(() -> defaultGatewayResponse(type));
      GatewayResponse next = edit.apply(current).withResponseType(type).withDefaultResponse(false);
      next.statusCode().ifPresent(Validation::statusCode);
      return new Change<>(s.withDefinition(d.withGatewayResponses(put(d.gatewayResponses(), type, next))), next);
    });
  }

  /** DeleteGatewayResponse: the type returns to its default. */
  public void deleteGatewayResponse(String apiId, String type) {
    checkResponseType(type);
    change(apiId, noApi(apiId), s -> {
      ApiDefinition d = s.definition();
      if (!d.gatewayResponses().containsKey(type)) {
        throw ManagementError.notFound(Kind.GATEWAY_RESPONSE, type);
      }
      return new Change<>(s.withDefinition(d.withGatewayResponses(without(d.gatewayResponses(), type))), Boolean.TRUE);
    });
  }

  // ---------------------------------------------------------------- Tags

  private static final java.util.regex.Pattern TAGGABLE =
      java.util.regex.Pattern.compile("arn:aws[a-zA-Z-]*:apigateway:[a-z0-9-]*::/restapis/([^/]+)(?:/stages/([^/]+))?");

  private static ManagementError noTaggable(String arn) {
    return ManagementError.notFound(Kind.TAGGABLE, arn);
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
        return new Change<>(s.withDefinition(s.definition().withRestApi(api.withTags(edit.apply(api.tags())))),
            Boolean.TRUE);
      }
      Stage st = s.stage(stageName).orElseThrow(() -> noTaggable(arn));
      return new Change<>(s.withStage(st.withTags(edit.apply(st.tags()))), Boolean.TRUE);
    });
  }
}
