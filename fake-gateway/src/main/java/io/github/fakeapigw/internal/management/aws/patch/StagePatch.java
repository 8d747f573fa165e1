package io.github.fakeapigw.internal.management.aws.patch;

import static io.github.fakeapigw.internal.management.aws.patch.PatchOperation.Op.ADD;
import static io.github.fakeapigw.internal.management.aws.patch.PatchOperation.Op.REMOVE;
import static io.github.fakeapigw.internal.management.aws.patch.PatchOperation.Op.REPLACE;

import io.github.fakeapigw.internal.management.aws.ApiException;
import io.github.fakeapigw.internal.management.aws.AwsValues;
import io.github.fakeapigw.internal.management.Validation;
import io.github.fakeapigw.model.AccessLogSettings;
import io.github.fakeapigw.model.CanarySettings;
import io.github.fakeapigw.model.MethodSetting;
import io.github.fakeapigw.model.Stage;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * UpdateStage's PATCH rules (management-api.md §7, canary.md §3): plain fields, stage variables,
 * method settings, access log settings, canary settings and the {@code copy} promotion. Whether a
 * deployment id names an existing deployment is the service's check, run on the patched stage.
 */
final class StagePatch {
  private StagePatch() {}

  /** AWS's list of valid stage paths, verbatim (including its missing commas). */
  static final String VALID_PATHS = "[/deploymentId, /description, /cacheClusterEnabled, /cacheClusterSize, "
      + "/clientCertificateId, /accessLogSettings, /accessLogSettings/destinationArn, /accessLogSettings/format, "
      + "/{resourcePath}/{httpMethod}/metrics/enabled, /{resourcePath}/{httpMethod}/logging/dataTrace, "
      + "/{resourcePath}/{httpMethod}/logging/loglevel, /{resourcePath}/{httpMethod}/throttling/burstLimit"
      + "/{resourcePath}/{httpMethod}/throttling/rateLimit/{resourcePath}/{httpMethod}/caching/ttlInSeconds, "
      + "/{resourcePath}/{httpMethod}/caching/enabled, /{resourcePath}/{httpMethod}/caching/dataEncrypted, "
      + "/{resourcePath}/{httpMethod}/caching/requireAuthorizationForCacheControl, "
      + "/{resourcePath}/{httpMethod}/caching/unauthorizedCacheControlHeaderStrategy, /*/*/metrics/enabled, "
      + "/*/*/logging/dataTrace, /*/*/logging/loglevel, /*/*/throttling/burstLimit /*/*/throttling/rateLimit "
      + "/*/*/caching/ttlInSeconds, /*/*/caching/enabled, /*/*/caching/dataEncrypted, "
      + "/*/*/caching/requireAuthorizationForCacheControl, /*/*/caching/unauthorizedCacheControlHeaderStrategy, "
      + "/variables/{variable_name}, /tracingEnabled]";

  private static final List<String> SETTINGS = List.of("metrics/enabled", "logging/dataTrace", "logging/loglevel",
      "throttling/burstLimit", "throttling/rateLimit", "caching/enabled", "caching/ttlInSeconds",
      "caching/dataEncrypted", "caching/requireAuthorizationForCacheControl",
      "caching/unauthorizedCacheControlHeaderStrategy");

  static ApiException invalidStagePath(PatchOperation op) {
    return ApiException.badRequest("Invalid method setting path: " + op.pathText() + ". Must be one of: " + VALID_PATHS);
  }

  private static ApiException cannotRemove(String setting) {
    return ApiException.badRequest(
        "Cannot remove method setting " + setting + " because there is no method setting for this method ");
  }

