package io.github.fakeapigw.internal.state;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The gateway's store of REST APIs.
 *
 * <p>Readers (the invoke pipeline, GET operations) never lock: each API sits in its own cell
 * holding an immutable {@link ApiState}, and the set of cells is an immutable map behind a volatile
 * field.
 *
 * <p>Writers of one API never wait on another API's writers: {@link #update} runs its change on
 * the API's current state <em>without any lock</em> (so expensive validation holds nothing), then
 * publishes the result under that API's own lock if nobody changed the API meanwhile; if somebody
 * did, it runs the change again on the newer state while holding that API's lock, so a change
 * always completes after at most two runs. Adding, removing and replacing APIs serialize on a
 * separate lock held only for a copy of the map.
 */
public final class GatewayState {
  /** One API's current state; {@code retired} once the API left the map (removed or replaced). */
  private static final class Cell {
    volatile ApiState value;
    boolean retired; // guarded by this

    Cell(ApiState value) {
      this.value = value;
    }
  }

  private final Object membership = new Object();
  private volatile Map<String, Cell> cells = Map.of();

  public Optional<ApiState> api(String id) {
    Cell c = cells.get(id);
    return c == null ? Optional.empty() : Optional.of(c.value);
  }

  /** Every API, in creation order. */
  public Collection<ApiState> apis() {
    Collection<Cell> now = cells.values();
    List<ApiState> out = new ArrayList<>(now.size());
    now.forEach(c -> out.add(c.value));
    return Collections.unmodifiableList(out);
  }

  /** Stores {@code api} under its id, replacing any API of that id. */
  public void put(ApiState api) {
    Cell retired;
    synchronized (membership) {
      Map<String, Cell> m = new LinkedHashMap<>(cells);
      retired = m.put(api.id(), new Cell(api));
      cells = Collections.unmodifiableMap(m);
    }
    retire(retired);
  }

  /**
   * Replaces one API atomically. The function may throw to reject the change, which then leaves the
   * state untouched. It runs without a lock, and may run a second time (under this API's lock) when
   * another writer changed the API meanwhile, so it must have no effect besides its result.
   *
   * @return the new state
   * @throws IllegalStateException when there is no API {@code id}
   */
  public ApiState update(String id, UnaryOperator<ApiState> change) {
    while (true) {
      Cell cell = cells.get(id);
      if (cell == null) {
        throw new IllegalStateException("No REST API " + id);
      }
      ApiState seen = cell.value;
      ApiState next = change.apply(seen);
      synchronized (cell) {
        if (!cell.retired) {
          if (cell.value != seen) {
            next = change.apply(cell.value);
          }
          cell.value = next;
          return next;
        }
      }
      // the API was removed or replaced meanwhile: look it up again
    }
  }

  public Optional<ApiState> remove(String id) {
    Cell removed;
    synchronized (membership) {
      removed = cells.get(id);
      if (removed == null) {
        return Optional.empty();
      }
      Map<String, Cell> m = new LinkedHashMap<>(cells);
      m.remove(id);
      cells = Collections.unmodifiableMap(m);
    }
    retire(removed);
    return Optional.of(removed.value);
  }

  public void clear() {
    replaceAll(List.of());
  }

  /** Replaces every API by {@code next} in one step, so readers see the old set or the new one. */
  public void replaceAll(Collection<ApiState> next) {
    Collection<Cell> old;
    synchronized (membership) {
      Map<String, Cell> m = new LinkedHashMap<>();
      next.forEach(a -> m.put(a.id(), new Cell(a)));
      old = cells.values();
      cells = Collections.unmodifiableMap(m);
    }
    old.forEach(GatewayState::retire);
  }

  /** After this, a writer that still holds the cell retries on the current map. */
  private static void retire(Cell c) {
    if (c != null) {
      synchronized (c) {
        c.retired = true;
      }
    }
  }
}
