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

  /** A published documentation version: the API's parts as they were when it was created. */
  public record DocumentationVersion(String version, Optional<String> description, java.time.Instant createdDate,
      List<DocumentationPart> parts) {
    public DocumentationVersion {
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(createdDate, "createdDate");
      parts = List.copyOf(parts);
    }

    public DocumentationVersion withDescription(Optional<String> next) {
      return new DocumentationVersion(version, next, createdDate, parts);
    }
  }

  /** Every API's parts and versions at one moment (a checkpoint's). */
  public record State(Map<String, Map<String, DocumentationPart>> parts,
      Map<String, Map<String, DocumentationVersion>> versions) {}

  private final Consumer<String> requireApi;
  private final Supplier<String> ids;
  private final java.time.Clock clock;
  private Map<String, Map<String, DocumentationPart>> parts = new LinkedHashMap<>();
  private Map<String, Map<String, DocumentationVersion>> versions = new LinkedHashMap<>();

  /** {@code requireApi} throws the API's not-found error for an id no API has. */
  public DocumentationService(Consumer<String> requireApi, Supplier<String> ids, java.time.Clock clock) {
    this.requireApi = Objects.requireNonNull(requireApi, "requireApi");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public synchronized DocumentationVersion createVersion(String apiId, String version, Optional<String> description) {
    requireApi.accept(apiId);
    Map<String, DocumentationVersion> ofApi = new LinkedHashMap<>(versions.getOrDefault(apiId, Map.of()));
    if (ofApi.containsKey(version)) {
      throw ManagementError.conflict(Kind.DOCUMENTATION_VERSION, version);
    }
    DocumentationVersion v = new DocumentationVersion(version, description,
        clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
        new ArrayList<>(parts.getOrDefault(apiId, Map.of()).values()));
    ofApi.put(version, v);
    storeVersions(apiId, ofApi);
    return v;
  }

  public synchronized List<DocumentationVersion> versions(String apiId) {
    requireApi.accept(apiId);
    return new ArrayList<>(versions.getOrDefault(apiId, Map.of()).values());
  }

  public synchronized DocumentationVersion version(String apiId, String version) {
    requireApi.accept(apiId);
    DocumentationVersion v = versions.getOrDefault(apiId, Map.of()).get(version);
    if (v == null) {
      throw ManagementError.notFound(Kind.DOCUMENTATION_VERSION, version);
    }
    return v;
  }

  /** Applies {@code edit}; a refusal thrown by the edit keeps the version as it was. */
  public synchronized DocumentationVersion updateVersion(String apiId, String version,
      UnaryOperator<DocumentationVersion> edit) {
    DocumentationVersion next = Objects.requireNonNull(edit.apply(version(apiId, version)), "edited version");
    Map<String, DocumentationVersion> copy = new LinkedHashMap<>(versions.get(apiId));
    copy.put(version, next);
    storeVersions(apiId, copy);
    return next;
  }

  public synchronized void deleteVersion(String apiId, String version) {
    version(apiId, version);
    Map<String, DocumentationVersion> copy = new LinkedHashMap<>(versions.get(apiId));
    copy.remove(version);
    storeVersions(apiId, copy);
  }

  private void storeVersions(String apiId, Map<String, DocumentationVersion> ofApi) {
    Map<String, Map<String, DocumentationVersion>> next = new LinkedHashMap<>(versions);
    next.put(apiId, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ofApi)));
    versions = next;
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

  /** Every API's parts and versions as they are now, for a checkpoint. */
  public synchronized State snapshot() {
    return new State(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts)),
        java.util.Collections.unmodifiableMap(new LinkedHashMap<>(versions)));
  }

  public synchronized void restore(State earlier) {
    parts = new LinkedHashMap<>(earlier.parts());
    versions = new LinkedHashMap<>(earlier.versions());
  }

  public synchronized void clear() {
    parts = new LinkedHashMap<>();
    versions = new LinkedHashMap<>();
  }
}
