package io.github.fakeapigw.internal.management;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Copies an immutable model record with some components replaced: {@code Copy.of(method)
 * .set("operationName", Optional.of("ListPets")).build()}. Keeps the management code free of
 * 15-argument constructor calls; the record's canonical constructor still normalizes the result.
 *
 * @param <R> the record type
 */
public final class Copy<R extends Record> {
  private final Class<R> type;
  private final Map<String, Object> values = new LinkedHashMap<>();

  private Copy(Class<R> type) {
    this.type = type;
  }

  @SuppressWarnings("unchecked")
  public static <R extends Record> Copy<R> of(R record) {
    Objects.requireNonNull(record, "record");
    Copy<R> copy = new Copy<>((Class<R>) record.getClass());
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      try {
        copy.values.put(c.getName(), c.getAccessor().invoke(record));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("Cannot read " + c.getName() + " of " + record, e);
      }
    }
    return copy;
  }

  /** Replaces one component (by its record component name). */
  public Copy<R> set(String component, Object value) {
    if (!values.containsKey(component)) {
      throw new IllegalArgumentException(type.getSimpleName() + " has no component " + component);
    }
    values.put(component, value);
    return this;
  }

  public R build() {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    try {
      Constructor<R> constructor = type.getDeclaredConstructor(types);
      return constructor.newInstance(values.values().toArray());
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("Cannot copy " + type.getSimpleName(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot copy " + type.getSimpleName(), e);
    }
  }
}
