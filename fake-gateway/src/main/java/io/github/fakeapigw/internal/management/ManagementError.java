package io.github.fakeapigw.internal.management;

import java.util.List;
import java.util.Objects;

/**
 * An error of the dialect-neutral management service, in no dialect's words: each dialect renders
 * it in its own (the AWS dialect as API Gateway's status, {@code x-amzn-ErrorType} and message).
 * The set is closed, so a dialect's renderer handles every case.
 */
public abstract sealed class ManagementError extends RuntimeException
    permits ManagementError.NotFound, ManagementError.Conflict {
  private static final long serialVersionUID = 1L;

  /** What kind of thing an error is about. */
  public enum Kind {
    REST_API,
    RESOURCE,
    METHOD,
    INTEGRATION,
    METHOD_RESPONSE,
    INTEGRATION_RESPONSE,
    DEPLOYMENT,
    STAGE,
    MODEL,
    REQUEST_VALIDATOR,
    GATEWAY_RESPONSE,
    /** A REST API or stage named by its ARN (tags). */
    TAGGABLE
  }

  private final Kind kind;
  private final List<String> ids;

  private ManagementError(String what, Kind kind, List<String> ids) {
    super(what + " " + kind + " " + ids);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.ids = List.copyOf(ids);
  }

  /** The kind of thing this error is about. */
  public Kind kind() {
    return kind;
  }

  /** Its identifier(s), outermost first (API id, resource id, verb, status code ...), as far as known. */
  public List<String> ids() {
    return ids;
  }

  /** The last of {@link #ids()}: the identifier of the thing itself. */
  public String id() {
    return ids.isEmpty() ? "" : ids.get(ids.size() - 1);
  }

  public static NotFound notFound(Kind kind, String... ids) {
    return new NotFound(kind, List.of(ids));
  }

  public static Conflict conflict(Kind kind, String... ids) {
    return new Conflict(kind, List.of(ids));
  }

  /** No such thing (or no such API around it). */
  public static final class NotFound extends ManagementError {
    private static final long serialVersionUID = 1L;

    private NotFound(Kind kind, List<String> ids) {
      super("No", kind, ids);
    }
  }

  /** The thing already exists: for a resource, a sibling with the same path part ({@link #id()}). */
  public static final class Conflict extends ManagementError {
    private static final long serialVersionUID = 1L;

    private Conflict(Kind kind, List<String> ids) {
      super("Existing", kind, ids);
    }
  }
}
