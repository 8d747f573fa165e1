package io.github.fakeapigw.internal.huawei;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the Huawei APIG dialect holds, at one moment. Immutable: {@link HuaweiApigService}
 * publishes a new one per change, so readers never lock and never see half a change. Maps keep
 * creation order.
 *
 * @param publications per API id, per environment id, that API's publications there
 */
public record HuaweiApigState(
    Map<String, ApigGroup> groups,
    Map<String, ApigEnvironment> environments,
    Map<String, ApigEnvVariable> variables,
    Map<String, ApigApi> apis,
    Map<String, ApigApp> apps,
    Map<String, ApigAppCode> appCodes,
    Map<String, Map<String, EnvPublications>> publications) {

  /**
   * An API's publications in one environment: the history (oldest first, at most {@link
   * #MAX_RECORDS}) and the effective version, absent while the API is offline there.
   */
  public record EnvPublications(List<ApigPublication> history, String effectiveVersionId) {
    /** Huawei keeps up to 10 publication records per API per environment. */
    public static final int MAX_RECORDS = 10;

    public EnvPublications {
      history = List.copyOf(history);
    }

    /** The published snapshot that serves now, if the API is online in this environment. */
    public java.util.Optional<ApigPublication> effective() {
      return history.stream().filter(p -> p.versionId().equals(effectiveVersionId)).findFirst();
    }

    EnvPublications with(ApigPublication p) {
      List<ApigPublication> h = new ArrayList<>(history);
      h.add(p);
      while (h.size() > MAX_RECORDS) {
        h.remove(0);
      }
      return new EnvPublications(h, p.versionId());
    }
  }

  /** A state with nothing but the built-in RELEASE environment. */
  static HuaweiApigState initial(String releaseCreateTime) {
    return new HuaweiApigState(
        Map.of(),
        Map.of(
            ApigEnvironment.RELEASE_ID,
            new ApigEnvironment(
                ApigEnvironment.RELEASE_ID,
                ApigEnvironment.RELEASE_NAME,
                "Production environment",
                releaseCreateTime)),
        Map.of(),
        Map.of(),
        Map.of(),
        Map.of(),
        Map.of());
  }

  /** The environments an API is online in now, with the effective publication, by env id. */
  public Map<String, ApigPublication> onlineIn(String apiId) {
    Map<String, ApigPublication> out = new LinkedHashMap<>();
    publications.getOrDefault(apiId, Map.of())
        .forEach((env, p) -> p.effective().ifPresent(e -> out.put(env, e)));
    return Collections.unmodifiableMap(out);
  }
}
