package io.github.fakeapigw.internal.huawei.invoke;

import io.github.fakeapigw.internal.http.HttpRequestData;
import io.github.fakeapigw.internal.http.HttpResponseData;
import io.github.fakeapigw.internal.huawei.ApigEnvironment;
import io.github.fakeapigw.internal.huawei.ApigGroup;
import io.github.fakeapigw.internal.huawei.ApigPublication;
import io.github.fakeapigw.internal.huawei.HuaweiApigService;
import io.github.fakeapigw.internal.huawei.HuaweiApigState;
import io.github.fakeapigw.internal.invoke.InvokePipeline;
import io.github.fakeapigw.internal.invoke.InvokeTarget;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Huawei stage lookup, in front of the engine's stages: finds the group (by its debug domain
 * or the path-style URL) and the environment ({@code X-Stage}, else {@code RELEASE}), and serves
 * the request from the group's APIs as published there, compiled once per store version.
 */
public final class HuaweiInvoke {
  /** The path-style prefix: {@code /_apig/{group_id}{req_uri}}. */
  public static final String PATH_PREFIX = "/_apig/";

  private final HuaweiApigService service;
  private final InvokePipeline pipeline;
  private final HuaweiApiCompiler compiler;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(long version, HuaweiApiCompiler.Compiled compiled) {}

  public HuaweiInvoke(HuaweiApigService service, InvokePipeline pipeline, String region) {
    this.service = service;
    this.pipeline = pipeline;
    this.compiler = new HuaweiApiCompiler(region, service::state);
    service.addListener(v -> cache.values().removeIf(c -> c.version() < v));
  }

  /**
   * The group whose debug domain ({@code sl_domain}) is {@code host} (port ignored); a host shaped
   * like one ({@code {32 hex}.apic.…}) names its first label even when no such group exists, so
   * that the caller gets Huawei's 404.
   */
  public Optional<String> groupOfHost(String host) {
    if (!host.contains(".apic.")) {
      return Optional.empty();
    }
    int colon = host.lastIndexOf(':');
    String name = (colon < 0 ? host : host.substring(0, colon)).toLowerCase(Locale.ROOT);
    return service.state().groups().values().stream()
        .filter(g -> name.equals(g.slDomain()) || (g.slDomains() != null
            && g.slDomains().contains(name)))
        .map(ApigGroup::id).findFirst()
        .or(() -> Optional.of(name.substring(0, name.indexOf('.')))
            .filter(label -> label.matches("[0-9a-f]{32}")));
  }

  /** A request sent to a group's debug domain; the path is the API's request path. */
  public HttpResponseData invokeByHost(String groupId, HttpRequestData request) {
    return invoke(groupId, request.rawPath(), request);
  }

  /** A path-style request, {@code /_apig/{group_id}{req_uri}}. */
  public HttpResponseData invokeByPath(HttpRequestData request) {
    String rest = request.rawPath().substring(PATH_PREFIX.length());
    int slash = rest.indexOf('/');
    String groupId = slash < 0 ? rest : rest.substring(0, slash);
    return invoke(groupId, slash < 0 ? "/" : rest.substring(slash), request);
  }

  private HttpResponseData invoke(String groupId, String rawPath, HttpRequestData request) {
    String env = request.headers().last("X-Stage").map(String::trim).filter(s -> !s.isEmpty())
        .orElse(ApigEnvironment.RELEASE_NAME);
    HuaweiApiCompiler.Compiled compiled = compiled(groupId, env);
    HuaweiApigState state = service.state();
    ApigGroup group = state.groups().get(groupId);
    String domain = group == null ? groupId + ".apic.localhost" : group.slDomain();
    return pipeline.invoke(new InvokeTarget(groupId, env, rawPath, domain), compiled.state(),
        compiled.extension(), request);
  }

  private HuaweiApiCompiler.Compiled compiled(String groupId, String env) {
    String key = groupId + "\n" + env;
    long version = service.version();
    Cached c = cache.get(key);
    if (c != null && c.version() == version) {
      return c.compiled();
    }
    HuaweiApigState state = service.state();
    List<ApigPublication> published = service.publishedApis(groupId).getOrDefault(env, List.of());
    HuaweiApiCompiler.Compiled compiled =
        compiler.compile(state, groupId, env, published, version);
    cache.put(key, new Cached(version, compiled));
    return compiled;
  }
}
