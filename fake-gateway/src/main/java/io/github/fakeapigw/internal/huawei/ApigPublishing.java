package io.github.fakeapigw.internal.huawei;

import io.github.fakeapigw.internal.huawei.HuaweiApigService.BatchOutcome;
import io.github.fakeapigw.internal.huawei.HuaweiApigState.EnvPublications;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication: the changes {@link HuaweiApigService} makes, on a draft, when an API is published
 * to an environment, taken offline, switched to an earlier version, or published in a batch.
 */
final class ApigPublishing {
  private static final Pattern ENV_VARIABLE = Pattern.compile("#([A-Za-z][A-Za-z0-9_-]{2,31})#");

  private ApigPublishing() {}

  static ApigPublication publish(
      ApigDraft d, ApigIds ids, String apiId, String envId, String remark) {
    ApigApi api = Optional.ofNullable(d.apis.get(apiId)).orElseThrow(ApigPublishing::noApi);
    ApigEnvironment env =
        Optional.ofNullable(d.environments.get(envId)).orElseThrow(ApigPublishing::noEnv);
    for (String variable : variablesUsedBy(api)) {
      boolean defined = d.variables.values().stream().anyMatch(v -> v.groupId().equals(
          api.groupId()) && v.envId().equals(envId) && v.variableName().equals(variable));
      if (!defined) {
        throw ApigException.notFound("APIG.3011",
            "The environment variable does not exist,variableName:" + variable);
      }
    }
    String t = ids.now();
    ApigPublication p = new ApigPublication(ids.newId(), ids.newId(), ids.versionNo(), apiId, api.name(), envId, env.name(), remark, t,
        api.withRunEnv(null, null, null));
    Map<String, EnvPublications> perEnv = new LinkedHashMap<>(
        d.publications.getOrDefault(apiId, Map.of()));
    EnvPublications before = perEnv.getOrDefault(envId, new EnvPublications(List.of(), null));
    perEnv.put(envId, before.with(p));
    d.publications.put(apiId, Collections.unmodifiableMap(perEnv));
    return p;
  }

  static ApigPublication offline(ApigDraft d, String apiId, String envId) {
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

  static ApigPublication switchVersion(ApigDraft d, String apiId, String versionId) {
    {
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
    }
  }

  static List<BatchOutcome> batch(ApigDraft d, ApigIds ids, boolean online,
      List<String> apiIds, String envId, String remark) {
    {
      List<BatchOutcome> out = new ArrayList<>();
      for (String apiId : apiIds) {
        ApigDraft attempt = new ApigDraft(d.freeze());
        try {
          ApigPublication p = online
              ? publish(attempt, ids, apiId, envId, remark)
              : offline(attempt, apiId, envId);
          d.publications.clear();
          d.publications.putAll(attempt.publications);
          out.add(new BatchOutcome(apiId, Optional.of(p), Optional.empty()));
        } catch (ApigException e) {
          out.add(new BatchOutcome(apiId, Optional.empty(), Optional.of(e)));
        }
      }
      return out;
    }
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
      Matcher m = ENV_VARIABLE.matcher(t);
      while (m.find()) {
        if (!out.contains(m.group(1))) {
          out.add(m.group(1));
        }
      }
    }
    return out;
  }

  private static ApigException noApi() {
    return ApigException.notFound("APIG.3002", "The API does not exist.");
  }

  private static ApigException noEnv() {
    return ApigException.notFound("APIG.3003", "The environment does not exist.");
  }
}
