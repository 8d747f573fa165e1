package io.github.fakeapigw.dsl;

import io.github.fakeapigw.model.Integration;
import io.github.fakeapigw.model.IntegrationResponse;
import io.github.fakeapigw.model.IntegrationType;
import io.github.fakeapigw.model.TlsConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Builds a method's {@code Integration}; start with {@link GatewayDsl#http}, {@link
 * GatewayDsl#httpProxy}, {@link GatewayDsl#mock()}, {@link GatewayDsl#aws} or {@link
 * GatewayDsl#awsProxy}.
 *
 * <p>A non-proxy integration without any {@link #respond(IntegrationResponseBuilder) response}
 * gets a default {@code integrationResponse(200)}, and a {@code mock()} without a request template
 * gets {@code {"statusCode": 200}}, as the API Gateway console does.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class IntegrationBuilder {
  private final IntegrationType type;
  private final Optional<String> httpMethod;
  private final Optional<String> uri;
  private final boolean lambdaFunctionName;
  private final Map<String, String> requestParameters = new LinkedHashMap<>();
  private final Map<String, String> requestTemplates = new LinkedHashMap<>();
  private Optional<String> passthroughBehavior = Optional.empty();
  private Optional<String> contentHandling = Optional.empty();
  private int timeoutInMillis = Integration.DEFAULT_TIMEOUT_MILLIS;
  private Optional<String> cacheNamespace = Optional.empty();
  private final List<String> cacheKeyParameters = new ArrayList<>();
  private Optional<String> connectionType = Optional.empty();
  private Optional<String> connectionId = Optional.empty();
  private Optional<String> credentials = Optional.empty();
  private Optional<TlsConfig> tlsConfig = Optional.empty();
  private final Map<String, IntegrationResponseBuilder> responses = new LinkedHashMap<>();

  IntegrationBuilder(
      IntegrationType type, Optional<String> httpMethod, Optional<String> uri, boolean lambda) {
    this.type = type;
    this.httpMethod = httpMethod;
    this.uri = uri;
    this.lambdaFunctionName = lambda;
  }

  /**
   * Adds a {@code requestParameters} entry: an {@code integration.request.{path|querystring|header}.
   * <name>} target and its source ({@code method.request.path.id}, {@code 'literal'}, {@code
   * stageVariables.x}, {@code context.requestId}).
   */
  public IntegrationBuilder withRequestParameter(String target, String source) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(source, "source");
    if (!target.matches("integration\\.request\\.(path|querystring|header)\\.[^.].*")) {
      throw new IllegalArgumentException(
          "integration request parameter target must not be \"" + target + "\"; use"
              + " \"integration.request.{path|querystring|header}.<name>\" instead; offending: \""
              + target + "\"");
    }
    requestParameters.put(target, source);
    return this;
  }

  /** Adds a {@code requestTemplates} entry: content type to Velocity template. */
  public IntegrationBuilder withRequestTemplate(String contentType, String template) {
    requestTemplates.put(
        Checks.notBlank(contentType, "contentType", "\"application/json\""),
        Objects.requireNonNull(template, "template"));
    return this;
  }

  /**
   * Sets {@code passthroughBehavior}: {@code WHEN_NO_MATCH} (AWS's default), {@code
   * WHEN_NO_TEMPLATES} or {@code NEVER}.
   */
  public IntegrationBuilder withPassthroughBehavior(String behavior) {
    Objects.requireNonNull(behavior, "behavior");
    List<String> allowed = List.of("WHEN_NO_MATCH", "WHEN_NO_TEMPLATES", "NEVER");
    if (!allowed.contains(behavior)) {
      throw new IllegalArgumentException(
          "passthroughBehavior must not be \"" + behavior + "\"; use one of " + allowed
              + " instead; offending: \"" + behavior + "\"");
    }
    this.passthroughBehavior = Optional.of(behavior);
    return this;
  }

  /** Sets {@code contentHandling}: {@code CONVERT_TO_TEXT} or {@code CONVERT_TO_BINARY}. */
  public IntegrationBuilder withContentHandling(String contentHandling) {
    this.contentHandling = Optional.of(GatewayDsl.contentHandling(contentHandling));
    return this;
  }

  /** Sets {@code timeoutInMillis} (50 to 29000; AWS's default is 29000). */
  public IntegrationBuilder withTimeoutInMillis(int millis) {
    if (millis < 50 || millis > Integration.DEFAULT_TIMEOUT_MILLIS) {
      throw new IllegalArgumentException(
          "timeoutInMillis must not be outside 50..29000; use a value such as 5000 instead;"
              + " offending: " + millis);
    }
    this.timeoutInMillis = millis;
    return this;
  }

  /** Sets {@code cacheNamespace}. */
  public IntegrationBuilder withCacheNamespace(String namespace) {
    this.cacheNamespace = Optional.of(Objects.requireNonNull(namespace, "namespace"));
    return this;
  }

  /** Adds a {@code cacheKeyParameters} entry such as {@code method.request.path.id}. */
  public IntegrationBuilder withCacheKeyParameter(String parameter) {
    cacheKeyParameters.add(Objects.requireNonNull(parameter, "parameter"));
    return this;
  }

  /** Sets {@code connectionType} ({@code INTERNET} or {@code VPC_LINK}) and {@code connectionId}. */
  public IntegrationBuilder withConnection(String connectionType, String connectionId) {
    Objects.requireNonNull(connectionType, "connectionType");
    if (!List.of("INTERNET", "VPC_LINK").contains(connectionType)) {
      throw new IllegalArgumentException(
          "connectionType must not be \"" + connectionType + "\"; use INTERNET or VPC_LINK"
              + " instead; offending: \"" + connectionType + "\"");
    }
    this.connectionType = Optional.of(connectionType);
    this.connectionId = Optional.of(Objects.requireNonNull(connectionId, "connectionId"));
    return this;
  }

  /** Sets {@code credentials}: the IAM role ARN API Gateway assumes. */
  public IntegrationBuilder withCredentials(String roleArn) {
    this.credentials = Optional.of(Objects.requireNonNull(roleArn, "roleArn"));
    return this;
  }

  /** Sets {@code tlsConfig.insecureSkipVerification}. */
  public IntegrationBuilder withInsecureSkipVerification(boolean skip) {
    this.tlsConfig = Optional.of(new TlsConfig(skip));
    return this;
  }

  /** Adds an integration response; its status code must be unique on this integration. */
  public IntegrationBuilder respond(IntegrationResponseBuilder response) {
    Objects.requireNonNull(response, "response");
    if (type.isProxy()) {
      throw new IllegalArgumentException(
          "integration responses must not be added to a " + type + " integration, which passes"
              + " the backend response through; use http(..) or aws(..) instead; offending: "
              + "integrationResponse(" + response.statusCode() + ")");
    }
    if (responses.putIfAbsent(response.statusCode(), response) != null) {
      throw new IllegalArgumentException(
          "integration response status must not repeat; use one integrationResponse per status"
              + " with one selection pattern instead; offending: " + response.statusCode());
    }
    return this;
  }

  /** Returns this builder; reads well between calls. */
  public IntegrationBuilder and() {
    return this;
  }

  Integration build(String region, String accountId) {
    Map<String, String> templates = new LinkedHashMap<>(requestTemplates);
    if (type == IntegrationType.MOCK && templates.isEmpty()) {
      templates.put(GatewayDsl.JSON, "{\"statusCode\": 200}");
    }
    Map<String, IntegrationResponse> built = new LinkedHashMap<>();
    responses.forEach((status, r) -> built.put(status, r.build()));
    if (!type.isProxy() && built.isEmpty()) {
      built.put("200", new IntegrationResponseBuilder(200).build());
    }
    Optional<String> resolvedUri =
        lambdaFunctionName ? uri.map(name -> lambdaUri(name, region, accountId)) : uri;
    return new Integration(
        type, httpMethod, resolvedUri, connectionType, connectionId, credentials,
        requestParameters, templates, passthroughBehavior, contentHandling, timeoutInMillis,
        cacheNamespace, cacheKeyParameters, built, tlsConfig);
  }

  private static String lambdaUri(String function, String region, String accountId) {
    if (function.startsWith("arn:aws:apigateway:")) {
      return function;
    }
    String functionArn =
        function.startsWith("arn:")
            ? function
            : "arn:aws:lambda:" + region + ":" + accountId + ":function:" + function;
    return "arn:aws:apigateway:" + region + ":lambda:path/2015-03-31/functions/" + functionArn
        + "/invocations";
  }
}