  static final PatchRules<Stage> RULES = PatchRules.<Stage>builder()
        .every(PatchOperation.Op.COPY, StagePatch::copy)
        .field("/deploymentId", EnumSet.of(REPLACE), (s, op) -> s.withDeploymentId(PatchValues.required(op)))
        .field("/description", EnumSet.of(REPLACE), (s, op) ->
            s.withDescription(PatchValues.clearable(op)))
        .field("/cacheClusterEnabled", EnumSet.of(REPLACE), (s, op) ->
            s.withCacheClusterEnabled(PatchValues.bool(op)))
        .field("/cacheClusterSize", EnumSet.of(REPLACE), (s, op) ->
            s.withCacheClusterSize(Optional.of(AwsValues.oneOf(PatchValues.required(op),
                "cache cluster size", Validation.CACHE_CLUSTER_SIZES))))
        .field("/clientCertificateId", EnumSet.of(REPLACE), (s, op) ->
            s.withClientCertificateId(PatchValues.clearable(op)))
        .field("/tracingEnabled", EnumSet.of(REPLACE), (s, op) ->
            s.withTracingEnabled(PatchValues.bool(op)))
        .keyed("/variables", EnumSet.of(ADD, REPLACE, REMOVE), (s, op, name) -> {
          Map<String, String> vars = new LinkedHashMap<>(s.variables());
          if (op.op() == REMOVE) {
            vars.remove(name);
          } else {
            String value = PatchValues.required(op);
            Validation.stageVariable(name, value);
            vars.put(name, value);
          }
          return s.withVariables(vars);
        })
        .field("/accessLogSettings", EnumSet.of(REMOVE), (s, op) ->
            s.withAccessLogSettings(Optional.empty()))
        .otherwise(StagePatch::other)
        .build();

  private static Stage other(Stage s, PatchOperation op) {
    String path = op.path().orElseThrow(() -> PatchRules.invalidPath(op));
    if (path.startsWith("/canarySettings")) {
      return canary(s, op, path);
    }
    if (path.startsWith("/accessLogSettings/")) {
      return accessLog(s, op, path);
    }
    List<String> tokens = JsonPointer.tokens(path);
    if (tokens.size() == 2 && op.op() == REMOVE) {
      String key = settingKey(tokens.get(0), tokens.get(1));
      if (!s.methodSettings().containsKey(key)) {
        throw cannotRemove(key);
      }
      Map<String, MethodSetting> settings = new LinkedHashMap<>(s.methodSettings());
      settings.remove(key);
      return s.withMethodSettings(settings);
    }
    if (tokens.size() == 4 && SETTINGS.contains(tokens.get(2) + "/" + tokens.get(3))) {
      if (op.op() != REPLACE) {
        throw PatchRules.notAllowed(EnumSet.of(REPLACE));
      }
      return methodSetting(s, op, settingKey(tokens.get(0), tokens.get(1)), tokens.get(2) + "/" + tokens.get(3));
    }
    throw invalidStagePath(op);
  }

  /** {@code "*"/"*"} stays {@code * / *}; a resource path loses its leading slash. */
  private static String settingKey(String resourcePath, String verb) {
    String p = resourcePath.startsWith("/") ? resourcePath.substring(1) : resourcePath;
    return p + "/" + verb;
  }

  private static Stage methodSetting(Stage s, PatchOperation op, String key, String setting) {
    MethodSetting current = s.methodSettings().getOrDefault(key,
        s.methodSettings().getOrDefault("*/*", MethodSetting.defaults()));
    MethodSetting next = switch (setting) {
      case "metrics/enabled" -> current.withMetricsEnabled(PatchValues.bool(op));
      case "logging/dataTrace" -> current.withDataTraceEnabled(PatchValues.bool(op));
      case "logging/loglevel" -> current.withLoggingLevel(
          Optional.of(AwsValues.oneOf(PatchValues.required(op), "logging level", List.of("OFF", "ERROR", "INFO"))));
      case "throttling/burstLimit" -> current.withThrottlingBurstLimit(PatchValues.integer(op));
      case "throttling/rateLimit" -> current.withThrottlingRateLimit(PatchValues.number(op));
      case "caching/enabled" -> current.withCachingEnabled(PatchValues.bool(op));
      case "caching/ttlInSeconds" -> current.withCacheTtlInSeconds(PatchValues.integer(op));
      case "caching/dataEncrypted" -> current.withCacheDataEncrypted(PatchValues.bool(op));
      case "caching/requireAuthorizationForCacheControl" ->
          current.withRequireAuthorizationForCacheControl(PatchValues.bool(op));
      default -> current.withUnauthorizedCacheControlHeaderStrategy(AwsValues.oneOf(PatchValues.required(op),
          "unauthorized cache control header strategy",
          List.of("FAIL_WITH_403", "SUCCEED_WITH_RESPONSE_HEADER", "SUCCEED_WITHOUT_RESPONSE_HEADER")));
    };
    Map<String, MethodSetting> settings = new LinkedHashMap<>(s.methodSettings());
    settings.put(key, next);
    return s.withMethodSettings(settings);
  }

