package io.github.fakeapigw.internal.management;

import io.github.fakeapigw.internal.management.ManagementError.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The documentation parts of each REST API: a location (what is documented) and its properties
 * (a JSON object). One part per location. Kept per API id; the API must exist for every call.
 */
public final class DocumentationService {

  /** What a part documents: its type, and where that applies ({@code path} {@code /} by default). */
  public record Location(String type, String path, Optional<String> method, Optional<String> statusCode,
      Optional<String> name) {
    public Location {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(statusCode, "statusCode");
      Objects.requireNonNull(name, "name");
    }
  }

  /** One documentation part. */
  public record DocumentationPart(String id, Location location, String properties) {
    public DocumentationPart {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(properties, "properties");
    }

    public DocumentationPart withProperties(String next) {
      return new DocumentationPart(id, location, next);
    }
  }

  private final Consumer<String> requireApi;
  private final Supplier<String> ids;
  private Map<String, Map<String, DocumentationPart>> parts = new LinkedHashMap<>();

  /** {@code requireApi} throws the API's not-found error for an id no API has. */
  public DocumentationService(Consumer<String> requireApi, Supplier<String> ids) {
    this.requireApi = Objects.requireNonNull(requireApi, "requireApi");
    this.ids = Objects.requireNonNull(ids, "ids");
  }

  public synchronized DocumentationPart create(String apiId, Location location, String properties) {
    requireApi.accept(apiId);
    Map<String, DocumentationPart> ofApi = parts.getOrDefault(apiId, Map.of());
    for (DocumentationPart p : ofApi.values()) {
      if (p.location().equals(location)) {
        throw ManagementError.conflict(Kind.DOCUMENTATION_PART, p.id());
      }
    }
    DocumentationPart part = new DocumentationPart(ids.get(), location, properties);
    Map<String, DocumentationPart> next = new LinkedHashMap<>(ofApi);
    next.put(part.id(), part);
    store(apiId, next);
    return part;
  }

  public synchronized List<DocumentationPart> all(String apiId) {
    requireApi.accept(apiId);
    return new ArrayList<>(parts.getOrDefault(apiId, Map.of()).values());
  }

  public synchronized DocumentationPart get(String apiId, String id) {
    requireApi.accept(apiId);
    DocumentationPart p = parts.getOrDefault(apiId, Map.of()).get(id);
    if (p == null) {
      throw ManagementError.notFound(Kind.DOCUMENTATION_PART, id);
    }
    return p;
  }

  /** Applies {@code edit}; a refusal thrown by the edit keeps the part as it was. */
  public synchronized DocumentationPart update(String apiId, String id, UnaryOperator<DocumentationPart> edit) {
    DocumentationPart next = Objects.requireNonNull(edit.apply(get(apiId, id)), "edited part");
    Map<String, DocumentationPart> copy = new LinkedHashMap<>(parts.get(apiId));
    copy.put(id, next);
    store(apiId, copy);
    return next;
  }

  public synchronized void delete(String apiId, String id) {
    get(apiId, id);
    Map<String, DocumentationPart> copy = new LinkedHashMap<>(parts.get(apiId));
    copy.remove(id);
    store(apiId, copy);
  }

  private void store(String apiId, Map<String, DocumentationPart> ofApi) {
    Map<String, Map<String, DocumentationPart>> next = new LinkedHashMap<>(parts);
    next.put(apiId, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ofApi)));
    parts = next;
  }

  /** Every API's parts as they are now, for a checkpoint. */
  public synchronized Map<String, Map<String, DocumentationPart>> snapshot() {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
  }

  public synchronized void restore(Map<String, Map<String, DocumentationPart>> earlier) {
    parts = new LinkedHashMap<>(earlier);
  }

  public synchronized void clear() {
    parts = new LinkedHashMap<>();
  }
}
