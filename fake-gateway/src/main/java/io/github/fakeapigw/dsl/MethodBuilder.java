package io.github.fakeapigw.dsl;

import io.github.fakeapigw.model.Integration;
import io.github.fakeapigw.model.Method;
import io.github.fakeapigw.model.MethodResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Builds a resource's {@code Method}; start with {@link GatewayDsl#get()}, {@link GatewayDsl#post()}
 * and friends.
 *
 * <p>Every status of the integration's responses that has no {@link #respond(MethodResponseBuilder)
 * method response} gets one, declaring the headers the integration response maps.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class MethodBuilder {
  private final String httpMethod;
  private final Map<String, Boolean> requestParameters = new LinkedHashMap<>();
  private final Map<String, String> requestModels = new LinkedHashMap<>();
  private final Map<String, MethodResponseBuilder> methodResponses = new LinkedHashMap<>();
  private Optional<IntegrationBuilder> integration = Optional.empty();
  private boolean apiKeyRequired;
  private Optional<String> operationName = Optional.empty();
  private Optional<String> requestValidator = Optional.empty();

  MethodBuilder(String httpMethod) {
    this.httpMethod = httpMethod;
  }

  /** Declares a required {@code requestParameters} entry ({@code method.request.path.id}, ...). */
  public MethodBuilder withRequiredParameter(String parameter) {
    requestParameters.put(checkParameter(parameter), true);
    return this;
  }

  /** Declares an optional {@code requestParameters} entry ({@code method.request.querystring.q}). */
  public MethodBuilder withOptionalParameter(String parameter) {
    requestParameters.put(checkParameter(parameter), false);
    return this;
  }

  /** Sets {@code apiKeyRequired} to true: callers must send a valid {@code x-api-key}. */
  public MethodBuilder withApiKeyRequired() {
    this.apiKeyRequired = true;
    return this;
  }

  /** Sets {@code operationName}. */
  public MethodBuilder withOperationName(String name) {
    this.operationName = Optional.of(Objects.requireNonNull(name, "name"));
    return this;
  }

  /** Adds a {@code requestModels} entry: content type to the name of a model of the API. */
  public MethodBuilder withRequestModel(String contentType, String modelName) {
    requestModels.put(
        Checks.notBlank(contentType, "contentType", "\"application/json\""),
        Objects.requireNonNull(modelName, "modelName"));
    return this;
  }

  /**
   * Sets {@code requestValidatorId} to the validator with this name, declared with {@link
   * RestApiBuilder#withRequestValidator}.
   */
  public MethodBuilder withRequestValidator(String name) {
    this.requestValidator = Optional.of(Objects.requireNonNull(name, "name"));
    return this;
  }

  /** Sets the method's {@code methodIntegration}. */
  public MethodBuilder integration(IntegrationBuilder integration) {
    Objects.requireNonNull(integration, "integration");
    if (this.integration.isPresent()) {
      throw new IllegalArgumentException(
          "a method must not have two integrations; use one integration(..) per method instead;"
              + " offending: second integration on " + httpMethod);
    }
    this.integration = Optional.of(integration);
    return this;
  }

  /** Adds a method response; its status code must be unique on this method. */
  public MethodBuilder respond(MethodResponseBuilder response) {
    Objects.requireNonNull(response, "response");
    if (methodResponses.putIfAbsent(response.statusCode(), response) != null) {
      throw new IllegalArgumentException(
          "method response status must not repeat; use one methodResponse per status instead;"
              + " offending: " + response.statusCode());
    }
    return this;
  }

  /** Returns this builder; reads well between calls. */
  public MethodBuilder and() {
    return this;
  }

  String httpMethod() {
    return httpMethod;
  }

  Method build(String path, Map<String, String> validatorIds, String region, String accountId) {
    if (integration.isEmpty()) {
      throw new IllegalArgumentException(
          "method " + httpMethod + " " + path + " must not lack an integration; use"
              + " .integration(mock()) or another integration instead; offending: " + httpMethod
              + " " + path);
    }
    for (String p : requestParameters.keySet()) {
      if (p.startsWith("method.request.path.")) {
        String name = p.substring("method.request.path.".length());
        if (!path.contains("{" + name + "}") && !path.contains("{" + name + "+}")) {
          throw new IllegalArgumentException(
              "path parameter \"" + name + "\" must not be declared on a resource without it;"
                  + " use a path such as \"" + path + "/{" + name + "}\" instead; offending: \""
                  + path + "\"");
        }
      }
    }
    Optional<String> validatorId =
        requestValidator.map(
            name -> {
              String id = validatorIds.get(name);
              if (id == null) {
                throw new IllegalArgumentException(
                    "request validator \"" + name + "\" must not be used before it is declared;"
                        + " use restApi(..).withRequestValidator(\"" + name + "\", true, true)"
                        + " instead; offending: \"" + name + "\"");
              }
              return id;
            });
    Integration built = integration.get().build(region, accountId);
    Map<String, MethodResponse> responses = new LinkedHashMap<>();
    methodResponses.forEach((status, r) -> responses.put(status, r.build()));
    built.integrationResponses()
        .values()
        .forEach(
            ir -> {
              if (!responses.containsKey(ir.statusCode())) {
                Map<String, Boolean> headers = new LinkedHashMap<>();
                ir.responseParameters().keySet().forEach(k -> headers.put(k, false));
                responses.put(ir.statusCode(), new MethodResponse(ir.statusCode(), headers, Map.of()));
              }
            });
    return new Method(
        httpMethod, "NONE", Optional.empty(), apiKeyRequired, validatorId, operationName,
        requestParameters, requestModels, responses, Optional.of(built), List.of());
  }

  private static String checkParameter(String parameter) {
    Objects.requireNonNull(parameter, "parameter");
    if (!parameter.matches(
        "method\\.request\\.(path|querystring|multivaluequerystring|header|multivalueheader)\\.[^.].*")) {
      throw new IllegalArgumentException(
          "method request parameter must not be \"" + parameter + "\"; use"
              + " \"method.request.{path|querystring|header}.<name>\" instead; offending: \""
              + parameter + "\"");
    }
    return parameter;
  }
}