  private static Stage accessLog(Stage s, PatchOperation op, String path) {
    if (!path.equals("/accessLogSettings/destinationArn") && !path.equals("/accessLogSettings/format")) {
      throw ApiException.badRequest("Invalid accessLogSettings path. Must be one of : "
          + "[/accessLogSettings/destinationArn, /accessLogSettings/format]");
    }
    if (op.op() != ADD && op.op() != REPLACE) {
      throw PatchRules.notAllowed(EnumSet.of(ADD, REPLACE));
    }
    String value = op.value().orElse("");
    if (value.isEmpty()) {
      throw ApiException.badRequest("Access Log value must not be empty");
    }
    AccessLogSettings current = s.accessLogSettings().orElse(new AccessLogSettings(Optional.empty(), Optional.empty()));
    AccessLogSettings next = path.endsWith("/format")
        ? new AccessLogSettings(Optional.of(value), current.destinationArn())
        : new AccessLogSettings(current.format(), Optional.of(value));
    return s.withAccessLogSettings(Optional.of(next));
  }

  private static Stage canary(Stage s, PatchOperation op, String path) {
    String sub = path.substring("/canarySettings".length());
    if (op.op() == ADD) {
      throw ApiException.badRequest("Invalid add operation with path: " + path);
    }
    if (sub.isEmpty() && op.op() == REMOVE) {
      return s.withCanarySettings(Optional.empty());
    }
    if (op.op() == REMOVE) {
      if (sub.startsWith("/stageVariableOverrides/") && sub.length() > "/stageVariableOverrides/".length()) {
        String name = JsonPointer.unescape(sub.substring("/stageVariableOverrides/".length()));
        return s.canarySettings().map(c -> {
          Map<String, String> o = new LinkedHashMap<>(c.stageVariableOverrides());
          o.remove(name);
          return s.withCanarySettings(Optional.of(
              new CanarySettings(c.deploymentId(), c.percentTraffic(), o, c.useStageCache())));
        }).orElse(s);
      }
      throw cannotRemove(path.substring(1));
    }
    if (op.op() != REPLACE) {
      throw PatchRules.notAllowed(EnumSet.of(REPLACE, REMOVE));
    }
    CanarySettings c = s.canarySettings().orElse(new CanarySettings(s.deploymentId(), 0.0, Map.of(), false));
    CanarySettings next;
    if (sub.equals("/percentTraffic")) {
      double percent = PatchValues.number(op);
      Validation.percentTraffic(percent);
      next = new CanarySettings(c.deploymentId(), percent, c.stageVariableOverrides(), c.useStageCache());
    } else if (sub.equals("/deploymentId")) {
      next = c.withDeploymentId(PatchValues.required(op));
    } else if (sub.equals("/useStageCache")) {
      next = new CanarySettings(c.deploymentId(), c.percentTraffic(), c.stageVariableOverrides(), PatchValues.bool(op));
    } else if (sub.startsWith("/stageVariableOverrides/") && sub.length() > "/stageVariableOverrides/".length()) {
      String name = JsonPointer.unescape(sub.substring("/stageVariableOverrides/".length()));
      String value = PatchValues.required(op);
      Validation.stageVariable(name, value);
      Map<String, String> o = new LinkedHashMap<>(c.stageVariableOverrides());
      o.put(name, value);
      next = new CanarySettings(c.deploymentId(), c.percentTraffic(), o, c.useStageCache());
    } else {
      throw invalidStagePath(op);
    }
    return s.withCanarySettings(Optional.of(next));
  }

  private static Stage copy(Stage s, PatchOperation op) {
    String path = op.pathText();
    String from = op.from().orElse("null");
    boolean deployment = path.equals("/deploymentId") && from.equals("/canarySettings/deploymentId");
    boolean variables = path.equals("/variables") && from.equals("/canarySettings/stageVariableOverrides");
    if (!deployment && !variables) {
      throw ApiException.badRequest("Invalid copy operation with path: " + path + " and from " + from
          + ". Valid copy:path are [/deploymentId, /variables] and valid copy:from are "
          + "[/canarySettings/deploymentId, /canarySettings/stageVariableOverrides]");
    }
    CanarySettings c = s.canarySettings()
        .orElseThrow(() -> ApiException.badRequest("Promotion not available. Canary does not exist."));
    if (deployment) {
      return s.withDeploymentId(c.deploymentId());
    }
    Map<String, String> vars = new LinkedHashMap<>(s.variables());
    vars.putAll(c.stageVariableOverrides());
    return s.withVariables(vars);
  }
}
