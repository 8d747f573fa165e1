package io.github.fakeapigw.internal.huawei;

import io.github.fakeapigw.internal.huawei.HuaweiApigState.EnvPublications;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A mutable working copy of the Huawei state that one change edits; {@link HuaweiApigService}
 * freezes it into the next state when the change succeeds and drops it when it throws.
 */
final class ApigDraft {
  final Map<String, ApigGroup> groups = new LinkedHashMap<>();
  final Map<String, ApigEnvironment> environments = new LinkedHashMap<>();
  final Map<String, ApigEnvVariable> variables = new LinkedHashMap<>();
  final Map<String, ApigApi> apis = new LinkedHashMap<>();
  final Map<String, ApigApp> apps = new LinkedHashMap<>();
  final Map<String, ApigAppCode> appCodes = new LinkedHashMap<>();
  final Map<String, Map<String, EnvPublications>> publications = new LinkedHashMap<>();

  ApigDraft(HuaweiApigState s) {
    groups.putAll(s.groups());
    environments.putAll(s.environments());
    variables.putAll(s.variables());
    apis.putAll(s.apis());
    apps.putAll(s.apps());
    appCodes.putAll(s.appCodes());
    publications.putAll(s.publications());
  }

  void copyFrom(ApigDraft o) {
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
