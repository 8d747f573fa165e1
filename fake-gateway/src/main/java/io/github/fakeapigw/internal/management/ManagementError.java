package io.github.fakeapigw.internal.management;

import java.util.List;
import java.util.Objects;

/**
 * An error of the dialect-neutral management service, in no dialect's words: each dialect renders
 * it in its own (the AWS dialect as API Gateway's status, {@code x-amzn-ErrorType} and message).
 * The set is closed, so a dialect's renderer handles every case.
 */
public abstract sealed class ManagementError extends RuntimeException
    permits ManagementError.NotFound, ManagementError.Conflict, ManagementError.Invalid,
        ManagementError.Refused {
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
    TAGGABLE,
    CLIENT_CERTIFICATE,
    DOCUMENTATION_PART,
    DOCUMENTATION_VERSION
  }

  /** A model field (or a value given with an operation) that a value was refused for. */
  public enum Field {
    REST_API_NAME,
    DESCRIPTION,
    API_KEY_SOURCE,
    MINIMUM_COMPRESSION_SIZE,
    PATH_PART,
    HTTP_METHOD,
    AUTHORIZATION_TYPE,
    /** The authorizer a CUSTOM or COGNITO_USER_POOLS method needs (authorizers are not modeled). */
    AUTHORIZER_ID,
    REQUEST_VALIDATOR_ID,
    /** A model name in request or response models. */
    MODEL_REFERENCE,
    /** A method request parameter name ({@code method.request.path.id}). */
    METHOD_REQUEST_PARAMETER,
    /** A parameter mapping's target or source expression. */
    MAPPING_EXPRESSION,
    STATUS_CODE,
    SELECTION_PATTERN,
    /** {@code Integration.httpMethod}. */
    INTEGRATION_HTTP_METHOD,
    /** An HTTP integration's URL. */
    INTEGRATION_URL,
    /** An AWS integration's ARN: malformed, or neither a path nor an action ({@link Reason#NOT_ONE_OF}). */
    INTEGRATION_ARN,
    /** An AWS_PROXY integration's target, which must be a Lambda function or Firehose stream. */
    INTEGRATION_PROXY_TARGET,
    CONNECTION_TYPE,
    TIMEOUT_IN_MILLIS,
    PASSTHROUGH_BEHAVIOR,
    CONTENT_HANDLING,
    STAGE_NAME,
    /** The deployment a stage, or its canary, serves. */
    DEPLOYMENT_ID,
    STAGE_VARIABLE_NAME,
    /** A stage variable's value; the values are name and value. */
    STAGE_VARIABLE_VALUE,
    PERCENT_TRAFFIC,
    /** The cache cluster size of a stage created with CreateStage. */
    STAGE_CACHE_CLUSTER_SIZE,
    /** The cache cluster size given with CreateDeployment for its stage. */
    DEPLOYMENT_CACHE_CLUSTER_SIZE,
    MODEL_NAME,
    MODEL_CONTENT_TYPE,
    GATEWAY_RESPONSE_TYPE,
    /** One of {@code endpointConfiguration.types}; the value is the whole list as given. */
    ENDPOINT_TYPE,
    /** A model's schema that is not JSON; the values are the schema and the parser's reason. */
    MODEL_SCHEMA,
    /** A mapping template that does not parse; the values are its content type and the parser's reason. */
    MAPPING_TEMPLATE
  }

  /** Why a value was refused. */
  public enum Reason {
    MISSING,
    EMPTY,
    NOT_ONE_OF,
    OUT_OF_RANGE,
    MALFORMED,
    /** It names something that does not exist. */
    UNKNOWN_REFERENCE,
    /** Another value already has it. */
    NOT_UNIQUE
  }

  /** A rule of the API's shape a request would break. */
  public enum Rule {
    /** The parent's path part is greedy ({@code {proxy+}}); the value is that path part. */
    CHILD_OF_GREEDY_RESOURCE,
    /** A sibling already has a variable path part; the value is the sibling's. */
    SECOND_VARIABLE_SIBLING,
    ROOT_PATH_PART_IS_FIXED,
    ROOT_PARENT_IS_FIXED,
    ROOT_CANNOT_BE_DELETED,
    RESOURCES_CANNOT_BE_CYCLICAL,
    /** A canary deployment names no stage; the value is what was given ({@code null} or empty). */
    CANARY_NEEDS_A_STAGE_NAME,
    /** A canary deployment names a stage that does not exist yet; the value is the stage name. */
    CANARY_NEEDS_AN_EXISTING_STAGE,
    METHOD_WITHOUT_INTEGRATION,
    API_WITHOUT_METHODS,
    DEPLOYMENT_IN_USE,
    /** A method refers to the model; the values are model name, resource path and verb. */
    MODEL_IN_USE
  }

  private final Kind kind;
  private final List<String> ids;

  private ManagementError(String what, Kind kind, List<String> ids) {
    super(what + " " + kind + " " + ids);
    this.kind = kind;
    this.ids = ids.stream().map(v -> v == null ? "null" : v).toList();
  }

  /** The kind of thing this error is about ({@code null} for {@link Invalid} and {@link Refused}). */
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
    return new NotFound(Objects.requireNonNull(kind, "kind"), List.of(ids));
  }

  public static Conflict conflict(Kind kind, String... ids) {
    return new Conflict(Objects.requireNonNull(kind, "kind"), List.of(ids));
  }

  /** {@code value} (more values for a compound one) refused for {@code field}. */
  public static Invalid invalid(Field field, Reason reason, String... values) {
    return new Invalid(field, reason, List.of(), values);
  }

  /** A value outside the closed set {@code allowed}. */
  public static Invalid notOneOf(Field field, String value, List<String> allowed) {
    return new Invalid(field, Reason.NOT_ONE_OF, allowed, value);
  }

  public static Refused refused(Rule rule, String... values) {
    return new Refused(rule, values);
  }

  /** No such thing (or no such API around it). */
  public static final class NotFound extends ManagementError {
    private static final long serialVersionUID = 1L;

    private NotFound(Kind kind, List<String> ids) {
      super("No", kind, ids);
    }
  }

  /** A value refused for a model field. */
  public static final class Invalid extends ManagementError {
    private static final long serialVersionUID = 1L;
    private final Field field;
    private final Reason reason;
    private final List<String> allowed;

    private Invalid(Field field, Reason reason, List<String> allowed, String... values) {
      super("Invalid " + field + " (" + reason + "):", null, java.util.Arrays.asList(values));
      this.field = Objects.requireNonNull(field, "field");
      this.reason = Objects.requireNonNull(reason, "reason");
      this.allowed = List.copyOf(allowed);
    }

    public Field field() {
      return field;
    }

    public Reason reason() {
      return reason;
    }

    /** The offending value(s), as given ({@code "null"} when absent). */
    public List<String> values() {
      return ids();
    }

    /** The first offending value. */
    public String value() {
      return ids().isEmpty() ? "null" : ids().get(0);
    }

    /** For {@link Reason#NOT_ONE_OF}: the values that are allowed. */
    public List<String> allowed() {
      return allowed;
    }
  }

  /** A request that would break a rule of the API's shape. */
  public static final class Refused extends ManagementError {
    private static final long serialVersionUID = 1L;
    private final Rule rule;

    private Refused(Rule rule, String... values) {
      super("Refused " + rule + ":", null, java.util.Arrays.asList(values));
      this.rule = Objects.requireNonNull(rule, "rule");
    }

    public Rule rule() {
      return rule;
    }

    /** The values the rule is about. */
    public List<String> values() {
      return ids();
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
