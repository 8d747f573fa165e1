package io.github.fakeapigw.internal.state;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The gateway's store of REST APIs. Writers serialize on this object and publish a new immutable
 * map; readers (the invoke pipeline) read the volatile map without locking.
 */
public final class GatewayState {
  private volatile Map<String, ApiState> apis = Map.of();

  public Optional<ApiState> api(String id) {
    return Optional.ofNullable(apis.get(id));
  }

  /** Every API, in creation order. */
  public Collection<ApiState> apis() {
    return apis.values();
  }

  public synchronized void put(ApiState api) {
    Map<String, ApiState> m = new LinkedHashMap<>(apis);
    m.put(api.id(), api);
    apis = java.util.Collections.unmodifiableMap(m);
  }

  /**
   * Replaces one API atomically. The function may throw to reject the change, which then leaves the
   * state untouched.
   *
   * @return the new state
   */
  public synchronized ApiState update(String id, UnaryOperator<ApiState> change) {
    ApiState current = apis.get(id);
    if (current == null) {
      throw new IllegalStateException("No REST API " + id);
    }
    ApiState next = change.apply(current);
    put(next);
    return next;
  }

  public synchronized Optional<ApiState> remove(String id) {
    ApiState removed = apis.get(id);
    if (removed != null) {
      Map<String, ApiState> m = new LinkedHashMap<>(apis);
      m.remove(id);
      apis = java.util.Collections.unmodifiableMap(m);
    }
    return Optional.ofNullable(removed);
  }

  public synchronized void clear() {
    apis = Map.of();
  }

  /** Replaces every API by {@code next} in one step, so readers see the old set or the new one. */
  public synchronized void replaceAll(Collection<ApiState> next) {
    Map<String, ApiState> m = new LinkedHashMap<>();
    next.forEach(a -> m.put(a.id(), a));
    apis = java.util.Collections.unmodifiableMap(m);
  }
}
