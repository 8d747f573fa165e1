package io.github.fakeapigw.internal.huawei.invoke;

import io.github.fakeapigw.internal.huawei.ApigApi;
import io.github.fakeapigw.internal.huawei.ApigEnvVariable;
import io.github.fakeapigw.internal.huawei.ApigEnvironment;
import io.github.fakeapigw.internal.huawei.ApigGroup;
import io.github.fakeapigw.internal.huawei.ApigPublication;
import io.github.fakeapigw.internal.huawei.HuaweiApigState;
import io.github.fakeapigw.internal.invoke.ApiExtension;
import io.github.fakeapigw.internal.state.ApiState;
import io.github.fakeapigw.model.ApiDefinition;
import io.github.fakeapigw.model.Deployment;
import io.github.fakeapigw.model.EndpointConfiguration;
import io.github.fakeapigw.model.Integration;
import io.github.fakeapigw.model.Method;
import io.github.fakeapigw.model.MethodResponse;
import io.github.fakeapigw.model.Resource;
import io.github.fakeapigw.model.RestApi;
import io.github.fakeapigw.model.Stage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Compiles "the APIs of group G published to environment E" into the engine's model: one {@link
 * ApiState} whose only stage is the environment (its variables as stage variables) and whose
 * deployment holds a resource per request path, plus the {@link HuaweiExtension} for what the
 * model lacks. A {@code NORMAL} API is its path; an {@code SWA} API is its path and the path with
 * a greedy remainder, forwarded to the backend path. Only the published snapshots are read.
 */
final class HuaweiApiCompiler {
  /** A compiled group in one environment. */
  record Compiled(ApiState state, HuaweiExtension extension) {}

  private final String region;
  private final Supplier<HuaweiApigState> live;

  HuaweiApiCompiler(String region, Supplier<HuaweiApigState> live) {
    this.region = region;
    this.live = live;
  }

  Compiled compile(
      HuaweiApigState state, String groupId, String envName, List<ApigPublication> published,
      long version) {
    ApigGroup group = state.groups().get(groupId);
    Map<String, Map<String, Method>> paths = new LinkedHashMap<>();
    Map<String, ApiExtension.MethodRules> rules = new LinkedHashMap<>();
    Map<String, String> pathKeys = new LinkedHashMap<>();
    List<ApigApi> apis = new ArrayList<>(published.stream().map(ApigPublication::snapshot).toList());
    // NORMAL before SWA: on the same method and path the exact API wins.
    apis.sort(Comparator.comparing(a -> "SWA".equals(a.matchMode()) ? 1 : 0));
    for (ApigApi api : apis) {
      String path = resourcePath(api.reqUri());
      boolean swa = "SWA".equals(api.matchMode());
      String verb = api.reqMethod() == null ? "ANY" : api.reqMethod();
      add(paths, rules, pathKeys, path, verb, api, false);
      if (swa) {
        String greedy = (path.equals("/") ? "" : path) + "/{" + HuaweiBackends.REMAINDER + "+}";
        add(paths, rules, pathKeys, greedy, verb, api, true);
      }
    }
    Map<String, Resource> resources = resources(paths, pathKeys);
    Instant now = Instant.now();
    String name = group == null ? groupId : group.name();
    RestApi restApi = new RestApi(groupId, name, Optional.of("Huawei APIG group " + name),
        now, Optional.empty(), List.of(), List.of(), Optional.empty(), "HEADER",
        EndpointConfiguration.edge(), Optional.empty(), Map.of(), false, pathKeys.get("/"));
    ApiDefinition definition = new ApiDefinition(restApi, resources, Map.of(), Map.of(),
        HuaweiGatewayResponses.all());
    ApiState api = new ApiState(definition, Map.of(), Map.of());
    if (!published.isEmpty()) {
      String deploymentId = "apig-" + version;
      api = api.withDeployment(new Deployment(deploymentId,
              Optional.of("published APIs of " + name + " in " + envName), now, definition))
          .withStage(new Stage(envName, deploymentId, Optional.empty(), Optional.empty(), false,
              Optional.empty(), null, Map.of(), variables(state, groupId, envName),
              Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(),
              Map.of(), now, now));
    }
    return new Compiled(api, new HuaweiExtension(rules));
  }

  private void add(
      Map<String, Map<String, Method>> paths, Map<String, ApiExtension.MethodRules> rules,
      Map<String, String> pathKeys, String path, String verb, ApigApi api, boolean remainder) {
    Map<String, Method> methods = paths.computeIfAbsent(path, p -> new LinkedHashMap<>());
    if (methods.containsKey(verb)) {
      return;
    }
    methods.put(verb, method(api, verb, remainder));
    rules.put(HuaweiExtension.key(resourceId(pathKeys, path), verb),
        new HuaweiMethodRules(api, policies(api, remainder), live));
  }

