package io.github.fakeapigw.internal.huawei;

import io.github.fakeapigw.internal.huawei.HuaweiApigState.EnvPublications;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * The single writer of the Huawei APIG state of one gateway: groups, environments, environment
 * variables, APIs, apps and app codes, and per API per environment the immutable snapshots it was
 * published as. Thread-safe: writers serialize on this object, each change is atomic (a rejected
 * one leaves the state untouched) and publishes a new immutable {@link HuaweiApigState}; readers
 * never lock. The runtime watches {@link #version()} or {@link #addListener(LongConsumer)} and
 * reads {@link #publishedApis(String)}.
 *
 * <p>Request-shape rules (lengths, charsets, enumerations) are the wire dialect's job; this class
 * checks what needs the state: existence, uniqueness, references and the publication rules.
 */
public final class HuaweiApigService {
  private final ApigIds ids;
  private final String region;
  private final AtomicLong version = new AtomicLong();
  private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();
  private volatile HuaweiApigState state;

  /**
   * @param clock the source of creation and publication times
   * @param seed seeds the id generator (ids are random per gateway, reproducible per seed)
   * @param region the region named in the groups' debug domains
   */
  public HuaweiApigService(Clock clock, long seed, String region) {
    this.ids = new ApigIds(Objects.requireNonNull(clock, "clock"), new Random(seed ^ 0x48554157L));
    this.region = Objects.requireNonNull(region, "region");
    this.state = HuaweiApigState.initial(now());
  }

  // ---------------------------------------------------------------- reading

  /** The whole state as of now (immutable). */
  public HuaweiApigState state() {
    return state;
  }

  /** Grows by one with every change (and with {@link #clear()}). */
  public long version() {
    return version.get();
  }

  /** Called, outside the lock, with the new {@link #version()} after every change. */
  public void addListener(LongConsumer listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * The APIs of a group as they are published now, per environment name: the snapshot each
   * effective publication took, which is what must serve at runtime (not the API as modified
   * since). Environments where none of the group's APIs is online are absent.
   */
  public Map<String, List<ApigPublication>> publishedApis(String groupId) {
    HuaweiApigState s = state;
    Map<String, List<ApigPublication>> out = new LinkedHashMap<>();
    for (ApigApi api : s.apis().values()) {
      if (!api.groupId().equals(groupId)) {
        continue;
      }
      s.onlineIn(api.id()).forEach((envId, p) ->
          out.computeIfAbsent(p.envName(), k -> new ArrayList<>()).add(p));
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(out);
  }

  /** The group with this id. */
  public ApigGroup group(String id) {
    return Optional.ofNullable(state.groups().get(id)).orElseThrow(HuaweiApigService::noGroup);
  }

  /** The API with this id, with the environment it runs in. */
  public ApigApi api(String id) {
    HuaweiApigState s = state;
    ApigApi api = Optional.ofNullable(s.apis().get(id)).orElseThrow(HuaweiApigService::noApi);
    return withRunEnv(s, api);
  }

  /** Every API, in creation order, each with the environment it runs in. */
  public List<ApigApi> apis() {
    HuaweiApigState s = state;
    return s.apis().values().stream().map(a -> withRunEnv(s, a)).toList();
  }

  /** The environment with this id. */
  public ApigEnvironment environment(String id) {
    return Optional.ofNullable(state.environments().get(id)).orElseThrow(HuaweiApigService::noEnv);
  }

  /** The environment variable with this id. */
  public ApigEnvVariable variable(String id) {
    return Optional.ofNullable(state.variables().get(id))
        .orElseThrow(() -> ApigException.notFound(
            "APIG.3011", "The environment variable does not exist."));
  }

  /** The app with this id. */
  public ApigApp app(String id) {
    return Optional.ofNullable(state.apps().get(id)).orElseThrow(() -> noApp(id));
  }

  /** The app codes of an app, in creation order. */
  public List<ApigAppCode> appCodes(String appId) {
    app(appId);
    return state.appCodes().values().stream().filter(c -> c.appId().equals(appId)).toList();
  }

  /** One app code of an app. */
  public ApigAppCode appCode(String appId, String id) {
    app(appId);
    ApigAppCode c = state.appCodes().get(id);
    if (c == null || !c.appId().equals(appId)) {
      throw ApigException.notFound("APIG.3060", "The app code does not exist.");
    }
    return c;
  }

  /** The publication history of an API in one environment, oldest first. */
  public List<ApigPublication> history(String apiId, String envId) {
    HuaweiApigState s = state;
    if (!s.apis().containsKey(apiId)) {
      throw noApi();
    }
    if (!s.environments().containsKey(envId)) {
      throw noEnv();
    }
    EnvPublications p = s.publications().getOrDefault(apiId, Map.of()).get(envId);
    return p == null ? List.of() : p.history();
  }

  /** The {@code #name#} environment variables an API's backends (policies included) use. */
  public static List<String> variablesUsedBy(ApigApi api) {
    return ApigPublishing.variablesUsedBy(api);
  }

  /** The effective version id of an API in an environment, if it is online there. */
  public Optional<String> effectiveVersion(String apiId, String envId) {
    EnvPublications p = state.publications().getOrDefault(apiId, Map.of()).get(envId);
    return p == null ? Optional.empty() : Optional.ofNullable(p.effectiveVersionId());
  }

  // ---------------------------------------------------------------- groups

  public ApigGroup createGroup(String name, String remark) {
    return write(d -> {
      requireUniqueGroupName(d, name, null);
      String id = newId();
      String t = now();
      ApigGroup g = new ApigGroup(id, name, 1, slDomain(id), List.of(slDomain(id)), remark, t, t,
          2, List.of());
      d.groups.put(id, g);
      return g;
    });
  }

  public ApigGroup updateGroup(String id, String name, String remark) {
    return write(d -> {
      ApigGroup g = Optional.ofNullable(d.groups.get(id)).orElseThrow(HuaweiApigService::noGroup);
      requireUniqueGroupName(d, name, id);
      ApigGroup n = new ApigGroup(id, name, g.status(), g.slDomain(), g.slDomains(), remark,
          g.registerTime(), now(), g.onSellStatus(), g.urlDomains());
      d.groups.put(id, n);
      d.apis.replaceAll((k, a) -> a.groupId().equals(id) ? a.withGroupName(name) : a);
      return n;
    });
  }

  public void deleteGroup(String id) {
    write(d -> {
      if (!d.groups.containsKey(id)) {
        throw noGroup();
      }
      if (d.apis.values().stream().anyMatch(a -> a.groupId().equals(id))) {
        throw new ApigException(
            403, "APIG.3415", "The API group cannot be deleted because it contains APIs.");
      }
      d.groups.remove(id);
      d.variables.values().removeIf(v -> v.groupId().equals(id));
      return null;
    });
  }

  private static void requireUniqueGroupName(ApigDraft d, String name, String except) {
    if (d.groups.values().stream()
        .anyMatch(g -> g.name().equals(name) && !g.id().equals(except))) {
      throw new ApigException(400, "APIG.3201", "The API group name already exists.");
    }
  }

  // ---------------------------------------------------------------- environments

  public ApigEnvironment createEnvironment(String name, String remark) {
    return write(d -> {
      requireUniqueEnvName(d, name, null);
      ApigEnvironment e = new ApigEnvironment(newId(), name, remark, now());
      d.environments.put(e.id(), e);
      return e;
    });
  }

  public ApigEnvironment updateEnvironment(String id, String name, String remark) {
    return write(d -> {
      ApigEnvironment e =
          Optional.ofNullable(d.environments.get(id)).orElseThrow(HuaweiApigService::noEnv);
      requireNotRelease(id);
      requireUniqueEnvName(d, name, id);
      ApigEnvironment n = new ApigEnvironment(id, name, remark, e.createTime());
      d.environments.put(id, n);
      return n;
    });
  }

  public void deleteEnvironment(String id) {
    write(d -> {
      if (!d.environments.containsKey(id)) {
        throw noEnv();
      }
      requireNotRelease(id);
      boolean published = d.publications.values().stream()
          .map(m -> m.get(id))
          .anyMatch(p -> p != null && p.effectiveVersionId() != null);
      if (published) {
        throw new ApigException(403, "APIG.3418",
            "The environment cannot be deleted because it contains published APIs.");
      }
      d.environments.remove(id);
      d.variables.values().removeIf(v -> v.envId().equals(id));
      d.publications.replaceAll((api, m) -> without(m, id));
      return null;
    });
  }

  private static void requireNotRelease(String envId) {
    if (ApigEnvironment.RELEASE_ID.equals(envId)) {
      throw new ApigException(403, "APIG.3400", "The resource cannot be changed.");
    }
  }

  private static void requireUniqueEnvName(ApigDraft d, String name, String except) {
    if (d.environments.values().stream()
        .anyMatch(e -> e.name().equalsIgnoreCase(name) && !e.id().equals(except))) {
      throw new ApigException(400, "APIG.3205", "The environment name already exists.");
    }
  }

  // ---------------------------------------------------------------- environment variables

  public ApigEnvVariable createVariable(String groupId, String envId, String name, String value) {
    return write(d -> {
      if (!d.groups.containsKey(groupId)) {
        throw noGroup();
      }
      if (!d.environments.containsKey(envId)) {
        throw noEnv();
      }
      if (d.variables.values().stream().anyMatch(v -> v.groupId().equals(groupId)
          && v.envId().equals(envId) && v.variableName().equalsIgnoreCase(name))) {
        throw new ApigException(400, "APIG.3303", "The environment variable already exists.");
      }
      ApigEnvVariable v = new ApigEnvVariable(newId(), groupId, envId, name, value);
      d.variables.put(v.id(), v);
      return v;
    });
  }

  public ApigEnvVariable updateVariable(String id, String value) {
    return write(d -> {
      ApigEnvVariable v = Optional.ofNullable(d.variables.get(id)).orElseThrow(() ->
          ApigException.notFound("APIG.3011", "The environment variable does not exist."));
      ApigEnvVariable n =
          new ApigEnvVariable(id, v.groupId(), v.envId(), v.variableName(), value);
      d.variables.put(id, n);
      return n;
    });
  }

  public void deleteVariable(String id) {
    write(d -> {
      if (d.variables.remove(id) == null) {
        throw ApigException.notFound("APIG.3011", "The environment variable does not exist.");
      }
      return null;
    });
  }

  // ---------------------------------------------------------------- APIs

  /**
   * Creates an API from a request the wire dialect has validated and normalized; assigns its ids
   * and times.
   */
  public ApigApi createApi(ApigApi request) {
    return write(d -> {
      ApigGroup g = Optional.ofNullable(d.groups.get(request.groupId()))
          .orElseThrow(HuaweiApigService::noGroup);
      requireUniqueApi(d, request, null);
      String t = now();
      ApigApi api = ApigApiIds.assign(request, null, newId(), g.name(), t, t, this::newId);
      d.apis.put(api.id(), api);
      return api;
    });
  }

  /**
   * Replaces an API with a validated, normalized request (a full replacement, as Huawei's Modify
   * is). The group cannot change: the request's {@code group_id} is ignored. Changes nothing at
   * runtime until the API is published again.
   */
  public ApigApi updateApi(String id, ApigApi request) {
    ApigApi updated = write(d -> {
      ApigApi current = Optional.ofNullable(d.apis.get(id)).orElseThrow(HuaweiApigService::noApi);
      ApigGroup g = d.groups.get(current.groupId());
      requireUniqueApi(d, request, current);
      ApigApi api = ApigApiIds.assign(request, current, id, g.name(), current.registerTime(),
          now(), this::newId);
      d.apis.put(id, api);
      return api;
    });
    return withRunEnv(state, updated);
  }

  public void deleteApi(String id) {
    write(d -> {
      if (!d.apis.containsKey(id)) {
        throw noApi();
      }
      boolean online = d.publications.getOrDefault(id, Map.of()).values().stream()
          .anyMatch(p -> p.effectiveVersionId() != null);
      if (online) {
        throw new ApigException(403, "APIG.3416",
            "The API cannot be deleted because it has been published.");
      }
      d.apis.remove(id);
      d.publications.remove(id);
      return null;
    });
  }

  private static void requireUniqueApi(ApigDraft d, ApigApi request, ApigApi except) {
    String groupId = except == null ? request.groupId() : except.groupId();
    for (ApigApi other : d.apis.values()) {
      if (!other.groupId().equals(groupId) || (except != null && other.id().equals(except.id()))) {
        continue;
      }
      if (other.name().equals(request.name())) {
        throw new ApigException(400, "APIG.3202", "The API name already exists.");
      }
      if (other.reqMethod().equals(request.reqMethod())
          && other.reqUri().equals(request.reqUri())
          && other.matchMode().equals(request.matchMode())) {
        throw new ApigException(400, "APIG.3301", "The API already exists.");
      }
    }
  }

  // ---------------------------------------------------------------- publication

  /**
   * Publishes the API as it is now to an environment: takes an immutable snapshot, which becomes
   * the effective version there (replacing the previous one). Every {@code #name#} in a backend
   * address or path must have a value for the API's group in that environment.
   */
  public ApigPublication publish(String apiId, String envId, String remark) {
    return write(d -> ApigPublishing.publish(d, ids, apiId, envId, remark));
  }

  /** Takes an API offline in an environment: its history stays, nothing serves there any more. */
  public ApigPublication offline(String apiId, String envId) {
    return write(d -> ApigPublishing.offline(d, apiId, envId));
  }

  /**
   * Makes an earlier published version of an API the effective one in the environment it was
   * published to.
   */
  public ApigPublication switchVersion(String apiId, String versionId) {
    return write(d -> ApigPublishing.switchVersion(d, apiId, versionId));
  }

  /** The outcome of one API in a batch publish or offline. */
  public record BatchOutcome(String apiId, Optional<ApigPublication> success,
      Optional<ApigException> failure) {}

  /**
   * Publishes (or takes offline) several APIs at once; each succeeds or fails on its own, as
   * Huawei's batch operation does.
   */
  public List<BatchOutcome> batch(boolean online, List<String> apiIds, String envId,
      String remark) {
    return write(d -> ApigPublishing.batch(d, ids, online, apiIds, envId, remark));
  }

  // ---------------------------------------------------------------- apps

  public ApigApp createApp(String name, String remark, String appKey, String appSecret) {
    return write(d -> ApigApps.create(d, ids, name, remark, appKey, appSecret));
  }

  public ApigApp updateApp(String id, String name, String remark) {
    return write(d -> ApigApps.update(d, ids, id, name, remark));
  }

  /** Gives an app a new, generated secret (Huawei's "reset AppSecret"). */
  public ApigApp resetAppSecret(String id) {
    return write(d -> ApigApps.resetSecret(d, ids, id));
  }

  public void deleteApp(String id) {
    write(d -> ApigApps.delete(d, id));
  }

  /** Adds an app code; {@code code} null generates one (64 characters). */
  public ApigAppCode createAppCode(String appId, String code) {
    return write(d -> ApigApps.createCode(d, ids, appId, code));
  }

  public void deleteAppCode(String appId, String id) {
    write(d -> ApigApps.deleteCode(d, appId, id));
  }

  // ---------------------------------------------------------------- lifecycle

  /** Forgets everything but the built-in RELEASE environment (the gateway's reset). */
  public void clear() {
    write(d -> {
      ApigDraft fresh = new ApigDraft(HuaweiApigState.initial(now()));
      d.copyFrom(fresh);
      return null;
    });
  }

  /** Puts back a state taken earlier with {@link #state()} (the gateway's checkpoint restore). */
  public void restore(HuaweiApigState earlier) {
    Objects.requireNonNull(earlier, "earlier");
    write(d -> {
      d.copyFrom(new ApigDraft(earlier));
      return null;
    });
  }

  // ---------------------------------------------------------------- helpers

  private <T> T write(Function<ApigDraft, T> change) {
    T result;
    long v;
    synchronized (this) {
      ApigDraft d = new ApigDraft(state);
      result = change.apply(d);
      state = d.freeze();
      v = version.incrementAndGet();
    }
    for (LongConsumer l : listeners) {
      l.accept(v);
    }
    return result;
  }

  private static ApigApi withRunEnv(HuaweiApigState s, ApigApi api) {
    Map<String, ApigPublication> online = s.onlineIn(api.id());
    if (online.isEmpty()) {
      return api;
    }
    ApigPublication latest = online.values().stream()
        .max(java.util.Comparator.comparing(ApigPublication::publishTime)).orElseThrow();
    return api.withRunEnv(latest.envName(), latest.envId(), latest.publishId());
  }

  private String slDomain(String groupId) {
    return groupId + ".apic." + region + ".huaweicloudapis.com";
  }

  private String now() {
    return ids.now();
  }

  private String newId() {
    return ids.newId();
  }

  private static ApigException noGroup() {
    return ApigException.notFound("APIG.3001", "The API group does not exist.");
  }

  private static ApigException noApi() {
    return ApigException.notFound("APIG.3002", "The API does not exist.");
  }

  private static ApigException noEnv() {
    return ApigException.notFound("APIG.3003", "The environment does not exist.");
  }

  private static ApigException noApp(String id) {
    return ApigApps.noApp(id);
  }

  private static <K, V> Map<K, V> without(Map<K, V> m, K key) {
    Map<K, V> copy = new LinkedHashMap<>(m);
    copy.remove(key);
    return Collections.unmodifiableMap(copy);
  }

}
