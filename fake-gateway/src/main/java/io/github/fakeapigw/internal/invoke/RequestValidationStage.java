package io.github.fakeapigw.internal.invoke;

import io.github.fakeapigw.internal.context.MethodRequest;
import io.github.fakeapigw.internal.validation.BodyValidator;
import io.github.fakeapigw.model.ApiDefinition;
import io.github.fakeapigw.model.Method;
import io.github.fakeapigw.model.RequestValidator;
import io.github.fakeapigw.recording.RecordedValidation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Request validation, between authorization and the integration request, as the method's request
 * validator asks: {@code validateRequestParameters} (every required {@code method.request.*}
 * parameter present) first, then {@code validateRequestBody} (the body against the request model
 * for its content type), failing with the {@code BAD_REQUEST_PARAMETERS} and {@code
 * BAD_REQUEST_BODY} gateway errors. The verdict is recorded either way. Before them, the checks
 * and defaults of the method's {@link ApiExtension.MethodRules} apply (a dialect's own frontend
 * parameter rules).
 *
 * @see <a
 *     href="https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-request-validation.html">
 *     Request validation for REST APIs in API Gateway</a>
 */
final class RequestValidationStage {
  private static final String PREFIX = "method.request.";
  private static final String EMPTY_MODEL = "Empty";

  private final BodyValidator bodies = new BodyValidator();

  /**
   * Applies the extension's rules, then the method's request validator, if it has one.
   *
   * @return the method request as the later stages see it: checked, omitted defaults filled in
   */
  MethodRequest validate(
      Invocation inv, ApiDefinition definition, Method method, MethodRequest request,
      Optional<ApiExtension.MethodRules> rules) throws GatewayFailure {
    if (rules.isPresent()) {
      Optional<ApiExtension.Rejection> rejected = rules.get().validate(request);
      if (rejected.isPresent()) {
        throw GatewayFailure.of(rejected.get());
      }
      request = rules.get().withDefaults(request);
    }
    Optional<RequestValidator> found =
        method.requestValidatorId().map(id -> definition.requestValidators().get(id));
    if (found.isEmpty()) {
      return request;
    }
    RequestValidator validator = found.get();
    List<String> missing = validator.validateRequestParameters()
        ? missingParameters(method.requestParameters(), request)
        : List.of();
    Optional<String> model = Optional.empty();
    List<String> bodyErrors = List.of();
    if (missing.isEmpty() && validator.validateRequestBody()) {
      String modelName = modelFor(method.requestModels(), request);
      model = Optional.of(modelName);
      BodyValidator.Verdict verdict = bodies.validate(
          definition.restApi().id(), definition.models(), modelName, request.body());
      bodyErrors = verdict.reasons();
    }
    RecordedValidation recorded = new RecordedValidation(validator.id(), validator.name(),
        validator.validateRequestParameters(), validator.validateRequestBody(), model, missing,
        bodyErrors);
    inv.validated(recorded);
    if (!missing.isEmpty()) {
      String message = "Missing required request parameters: [" + String.join(", ", missing) + "]";
      throw new GatewayFailure(GatewayError.BAD_REQUEST_PARAMETERS.responseType(), 400, message,
          "BadRequestException", "Request validator '" + validator.name() + "' refused the request: "
              + message + " (required: " + required(method.requestParameters()) + ")");
    }
    if (!bodyErrors.isEmpty()) {
      throw new GatewayFailure(GatewayError.BAD_REQUEST_BODY, "Request validator '"
          + validator.name() + "' refused the body against model " + model.get() + ": "
          + String.join("; ", bodyErrors));
    }
    if (inv.logging()) {
      inv.log("Request validation succeeded for content type "
          + contentType(request).orElse("application/json"));
    }
    return request;
  }

  /** The required parameters the request lacks, sorted by their full key as AWS reports them. */
  static List<String> missingParameters(Map<String, Boolean> parameters, MethodRequest request) {
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, Boolean> p : new TreeMap<>(parameters).entrySet()) {
      if (!Boolean.TRUE.equals(p.getValue()) || !p.getKey().startsWith(PREFIX)) {
        continue;
      }
      String rest = p.getKey().substring(PREFIX.length());
      int dot = rest.indexOf('.');
      if (dot < 0) {
        continue;
      }
      String location = rest.substring(0, dot);
      String name = rest.substring(dot + 1);
      boolean present = switch (location) {
        case "header" -> request.headers().contains(name);
        case "querystring" -> request.queryParameters().containsKey(name);
        case "path" -> {
          String v = request.pathParameters().get(name);
          yield v != null && !v.isEmpty();
        }
        default -> true;
      };
      if (!present) {
        missing.add(name);
      }
    }
    return missing;
  }

  /** The model for the request's content type: exact, else {@code $default}, else Empty. */
  static String modelFor(Map<String, String> requestModels, MethodRequest request) {
    String type = contentType(request).orElse("application/json");
    for (Map.Entry<String, String> m : requestModels.entrySet()) {
      if (m.getKey().equalsIgnoreCase(type)) {
        return m.getValue();
      }
    }
    String fallback = requestModels.get("$default");
    return fallback != null ? fallback : EMPTY_MODEL;
  }

  private static Optional<String> contentType(MethodRequest request) {
    return request.headers().last("Content-Type")
        .map(v -> v.split(";", 2)[0].trim().toLowerCase(Locale.ROOT))
        .filter(v -> !v.isEmpty());
  }

  private static List<String> required(Map<String, Boolean> parameters) {
    return new TreeMap<>(parameters).entrySet().stream()
        .filter(e -> Boolean.TRUE.equals(e.getValue()))
        .map(Map.Entry::getKey)
        .toList();
  }
}
