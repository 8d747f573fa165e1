package io.github.fakeapigw.internal.management;

import io.github.fakeapigw.internal.management.ManagementError.Field;
import io.github.fakeapigw.internal.management.ManagementError.Reason;
import io.github.fakeapigw.internal.mapping.SelectionPatterns;
import io.github.fakeapigw.model.IntegrationType;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Value checks of the model shared by every management dialect. A refusal is a neutral {@link
 * ManagementError.Invalid} naming the field and the reason; each dialect words it (the AWS dialect
 * as API Gateway does, management-api.md section 5).
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

  /** A status code: three digits, {@code [1-5]\\d\\d}. */
  public static void statusCode(String code) {
    if (code == null || !STATUS_CODE.matcher(code).matches()) {
      throw ManagementError.invalid(Field.STATUS_CODE, Reason.MALFORMED, code);
    }
  }

  /** The verb of PutMethod etc. */
  public static void httpMethod(String verb) {
    if (!HTTP_METHODS.contains(verb)) {
      throw ManagementError.notOneOf(Field.HTTP_METHOD, verb, HTTP_METHODS);
    }
  }

  /** Checks an integration's type-specific requirements (verb, uri). */
  public static void integrationTarget(
      IntegrationType type, java.util.Optional<String> verb, java.util.Optional<String> uri,
      java.util.Optional<String> connectionType) {
    if (type == IntegrationType.MOCK) {
      return;
    }
    if (verb.filter(v -> !v.isEmpty()).isEmpty()) {
      throw ManagementError.invalid(Field.INTEGRATION_HTTP_METHOD, Reason.MISSING);
    }
    if (!HTTP_METHODS.contains(verb.get())) {
      throw ManagementError.notOneOf(Field.INTEGRATION_HTTP_METHOD, verb.get(), HTTP_METHODS);
    }
    switch (type) {
      case HTTP, HTTP_PROXY -> {
        if (connectionType.filter("VPC_LINK"::equals).isPresent() && uri.isEmpty()) {
          return;
        }
        if (uri.isEmpty() || !isHttpUrl(uri.get())) {
          throw ManagementError.invalid(Field.INTEGRATION_URL, Reason.MALFORMED, uri.orElse(null));
        }
      }
      case AWS -> {
        var m = AWS_ARN.matcher(uri.orElse(""));
        if (!m.matches()) {
          throw ManagementError.invalid(Field.INTEGRATION_ARN, Reason.MALFORMED, uri.orElse(null));
        }
        if (!m.group(1).startsWith("path/") && !m.group(1).startsWith("action/")) {
          throw ManagementError.notOneOf(Field.INTEGRATION_ARN, uri.get(), List.of("path/", "action/"));
        }
      }
      case AWS_PROXY -> {
        String u = uri.orElse("");
        if (!LAMBDA_INVOCATION.matcher(u).matches() && !FIREHOSE.matcher(u).matches()) {
          throw ManagementError.invalid(Field.INTEGRATION_PROXY_TARGET, Reason.MALFORMED, u);
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
      throw ManagementError.invalid(Field.MINIMUM_COMPRESSION_SIZE, Reason.OUT_OF_RANGE, Integer.toString(size));
    }
  }

  /** {@code timeoutInMillis} range (default quota). */
  public static void timeout(int millis) {
    if (millis < 50 || millis > 29_000) {
      throw ManagementError.invalid(Field.TIMEOUT_IN_MILLIS, Reason.OUT_OF_RANGE, Integer.toString(millis));
    }
  }

  /** A resource path part: literal, {@code {name}} or {@code {name+}}. */
  public static void pathPart(String pathPart) {
    if (pathPart == null || !PATH_PART.matcher(pathPart).matches()) {
      throw ManagementError.invalid(Field.PATH_PART, Reason.MALFORMED, pathPart);
    }
  }

  /** Stage variables (names {@code [A-Za-z0-9_]+}, values {@code [A-Za-z0-9-._~:/?#&=,]+}). */
  public static void stageVariables(Map<String, String> variables) {
    variables.forEach(Validation::stageVariable);
  }

  /** One stage variable. */
  public static void stageVariable(String name, String value) {
    if (!VARIABLE_NAME.matcher(name).matches()) {
      throw ManagementError.invalid(Field.STAGE_VARIABLE_NAME, Reason.MALFORMED, name);
    }
    if (value == null || !VARIABLE_VALUE.matcher(value).matches()) {
      throw ManagementError.invalid(Field.STAGE_VARIABLE_VALUE, Reason.MALFORMED, name, value);
    }
  }

  /** Canary share 0.0..100.0. */
  public static void percentTraffic(double percent) {
    if (!(percent >= 0.0 && percent <= 100.0)) {
      throw ManagementError.invalid(Field.PERCENT_TRAFFIC, Reason.OUT_OF_RANGE, String.valueOf(percent));
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
        throw ManagementError.invalid(Field.METHOD_REQUEST_PARAMETER, Reason.NOT_UNIQUE, key);
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

  private static ManagementError invalidMappingExpression(String expression) {
    return ManagementError.invalid(Field.MAPPING_EXPRESSION, Reason.MALFORMED, expression);
  }

  /** A selection pattern must compile as a Java regex (checked in time linear in its length). */
  public static void selectionPattern(String pattern) {
    try {
      SelectionPatterns.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw ManagementError.invalid(Field.SELECTION_PATTERN, Reason.MALFORMED, pattern);
    }
  }

  private static final com.fasterxml.jackson.databind.ObjectReader STRICT_JSON =
      new com.fasterxml.jackson.databind.ObjectMapper().reader()
          .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** A model's schema must be one JSON value, with nothing after it. */
  public static void modelSchema(String schema) {
    try {
      if (STRICT_JSON.readTree(schema) == null) {
        throw ManagementError.invalid(Field.MODEL_SCHEMA, Reason.EMPTY, schema, "no JSON value");
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw ManagementError.invalid(Field.MODEL_SCHEMA, Reason.MALFORMED, schema, e.getOriginalMessage());
    }
  }

  public static final List<String> ENDPOINT_TYPES = List.of("PRIVATE", "EDGE", "REGIONAL");

  /** Every endpoint type is one of {@link #ENDPOINT_TYPES}. */
  public static void endpointTypes(List<String> types) {
    for (String t : types) {
      if (!ENDPOINT_TYPES.contains(t)) {
        throw ManagementError.notOneOf(Field.ENDPOINT_TYPE, types.toString(), ENDPOINT_TYPES);
      }
    }
  }

  /** One of a closed set of values. */
  public static String oneOf(String value, Field field, List<String> allowed) {
    if (!allowed.contains(value)) {
      throw ManagementError.notOneOf(field, value, allowed);
    }
    return value;
  }

  public static final List<String> CACHE_CLUSTER_SIZES =
      List.of("0.5", "1.6", "6.1", "13.5", "28.4", "58.2", "118", "237");

  /** A cache cluster size of the model's enum. */
  public static void cacheClusterSize(String size, Field field) {
    oneOf(size, field, CACHE_CLUSTER_SIZES);
  }

  public static final List<String> PASSTHROUGH = List.of("WHEN_NO_MATCH", "WHEN_NO_TEMPLATES", "NEVER");
  public static final List<String> CONTENT_HANDLING = List.of("CONVERT_TO_BINARY", "CONVERT_TO_TEXT");
  public static final List<String> CONNECTION_TYPES = List.of("INTERNET", "VPC_LINK");
  public static final List<String> AUTHORIZATION_TYPES =
      List.of("NONE", "AWS_IAM", "CUSTOM", "COGNITO_USER_POOLS");
}
