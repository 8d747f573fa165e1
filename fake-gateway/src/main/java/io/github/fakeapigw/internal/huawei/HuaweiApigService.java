package io.github.fakeapigw.internal.huawei;

import io.github.fakeapigw.internal.huawei.HuaweiApigState.EnvPublications;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter VERSION_NO =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
  private static final java.util.regex.Pattern ENV_VARIABLE =
      java.util.regex.Pattern.compile("#([A-Za-z][A-Za-z0-9_-]{2,31})#");

  private final Clock clock;
  private final Random random;
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
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = new Random(seed ^ 0x48554157L);
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

  private static void requireUniqueGroupName(Draft d, String name, String except) {
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

  private static void requireUniqueEnvName(Draft d, String name, String except) {
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

  private static void requireUniqueApi(Draft d, ApigApi request, ApigApi except) {
    String groupId = except == null ? request.groupId() : except.groupId();
    for (ApigApi other : d.apis.values()) {
      if (!other.groupId().equals(groupId) || (except != null && other.id().equals(except.id()))) {
        continue;
      }
      if (other.name().equals(request.name())) {
        throw new ApigException(400, "APIG.3202", "The API name already exists.");
      }
      if (other.reqMethod().equals(request.reqMethod())
          && other.reqUri().equalsIgnoreCase(request.reqUri())
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
    return write(d -> publishIn(d, apiId, envId, remark));
  }

  private ApigPublication publishIn(Draft d, String apiId, String envId, String remark) {
    ApigApi api = Optional.ofNullable(d.apis.get(apiId)).orElseThrow(HuaweiApigService::noApi);
    ApigEnvironment env =
        Optional.ofNullable(d.environments.get(envId)).orElseThrow(HuaweiApigService::noEnv);
    for (String variable : variablesUsedBy(api)) {
      boolean defined = d.variables.values().stream().anyMatch(v -> v.groupId().equals(
          api.groupId()) && v.envId().equals(envId) && v.variableName().equals(variable));
      if (!defined) {
        throw ApigException.notFound("APIG.3011",
            "The environment variable does not exist,variableName:" + variable);
      }
    }
    String t = now();
    ApigPublication p = new ApigPublication(newId(), newId(),
        VERSION_NO.format(clock.instant()), apiId, api.name(), envId, env.name(), remark, t,
        api.withRunEnv(null, null, null));
    Map<String, EnvPublications> perEnv = new LinkedHashMap<>(
        d.publications.getOrDefault(apiId, Map.of()));
    EnvPublications before = perEnv.getOrDefault(envId, new EnvPublications(List.of(), null));
    perEnv.put(envId, before.with(p));
    d.publications.put(apiId, Collections.unmodifiableMap(perEnv));
    return p;
  }

  /** Takes an API offline in an environment: its history stays, nothing serves there any more. */
  public ApigPublication offline(String apiId, String envId) {
    return write(d -> offlineIn(d, apiId, envId));
  }

  private static ApigPublication offlineIn(Draft d, String apiId, String envId) {
    if (!d.apis.containsKey(apiId)) {
      throw noApi();
    }
    if (!d.environments.containsKey(envId)) {
      throw noEnv();
    }
    EnvPublications p = d.publications.getOrDefault(apiId, Map.of()).get(envId);
    Optional<ApigPublication> effective = p == null ? Optional.empty() : p.effective();
    if (effective.isEmpty()) {
      throw ApigException.notFound("APIG.3015", "The API publication record does not exist.");
    }
    Map<String, EnvPublications> perEnv = new LinkedHashMap<>(d.publications.get(apiId));
    perEnv.put(envId, new EnvPublications(p.history(), null));
    d.publications.put(apiId, Collections.unmodifiableMap(perEnv));
    return effective.get();
  }

  /**
   * Makes an earlier published version of an API the effective one in the environment it was
   * published to.
   */
  public ApigPublication switchVersion(String apiId, String versionId) {
    return write(d -> {
      if (!d.apis.containsKey(apiId)) {
        throw noApi();
      }
      for (Map.Entry<String, EnvPublications> e :
          d.publications.getOrDefault(apiId, Map.of()).entrySet()) {
        for (ApigPublication p : e.getValue().history()) {
          if (p.versionId().equals(versionId)) {
            Map<String, EnvPublications> perEnv = new LinkedHashMap<>(d.publications.get(apiId));
            perEnv.put(e.getKey(), new EnvPublications(e.getValue().history(), versionId));
            d.publications.put(apiId, Collections.unmodifiableMap(perEnv));
            return p;
          }
        }
      }
      throw ApigException.notFound("APIG.3022", "The API version does not exist.");
    });
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
    return write(d -> {
      List<BatchOutcome> out = new ArrayList<>();
      for (String apiId : apiIds) {
        Draft attempt = new Draft(d.freeze());
        try {
          ApigPublication p = online
              ? publishIn(attempt, apiId, envId, remark)
              : offlineIn(attempt, apiId, envId);
          d.publications.clear();
          d.publications.putAll(attempt.publications);
          out.add(new BatchOutcome(apiId, Optional.of(p), Optional.empty()));
        } catch (ApigException e) {
          out.add(new BatchOutcome(apiId, Optional.empty(), Optional.of(e)));
        }
      }
      return out;
    });
  }

  // ---------------------------------------------------------------- apps

  public ApigApp createApp(String name, String remark, String appKey, String appSecret) {
    return write(d -> {
      requireUniqueAppName(d, name, null);
      String t = now();
      ApigApp app = new ApigApp(newId(), name, 1, appKey == null ? newId() : appKey,
          appSecret == null ? newSecret() : appSecret, remark, "USER", t, t, "apig");
      d.apps.put(app.id(), app);
      return app;
    });
  }

  public ApigApp updateApp(String id, String name, String remark) {
    return write(d -> {
      ApigApp a = Optional.ofNullable(d.apps.get(id)).orElseThrow(() -> noApp(id));
      requireUniqueAppName(d, name, id);
      ApigApp n = new ApigApp(id, name, a.status(), a.appKey(), a.appSecret(), remark,
          a.creator(), a.registerTime(), now(), a.appType());
      d.apps.put(id, n);
      return n;
    });
  }

  /** Gives an app a new, generated secret (Huawei's "reset AppSecret"). */
  public ApigApp resetAppSecret(String id) {
    return write(d -> {
      ApigApp a = Optional.ofNullable(d.apps.get(id)).orElseThrow(() -> noApp(id));
      ApigApp n = new ApigApp(id, a.name(), a.status(), a.appKey(), newSecret(), a.remark(),
          a.creator(), a.registerTime(), now(), a.appType());
      d.apps.put(id, n);
      return n;
    });
  }

  public void deleteApp(String id) {
    write(d -> {
      if (d.apps.remove(id) == null) {
        throw noApp(id);
      }
      d.appCodes.values().removeIf(c -> c.appId().equals(id));
      return null;
    });
  }

  /** Adds an app code; {@code code} null generates one (64 characters). */
  public ApigAppCode createAppCode(String appId, String code) {
    return write(d -> {
      if (!d.apps.containsKey(appId)) {
        throw noApp(appId);
      }
      String value = code == null ? newId() + newId() : code;
      if (d.appCodes.values().stream().anyMatch(c -> c.appCode().equals(value))) {
        throw new ApigException(400, "APIG.3305", "The app code already exists.");
      }
      ApigAppCode c = new ApigAppCode(newId(), value, appId, now());
      d.appCodes.put(c.id(), c);
      return c;
    });
  }

  public void deleteAppCode(String appId, String id) {
    write(d -> {
      if (!d.apps.containsKey(appId)) {
        throw noApp(appId);
      }
      ApigAppCode c = d.appCodes.get(id);
      if (c == null || !c.appId().equals(appId)) {
        throw ApigException.notFound("APIG.3060", "The app code does not exist.");
      }
      d.appCodes.remove(id);
      return null;
    });
  }

  private static void requireUniqueAppName(Draft d, String name, String except) {
    if (d.apps.values().stream().anyMatch(a -> a.name().equals(name) && !a.id().equals(except))) {
      throw new ApigException(400, "APIG.3203", "The app name already exists.");
    }
  }

  // ---------------------------------------------------------------- lifecycle

  /** Forgets everything but the built-in RELEASE environment (the gateway's reset). */
  public void clear() {
    write(d -> {
      Draft fresh = new Draft(HuaweiApigState.initial(now()));
      d.copyFrom(fresh);
      return null;
    });
  }

  // ---------------------------------------------------------------- helpers

  private <T> T write(Function<Draft, T> change) {
    T result;
    long v;
    synchronized (this) {
      Draft d = new Draft(state);
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

  /** The {@code #name#} variables of an API's backend addresses and paths. */
  static List<String> variablesUsedBy(ApigApi api) {
    List<String> texts = new ArrayList<>();
    if (api.backendApi() != null) {
      texts.add(api.backendApi().urlDomain());
      texts.add(api.backendApi().reqUri());
    }
    if (api.policyHttps() != null) {
      api.policyHttps().forEach(p -> {
        texts.add(p.urlDomain());
        texts.add(p.reqUri());
      });
    }
    List<String> out = new ArrayList<>();
    for (String t : texts) {
      if (t == null) {
        continue;
      }
      java.util.regex.Matcher m = ENV_VARIABLE.matcher(t);
      while (m.find()) {
        if (!out.contains(m.group(1))) {
          out.add(m.group(1));
        }
      }
    }
    return out;
  }

  private String slDomain(String groupId) {
    return groupId + ".apic." + region + ".huaweicloudapis.com";
  }

  private String now() {
    return TIME.format(clock.instant());
  }

  /** A 32-character lower-case hex id, as Huawei's. */
  private synchronized String newId() {
    return String.format("%016x%016x", random.nextLong(), random.nextLong());
  }

  private synchronized String newSecret() {
    StringBuilder sb = new StringBuilder();
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    for (int i = 0; i < 32; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
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
    return ApigException.notFound("APIG.3004", "App " + id + " does not exist");
  }

  private static <K, V> Map<K, V> without(Map<K, V> m, K key) {
    Map<K, V> copy = new LinkedHashMap<>(m);
    copy.remove(key);
    return Collections.unmodifiableMap(copy);
  }

  /** A mutable working copy of the state, frozen into the next state when the change succeeds. */
  private static final class Draft {
    final Map<String, ApigGroup> groups = new LinkedHashMap<>();
    final Map<String, ApigEnvironment> environments = new LinkedHashMap<>();
    final Map<String, ApigEnvVariable> variables = new LinkedHashMap<>();
    final Map<String, ApigApi> apis = new LinkedHashMap<>();
    final Map<String, ApigApp> apps = new LinkedHashMap<>();
    final Map<String, ApigAppCode> appCodes = new LinkedHashMap<>();
    final Map<String, Map<String, EnvPublications>> publications = new LinkedHashMap<>();

    Draft(HuaweiApigState s) {
      groups.putAll(s.groups());
      environments.putAll(s.environments());
      variables.putAll(s.variables());
      apis.putAll(s.apis());
      apps.putAll(s.apps());
      appCodes.putAll(s.appCodes());
      publications.putAll(s.publications());
    }

    void copyFrom(Draft o) {
      groups.clear();
      groups.putAll(o.groups);
      environments.clear();
      environments.putAll(o.environments);
      variables.clear();
      variables.putAll(o.variables);
      apis.clear();
      apis.putAll(o.apis);
      apps.clear();
      apps.putAll(o.apps);
      appCodes.clear();
      appCodes.putAll(o.appCodes);
      publications.clear();
      publications.putAll(o.publications);
    }

    HuaweiApigState freeze() {
      return new HuaweiApigState(
          Collections.unmodifiableMap(new LinkedHashMap<>(groups)),
          Collections.unmodifiableMap(new LinkedHashMap<>(environments)),
          Collections.unmodifiableMap(new LinkedHashMap<>(variables)),
          Collections.unmodifiableMap(new LinkedHashMap<>(apis)),
          Collections.unmodifiableMap(new LinkedHashMap<>(apps)),
          Collections.unmodifiableMap(new LinkedHashMap<>(appCodes)),
          Collections.unmodifiableMap(new LinkedHashMap<>(publications)));
    }
  }
}