  private Method method(ApigApi api, String verb, boolean remainder) {
    Map<String, Boolean> parameters = new LinkedHashMap<>();
    for (ApigApi.ReqParam p : HuaweiRequestParameters.of(api)) {
      parameters.put("method.request." + HuaweiBackends.location(p.location()) + "." + p.name(),
          Integer.valueOf(1).equals(p.required()));
    }
    if (remainder) {
      parameters.put("method.request.path." + HuaweiBackends.REMAINDER, true);
    }
    return new Method(verb, "NONE", Optional.empty(), false, Optional.empty(),
        Optional.ofNullable(api.name()), parameters, Map.of(),
        Map.of("200", new MethodResponse("200", Map.of(), Map.of())),
        Optional.of(backend(api, remainder)), List.of());
  }

  private Integration backend(ApigApi api, boolean remainder) {
    String type = api.backendType() == null ? "HTTP" : api.backendType();
    return switch (type) {
      case "MOCK" -> HuaweiBackends.mock(api.mockInfo() == null ? "" : api.mockInfo().resultContent());
      case "FUNCTION" -> HuaweiBackends.function(region, api.funcInfo().functionUrn(),
          api.funcInfo().invocationType(), api.funcInfo().timeout());
      default -> {
        ApigApi.BackendApi b = api.backendApi();
        yield HuaweiBackends.http(api, b.urlDomain(), b.reqProtocol(), b.reqMethod(), b.reqUri(),
            b.timeout(), api.backendParams(), remainder);
      }
    };
  }

  private List<HuaweiMethodRules.Policy> policies(ApigApi api, boolean remainder) {
    List<HuaweiMethodRules.Policy> out = new ArrayList<>();
    for (ApigApi.PolicyHttp p : nz(api.policyHttps())) {
      List<ApigApi.BackendParam> params =
          nz(p.backendParams()).isEmpty() ? api.backendParams() : p.backendParams();
      out.add(new HuaweiMethodRules.Policy(p.name(), p.effectMode(), nz(p.conditions()),
          HuaweiBackends.http(api, p.urlDomain(), p.reqProtocol(), p.reqMethod(), p.reqUri(),
              p.timeout(), params, remainder)));
    }
    for (ApigApi.PolicyMock p : nz(api.policyMocks())) {
      out.add(new HuaweiMethodRules.Policy(p.name(), p.effectMode(), nz(p.conditions()),
          HuaweiBackends.mock(p.resultContent())));
    }
    for (ApigApi.PolicyFunction p : nz(api.policyFunctions())) {
      out.add(new HuaweiMethodRules.Policy(p.name(), p.effectMode(), nz(p.conditions()),
          HuaweiBackends.function(region, p.functionUrn(), p.invocationType(), p.timeout())));
    }
    return out;
  }

  private static Map<String, String> variables(
      HuaweiApigState state, String groupId, String envName) {
    Optional<String> envId = state.environments().values().stream()
        .filter(e -> e.name().equals(envName)).map(ApigEnvironment::id).findFirst();
    Map<String, String> out = new LinkedHashMap<>();
    for (ApigEnvVariable v : state.variables().values()) {
      if (v.groupId().equals(groupId) && envId.isPresent() && v.envId().equals(envId.get())) {
        out.put(v.variableName(), v.variableValue());
      }
    }
    return out;
  }

  /** The request path as a resource path: no trailing slash except for the root. */
  static String resourcePath(String reqUri) {
    String p = reqUri == null || reqUri.isEmpty() ? "/" : reqUri;
    p = p.startsWith("/") ? p : "/" + p;
    while (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }

  private static String resourceId(Map<String, String> pathKeys, String path) {
    return pathKeys.computeIfAbsent(path, p -> "r" + pathKeys.size());
  }

  /** The resource tree: every path and every prefix of it, each with its parent. */
  private static Map<String, Resource> resources(
      Map<String, Map<String, Method>> paths, Map<String, String> pathKeys) {
    resourceId(pathKeys, "/");
    Map<String, Resource> out = new LinkedHashMap<>();
    List<String> all = new ArrayList<>(paths.keySet());
    all.add("/");
    for (String path : List.copyOf(all)) {
      String p = path;
      while (!p.equals("/")) {
        int slash = p.lastIndexOf('/');
        p = slash == 0 ? "/" : p.substring(0, slash);
        all.add(p);
      }
    }
    for (String path : all) {
      String id = resourceId(pathKeys, path);
      if (out.containsKey(id)) {
        continue;
      }
      Optional<String> parent = Optional.empty();
      Optional<String> part = Optional.empty();
      if (!path.equals("/")) {
        int slash = path.lastIndexOf('/');
        parent = Optional.of(resourceId(pathKeys, slash == 0 ? "/" : path.substring(0, slash)));
        part = Optional.of(path.substring(slash + 1));
      }
      out.put(id, new Resource(id, parent, part, path, paths.getOrDefault(path, Map.of())));
    }
    return out;
  }

  private static <T> List<T> nz(List<T> list) {
    return list == null ? List.of() : list;
  }
}
