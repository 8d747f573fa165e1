package io.github.fakeapigw.dsl;

import io.github.fakeapigw.model.IntegrationType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Static factories of the fluent DSL that describes REST APIs for {@link
 * io.github.fakeapigw.FakeApiGateway#deploy}. Import them statically:
 *
 * <pre>{@code
 * import static io.github.fakeapigw.dsl.GatewayDsl.*;
 *
 * DeployedApi orders = gateway.deploy(restApi("orders")
 *     .resource("/orders/{id}", get()
 *         .withRequiredParameter("method.request.path.id")
 *         .integration(http(GET, backend.url("/v1/orders/{id}"))
 *             .withRequestParameter("integration.request.path.id", "method.request.path.id")))
 *     .stage("test", stage().withVariable("flavour", "old")));
 * }</pre>
 *
 * <p>Builders are single-use and not thread-safe; {@code with*} sets an optional attribute and
 * {@code and()} only returns the builder. Invalid arguments fail at once with an {@link
 * IllegalArgumentException} that says what to use instead.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class GatewayDsl {
  /** The {@code GET} verb. */
  public static final String GET = "GET";
  /** The {@code POST} verb. */
  public static final String POST = "POST";
  /** The {@code PUT} verb. */
  public static final String PUT = "PUT";
  /** The {@code DELETE} verb. */
  public static final String DELETE = "DELETE";
  /** The {@code PATCH} verb. */
  public static final String PATCH = "PATCH";
  /** The {@code HEAD} verb. */
  public static final String HEAD = "HEAD";
  /** The {@code OPTIONS} verb. */
  public static final String OPTIONS = "OPTIONS";
  /** API Gateway's catch-all method {@code ANY}. */
  public static final String ANY = "ANY";
  /** The {@code application/json} content type, the usual template key. */
  public static final String JSON = "application/json";

  private static final List<String> VERBS =
      List.of(GET, POST, PUT, DELETE, PATCH, HEAD, OPTIONS, ANY);

  private GatewayDsl() {}

  /** Starts a REST API with the given {@code name}. */
  public static RestApiBuilder restApi(String name) {
    return new RestApiBuilder(name);
  }

  /** Starts a {@code GET} method. */
  public static MethodBuilder get() {
    return new MethodBuilder(GET);
  }

  /** Starts a {@code POST} method. */
  public static MethodBuilder post() {
    return new MethodBuilder(POST);
  }

  /** Starts a {@code PUT} method. */
  public static MethodBuilder put() {
    return new MethodBuilder(PUT);
  }

  /** Starts a {@code DELETE} method. */
  public static MethodBuilder delete() {
    return new MethodBuilder(DELETE);
  }

  /** Starts a {@code PATCH} method. */
  public static MethodBuilder patch() {
    return new MethodBuilder(PATCH);
  }

  /** Starts an {@code ANY} method, which serves every verb without a method of its own. */
  public static MethodBuilder any() {
    return new MethodBuilder(ANY);
  }

  /** Starts a method with the given verb ({@code GET}, ..., {@code ANY}). */
  public static MethodBuilder method(String verb) {
    return new MethodBuilder(verb(verb));
  }

  /** Starts an {@code HTTP} integration: a mapped call with {@code verb} to {@code uri}. */
  public static IntegrationBuilder http(String verb, String uri) {
    return new IntegrationBuilder(
        IntegrationType.HTTP, Optional.of(integrationVerb(verb)), Optional.of(httpUri(uri)), false);
  }

  /** Starts an {@code HTTP_PROXY} integration: the request is passed through to {@code uri}. */
  public static IntegrationBuilder httpProxy(String verb, String uri) {
    return new IntegrationBuilder(
        IntegrationType.HTTP_PROXY, Optional.of(integrationVerb(verb)), Optional.of(httpUri(uri)),
        false);
  }

  /** Starts a {@code MOCK} integration, answered by the gateway from its templates. */
  public static IntegrationBuilder mock() {
    return new IntegrationBuilder(IntegrationType.MOCK, Optional.empty(), Optional.empty(), false);
  }

  /**
   * Starts an {@code AWS_PROXY} (Lambda proxy) integration. Accepts a function name ({@code
   * prices}), a function ARN, or a full {@code arn:aws:apigateway:...:lambda:path/...} URI; names
   * and ARNs are expanded with the gateway's region and account.
   */
  public static IntegrationBuilder awsProxy(String functionNameOrUri) {
    Checks.notBlank(functionNameOrUri, "function", "a Lambda function name such as \"prices\"");
    return new IntegrationBuilder(
        IntegrationType.AWS_PROXY, Optional.of(POST), Optional.of(functionNameOrUri), true);
  }

  /**
   * Starts an {@code AWS} (non-proxy) integration calling {@code uri}, an {@code
   * arn:aws:apigateway:{region}:{service}:{path|action}/...} URI, with {@code verb}.
   */
  public static IntegrationBuilder aws(String verb, String uri) {
    Objects.requireNonNull(uri, "uri");
    if (!uri.startsWith("arn:aws:apigateway:")) {
      throw new IllegalArgumentException(
          "AWS integration uri must not be \"" + uri + "\"; use an API Gateway service ARN such"
              + " as \"arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
              + "arn:aws:lambda:us-east-1:123456789012:function:prices/invocations\" instead;"
              + " offending: \"" + uri + "\"");
    }
    return new IntegrationBuilder(
        IntegrationType.AWS, Optional.of(integrationVerb(verb)), Optional.of(uri), false);
  }

  /** Starts an integration response for {@code statusCode}; see {@link IntegrationResponseBuilder}. */
  public static IntegrationResponseBuilder integrationResponse(int statusCode) {
    return new IntegrationResponseBuilder(statusCode);
  }

  /** Starts a method response for {@code statusCode}; see {@link MethodResponseBuilder}. */
  public static MethodResponseBuilder methodResponse(int statusCode) {
    return new MethodResponseBuilder(statusCode);
  }

  /** Starts a gateway response of a type such as {@code DEFAULT_4XX} or {@code MISSING_AUTHENTICATION_TOKEN}. */
  public static GatewayResponseBuilder gatewayResponse(String responseType) {
    Objects.requireNonNull(responseType, "responseType");
    if (!responseType.matches("[A-Z0-9_]+")) {
      throw new IllegalArgumentException(
          "gateway response type must not be \"" + responseType + "\"; use a type such as"
              + " DEFAULT_4XX instead; offending: \"" + responseType + "\"");
    }
    return new GatewayResponseBuilder(responseType);
  }

  /** Starts stage settings; see {@link StageBuilder}. */
  public static StageBuilder stage() {
    return new StageBuilder();
  }

  /** Starts canary settings sending {@code percentTraffic} (0.0 to 100.0) to the canary. */
  public static CanaryBuilder canary(double percentTraffic) {
    return new CanaryBuilder(percentTraffic);
  }

  /**
   * Reads a template from the classpath (UTF-8), for {@code withRequestTemplate} and {@code
   * withTemplate}: {@code template("apigateway/templates/get-order.vtl")}.
   *
   * @throws IllegalArgumentException if there is no such resource
   */
  public static String template(String classpathPath) {
    Objects.requireNonNull(classpathPath, "classpathPath");
    String path = classpathPath.startsWith("/") ? classpathPath.substring(1) : classpathPath;
    ClassLoader loader =
        Optional.ofNullable(Thread.currentThread().getContextClassLoader())
            .orElse(GatewayDsl.class.getClassLoader());
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "template must not name a missing classpath resource; use a path relative to the"
                + " classpath root such as \"apigateway/templates/get-order.vtl\" instead;"
                + " offending: \"" + classpathPath + "\"");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Reading template \"" + classpathPath + "\" failed", e);
    }
  }

  static String verb(String verb) {
    Objects.requireNonNull(verb, "verb");
    String upper = verb.toUpperCase(Locale.ROOT);
    if (!VERBS.contains(upper)) {
      throw new IllegalArgumentException(
          "HTTP method must not be \"" + verb + "\"; use one of " + VERBS + " instead; offending: \""
              + verb + "\"");
    }
    return upper;
  }

  private static String integrationVerb(String verb) {
    return verb(verb);
  }

  private static String httpUri(String uri) {
    Objects.requireNonNull(uri, "uri");
    if (!uri.startsWith("http://") && !uri.startsWith("https://")) {
      throw new IllegalArgumentException(
          "HTTP integration uri must not be \"" + uri + "\"; use an absolute http(s) URL such as"
              + " backend.url(\"/v1/orders/{id}\") instead; offending: \"" + uri + "\"");
    }
    return uri;
  }

  static String contentHandling(String value) {
    Objects.requireNonNull(value, "contentHandling");
    if (!value.equals("CONVERT_TO_TEXT") && !value.equals("CONVERT_TO_BINARY")) {
      throw new IllegalArgumentException(
          "contentHandling must not be \"" + value + "\"; use CONVERT_TO_TEXT or CONVERT_TO_BINARY"
              + " instead; offending: \"" + value + "\"");
    }
    return value;
  }

  static String stageVariableName(String name) {
    Objects.requireNonNull(name, "name");
    if (!name.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException(
          "stage variable name must not contain anything but letters, digits and '_'; use a name"
              + " such as \"flavour\" instead; offending: \"" + name + "\"");
    }
    return name;
  }
}
