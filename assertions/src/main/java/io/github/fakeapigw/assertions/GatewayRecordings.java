package io.github.fakeapigw.assertions;

import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.recording.RecordedFunctionCall;
import io.github.fakeapigw.recording.RecordedInvocation;
import io.github.fakeapigw.recording.StageTraffic;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a gateway's recordings afresh on every call (no caching, so Awaitility sees changes). */
final class GatewayRecordings {
  private GatewayRecordings() {}

  static List<RecordedInvocation> invocations(FakeApiGateway gateway) {
    return gateway.invocations();
  }

  static long dropped(FakeApiGateway gateway) {
    return gateway.droppedInvocationCount();
  }

  /** The ids an API reference stands for: itself, and the id of the API with that name if any. */
  static Set<String> apiIds(FakeApiGateway gateway, String idOrName) {
    Set<String> ids = new LinkedHashSet<>();
    ids.add(idOrName);
    apiIdByName(gateway, idOrName).ifPresent(ids::add);
    return ids;
  }

  /** The id of the one API with that name, if there is exactly one. */
  static Optional<String> apiIdByName(FakeApiGateway gateway, String name) {
    try {
      return Optional.of(gateway.api(name).id());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Resolves a reference to an API id: the id of the API with that name, else the reference. */
  static String apiId(FakeApiGateway gateway, String idOrName) {
    return apiIdByName(gateway, idOrName).orElse(idOrName);
  }

  /**
   * The stage's traffic counts, kept by the gateway since start or the last reset (not limited by
   * the recording cap, and not cleared by {@link FakeApiGateway#clearInvocations()}).
   */
  static StageTraffic stageTraffic(FakeApiGateway gateway, String apiId, String stage) {
    return gateway.stageTraffic(apiId, stage);
  }

  static List<RecordedInvocation> onStage(FakeApiGateway gateway, String apiId, String stage) {
    return invocations(gateway).stream()
        .filter(i -> i.apiId().equals(apiId) && i.stage().equals(Optional.of(stage)))
        .toList();
  }

  /** The calls of the named function, oldest first, whether through an invocation or not. */
  static List<RecordedFunctionCall> functionCalls(FakeApiGateway gateway, String name) {
    return gateway.functionCalls(name);
  }
}
