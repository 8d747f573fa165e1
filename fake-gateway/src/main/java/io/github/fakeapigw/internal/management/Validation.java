package io.github.fakeapigw.internal.management;

import io.github.fakeapigw.model.IntegrationType;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Value checks shared by every management dialect. Messages are AWS's where documented or observed
 * (management-api.md §5, canary.md); where AWS's wording is unknown the message is ours and the
 * method says so.
 */
public final class Validation {
  private Validation() {}

  public static final List<String> HTTP_METHODS =
      List.of("GET", "PUT", "POST", "DELETE", "PATCH", "OPTIONS", "HEAD", "ANY");
  private static final Pattern STATUS_CODE = Pattern.compile("[1-5]\\d\\d");
  private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z0-9_]+");
  private static final Pattern VARIABLE_VALUE = Pattern.compile("[A-Za-z0-9\\-._~:/?#&=,]+");
  private static final Pattern PATH_PART =
      Pattern.compile("[a-zA-Z0-9._:\\-]+|\\{[a-zA-Z0-9._\\-]+\\+?\\}");
  private static final Pattern INTEGRATION_REQUEST_KEY =
      Pattern.compile("integration\\.request\\.(path|querystring|header)\\.[^.\\s][^\\s]*");
  private static final Pattern METHOD_REQUEST_KEY =
      Pattern.compile("method\\.request\\.(path|querystring|header)\\.([^\\s]+)");
  private static final Pattern METHOD_RESPONSE_HEADER =
      Pattern.compile("method\\.response\\.header\\.[^\\s]+");
  private static final Pattern REQUEST_SOURCE =
      Pattern.compile(
          "method\\.request\\.(path|querystring|multivaluequerystring|header|multivalueheader)\\.[^\\s]+"
              + "|method\\.request\\.body(\\..+)?"
              + "|context\\.[A-Za-z0-9_.\\-]+"
              + "|stageVariables\\.[A-Za-z0-9_]+"
              + "|'[^']*'");
  private static final Pattern RESPONSE_SOURCE =
      Pattern.compile(
          "integration\\.response\\.(header|multivalueheader)\\.[^\\s]+"
              + "|integration\\.response\\.body(\\..+)?"
              + "|context\\.[A-Za-z0-9_.\\-]+"
              + "|stageVariables\\.[A-Za-z0-9_]+"
              + "|'[^']*'");
  private static final Pattern LAMBDA_INVOCATION =
      Pattern.compile(
          "arn:aws[a-zA-Z-]*:apigateway:[a-z0-9-]+:lambda:path/+2015-03-31/functions/"
              + "arn:aws[a-zA-Z-]*:lambda:[a-z0-9-]+:\\d{12}:function:[A-Za-z0-9_\\-${}.:]+"
              + "/invocations"
              + "|arn:aws[a-zA-Z-]*:apigateway:[a-z0-9-]+:lambda:path/+2015-03-31/functions/"
              + "\\$\\{stageVariables\\.[A-Za-z0-9_]+\\}/invocations");
  private static final Pattern FIREHOSE =
      Pattern.compile("arn:aws[a-zA-Z-]*:apigateway:[a-z0-9-]+:firehose:(path|action)/.+");
  private static final Pattern AWS_ARN = Pattern.compile("arn:aws[a-zA-Z-]*:apigateway:[a-z0-9-]*:[^:]+:(.*)");

  /** {@code 1 validation error detected: Value 'x' at 'statusCode' ...}. */
  public static void statusCode(String code) {
    if (code == null || !STATUS_CODE.matcher(code).matches()) {
      throw ApiException.validation(
          "1 validation error detected: Value '" + code + "' at 'statusCode' failed to satisfy "
              + "constraint: Member must satisfy regular expression pattern: [1-5]\\d\\d");
    }
  }

  /** The verb of PutMethod etc. */
  public static void httpMethod(String verb) {
    if (!HTTP_METHODS.contains(verb)) {
      throw ApiException.badRequest(
          "Invalid HttpMethod specified. Valid options are GET,PUT,POST,DELETE,PATCH,OPTIONS,HEAD,ANY");
    }
  }

  /** The ValidationException AWS sends for a value outside a modeled enum. */
  public static ApiException enumViolation(String value, String where, List<String> allowed) {
    return ApiException.validation(
        "1 validation error detected: Value '" + value + "' at '" + where
            + "' failed to satisfy constraint: Member must satisfy enum value set: ["
            + String.join(", ", allowed) + "]");
  }

  /** The ValidationException AWS sends for a missing required member. */
  public static ApiException missing(String where) {
    return ApiException.validation(
        "1 validation error detected: Value null at '" + where
            + "' failed to satisfy constraint: Member must not be null");
  }

  /** Parses an integration type, failing with AWS's ValidationException text. */
  public static IntegrationType integrationType(String type, String where) {
    if (type == null) {
      throw missing(where);
    }
    for (IntegrationType t : IntegrationType.values()) {
      if (t.name().equals(type)) {
        return t;
      }
    }
    throw enumViolation(type, where, List.of("HTTP", "MOCK", "AWS_PROXY", "HTTP_PROXY", "AWS"));
  }

  /** Checks an integration's type-specific requirements (verb, uri). */
  public static void integrationTarget(
      IntegrationType type, java.util.Optional<String> verb, java.util.Optional<String> uri,
      java.util.Optional<String> connectionType) {
    if (type == IntegrationType.MOCK) {
      return;
    }
    if (verb.filter(v -> !v.isEmpty()).isEmpty()) {
      throw ApiException.badRequest("Enumeration value for HttpMethod must be non-empty");
    }
    httpMethod(verb.get());
    switch (type) {
      case HTTP, HTTP_PROXY -> {
        if (connectionType.filter("VPC_LINK"::equals).isPresent() && uri.isEmpty()) {
          return;
        }
        if (uri.isEmpty() || !isHttpUrl(uri.get())) {
          throw ApiException.badRequest("Invalid HTTP endpoint specified for URI");
        }
      }
      case AWS -> {
        var m = AWS_ARN.matcher(uri.orElse(""));
        if (!m.matches()) {
          throw ApiException.badRequest("Invalid ARN specified in the request");
        }
        if (!m.group(1).startsWith("path/") && !m.group(1).startsWith("action/")) {
          throw ApiException.badRequest("AWS ARN for integration must contain path or action");
        }
      }
      case AWS_PROXY -> {
        String u = uri.orElse("");
        if (!LAMBDA_INVOCATION.matcher(u).matches() && !FIREHOSE.matcher(u).matches()) {
          throw ApiException.badRequest(
              "Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose"
                  + " stream invocations.");
        }
      }
      default -> { }
    }
  }

  private static boolean isHttpUrl(String uri) {
    try {
      // stage variables and path parameters may appear in the URI: check a neutral rendering
      URI u = new URI(uri.replaceAll("\\$\\{[^}]*\\}", "x").replaceAll("\\{[^}]*\\}", "x"));
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  /** {@code minimumCompressionSize}: 0..10485760 bytes. */
  public static void compressionSize(int size) {
    if (size < 0 || size > 10_485_760) {
      throw ApiException.badRequest("Invalid minimum compression size, must be between 0 and 10485760");
    }
  }

  /** {@code timeoutInMillis} range (default quota). */
  public static void timeout(int millis) {
    if (millis < 50 || millis > 29_000) {
      throw ApiException.badRequest("Timeout should be between 50 ms and 29000 ms");
    }
  }

  /** A resource path part: literal, {@code {name}} or {@code {name+}}. */
  public static void pathPart(String pathPart) {
    if (pathPart == null || !PATH_PART.matcher(pathPart).matches()) {
      throw ApiException.badRequest(
          "Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning and the"
              + " end and an optional plus sign before the closing brace.");
    }
  }

  /** Stage variables (names {@code [A-Za-z0-9_]+}, values {@code [A-Za-z0-9-._~:/?#&=,]+}). */
  public static void stageVariables(Map<String, String> variables) {
    variables.forEach(Validation::stageVariable);
  }

  /** One stage variable. AWS's wording for these two refusals is not documented; ours. */
  public static void stageVariable(String name, String value) {
    if (!VARIABLE_NAME.matcher(name).matches()) {
      throw ApiException.badRequest(
          "Stage variable name '" + name + "' is invalid: names must match [A-Za-z0-9_]+");
    }
    if (value == null || !VARIABLE_VALUE.matcher(value).matches()) {
      throw ApiException.badRequest(
          "Stage variable value '" + value + "' of '" + name
              + "' is invalid: values must match [A-Za-z0-9-._~:/?#&=,]+");
    }
  }

  /** Canary share 0.0..100.0 (AWS's wording for the refusal is not documented; ours). */
  public static void percentTraffic(double percent) {
    if (!(percent >= 0.0 && percent <= 100.0)) {
      throw ApiException.badRequest(
          "Invalid percentTraffic specified: " + percent + ". Must be between 0.0 and 100.0");
    }
  }

  /** Method request parameter names ({@code method.request.{path|querystring|header}.{name}}). */
  public static void methodRequestParameters(Set<String> keys) {
    java.util.Map<String, String> seen = new java.util.HashMap<>();
    for (String key : keys) {
      var m = METHOD_REQUEST_KEY.matcher(key);
      if (!m.matches()) {
        throw invalidMappingExpression(key);
      }
      String previous = seen.put(m.group(2), m.group(1));
      if (previous != null && !previous.equals(m.group(1))) {
        throw ApiException.badRequest(
            "Parameter names must be unique across querystring, header and path");
      }
    }
  }

  /** Integration request parameter mappings (target key and source expression). */
  public static void integrationRequestParameter(String key, String source) {
    if (!INTEGRATION_REQUEST_KEY.matcher(key).matches()) {
      throw invalidMappingExpression(key);
    }
    if (source == null || !REQUEST_SOURCE.matcher(source).matches()) {
      throw invalidMappingExpression(String.valueOf(source));
    }
  }

  /** Integration response header mappings. */
  public static void integrationResponseParameter(String key, String source) {
    if (!METHOD_RESPONSE_HEADER.matcher(key).matches()) {
      throw invalidMappingExpression(key);
    }
    if (source == null || !RESPONSE_SOURCE.matcher(source).matches()) {
      throw invalidMappingExpression(String.valueOf(source));
    }
  }

  /** Method response header names. */
  public static void methodResponseParameter(String key) {
    if (!METHOD_RESPONSE_HEADER.matcher(key).matches()) {
      throw invalidMappingExpression(key);
    }
  }

  /** AWS's family for bad mapping expressions (the inner wording is ours; AWS's varies). */
  static ApiException invalidMappingExpression(String expression) {
    return ApiException.badRequest(
        "Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid"
            + " mapping expression specified: " + expression + "]");
  }

  /** A selection pattern must compile as a Java regex (our wording). */
  public static void selectionPattern(String pattern) {
    try {
      Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw ApiException.badRequest(
          "Invalid selection pattern specified: '" + pattern + "' is not a valid regular expression");
    }
  }

  /** One of a closed set of values; our BadRequest wording (AWS's differs per field). */
  public static String oneOf(String value, String field, List<String> allowed) {
    if (!allowed.contains(value)) {
      throw ApiException.badRequest(
          "Invalid " + field + " specified: '" + value + "'. Must be one of: " + allowed);
    }
    return value;
  }

  public static final List<String> CACHE_CLUSTER_SIZES =
      List.of("0.5", "1.6", "6.1", "13.5", "28.4", "58.2", "118", "237");

  /** A cache cluster size of the model's enum (ValidationException at {@code where}). */
  public static void cacheClusterSize(String size, String where) {
    if (!CACHE_CLUSTER_SIZES.contains(size)) {
      throw enumViolation(size, where, CACHE_CLUSTER_SIZES);
    }
  }

  public static final List<String> PASSTHROUGH = List.of("WHEN_NO_MATCH", "WHEN_NO_TEMPLATES", "NEVER");
  public static final List<String> CONTENT_HANDLING = List.of("CONVERT_TO_BINARY", "CONVERT_TO_TEXT");
  public static final List<String> CONNECTION_TYPES = List.of("INTERNET", "VPC_LINK");
  public static final List<String> AUTHORIZATION_TYPES =
      List.of("NONE", "AWS_IAM", "CUSTOM", "COGNITO_USER_POOLS");
}
