package io.github.fakeapigw.model;

import java.util.Map;
import java.util.Optional;

/**
 * A {@code Resource}: one node of the path tree. The root has no parent and no path part.
 *
 * @param resourceMethods verb (or {@code ANY}) to method
 */
public record Resource(
    String id,
    Optional<String> parentId,
    Optional<String> pathPart,
    String path,
    Map<String, Method> resourceMethods) {
  public Resource {
    parentId = parentId == null ? Optional.empty() : parentId;
    pathPart = pathPart == null ? Optional.empty() : pathPart;
    resourceMethods = Models.map(resourceMethods);
  }

  public boolean isRoot() {
    return parentId.isEmpty();
  }

  public Optional<Method> method(String httpMethod) {
    return Optional.ofNullable(resourceMethods.get(httpMethod));
  }

  /** A copy with {@code id} replaced. */
  public Resource withId(String id) {
    return new Resource(id, parentId, pathPart, path, resourceMethods);
  }

  /** A copy with {@code parentId} replaced. */
  public Resource withParentId(Optional<String> parentId) {
    return new Resource(id, parentId, pathPart, path, resourceMethods);
  }

  /** A copy with {@code pathPart} replaced. */
  public Resource withPathPart(Optional<String> pathPart) {
    return new Resource(id, parentId, pathPart, path, resourceMethods);
  }

  /** A copy with {@code path} replaced. */
  public Resource withPath(String path) {
    return new Resource(id, parentId, pathPart, path, resourceMethods);
  }

  /** A copy with {@code resourceMethods} replaced. */
  public Resource withResourceMethods(Map<String, Method> resourceMethods) {
    return new Resource(id, parentId, pathPart, path, resourceMethods);
  }
}
