package io.github.fakeapigw.internal.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.fakeapigw.internal.runtime.GatewayRuntime;
import io.github.fakeapigw.model.ApiDefinition;
import io.github.fakeapigw.model.EndpointConfiguration;
import io.github.fakeapigw.model.GatewayResponse;
import io.github.fakeapigw.model.Integration;
import io.github.fakeapigw.model.IntegrationResponse;
import io.github.fakeapigw.model.IntegrationType;
import io.github.fakeapigw.model.Method;
import io.github.fakeapigw.model.MethodResponse;
import io.github.fakeapigw.model.Model;
import io.github.fakeapigw.model.RequestValidator;
import io.github.fakeapigw.model.Resource;
import io.github.fakeapigw.model.RestApi;
import io.github.fakeapigw.model.TlsConfig;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns an OpenAPI 3.0 / Swagger 2.0 document with {@code x-amazon-apigateway-*} extensions into an
 * {@link ApiDefinition}. Used by ImportRestApi / PutRestApi and by fixture files.
 *
 * <p>Emulates <a
 * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions.html">
 * API Gateway extensions to OpenAPI</a>. Every {@code x-amazon-apigateway-*} key is either fully
 * read or fails the import, naming its JSON Pointer and the supported keys; nothing is dropped
 * silently.
 */
public final class OpenApiImport {
  /** Every extension this importer reads, each at the place AWS documents it. */
  public static final List<String> SUPPORTED_EXTENSIONS =
      List.of(
          "x-amazon-apigateway-any-method",
          "x-amazon-apigateway-api-key-source",
          "x-amazon-apigateway-binary-media-types",
          "x-amazon-apigateway-endpoint-configuration",
          "x-amazon-apigateway-gateway-responses",
          "x-amazon-apigateway-importexport-version",
          "x-amazon-apigateway-integration",
          "x-amazon-apigateway-minimum-compression-size",
          "x-amazon-apigateway-policy",
          "x-amazon-apigateway-request-validator",
          "x-amazon-apigateway-request-validators");

  static final List<String> INTEGRATION_KEYS =
      List.of(
          "type", "httpMethod", "uri", "requestParameters", "requestTemplates",
          "passthroughBehavior", "contentHandling", "timeoutInMillis", "cacheNamespace",
          "cacheKeyParameters", "connectionType", "connectionId", "credentials", "tlsConfig",
          "responses",
          // Accepted by AWS's import and meaningless to a REST API (payload format 1.0 always).
          "payloadFormatVersion");

  static final List<String> INTEGRATION_RESPONSE_KEYS =
      List.of("statusCode", "responseParameters", "responseTemplates", "contentHandling");

  static final List<String> GATEWAY_RESPONSE_TYPES =
      List.of(
          "ACCESS_DENIED", "API_CONFIGURATION_ERROR", "AUTHORIZER_CONFIGURATION_ERROR",
          "AUTHORIZER_FAILURE", "BAD_REQUEST_BODY", "BAD_REQUEST_PARAMETERS", "DEFAULT_4XX",
          "DEFAULT_5XX", "EXPIRED_TOKEN", "INTEGRATION_FAILURE", "INTEGRATION_TIMEOUT",
          "INVALID_API_KEY", "INVALID_SIGNATURE", "MISSING_AUTHENTICATION_TOKEN",
          "QUOTA_EXCEEDED", "REQUEST_TOO_LARGE", "RESOURCE_NOT_FOUND", "THROTTLED",
          "UNAUTHORIZED", "UNSUPPORTED_MEDIA_TYPE", "WAF_FILTERED");

  private static final String PREFIX = "x-amazon-apigateway-";
  private static final String FILE_PREFIX = "file:";
  private static final List<String> VERBS =
      List.of("get", "put", "post", "delete", "options", "head", "patch");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new YAMLMapper();
  private static final String EMPTY_SCHEMA =
      "{\"$schema\":\"http://json-schema.org/draft-04/schema#\",\"title\":\"Empty Schema\","
          + "\"type\":\"object\"}";

  private final GatewayRuntime runtime;

  public OpenApiImport(GatewayRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * Builds a definition from a document.
   *
   * @param document JSON or YAML bytes
   * @param existing the API being overwritten or merged into (PutRestApi), empty for ImportRestApi
   * @param mode {@code overwrite} or {@code merge} (PutRestApi only)
   * @param parameters the request's query parameters ({@code failonwarnings}, {@code basepath}, ...)
   * @throws InvalidDocumentException 400 {@code Invalid OpenAPI input.} and friends
   */
  public ApiDefinition toDefinition(
      byte[] document, Optional<ApiDefinition> existing, String mode, Map<String, String> parameters) {
    return toDefinition(
        document,
        existing,
        mode,
        parameters,
        file -> {
          throw InvalidDocumentException.invalid(
              "Template file references (\"" + FILE_PREFIX + file + "\") are only supported in "
                  + "classpath fixtures imported with FakeApiGateway.importOpenApi(..); inline the "
                  + "template in the document instead");
        });
  }

  /**
   * Builds a definition from a document whose template values may be {@code file:<relative path>}
   * references, read through {@code files} (relative to the document's folder).
   */
  public ApiDefinition toDefinition(
      byte[] document,
      Optional<ApiDefinition> existing,
      String mode,
      Map<String, String> parameters,
      Function<String, String> files) {
    JsonNode root = parse(document);
    Reader reader = new Reader(root, existing, parameters, files);
    ApiDefinition incoming = reader.read();
    if (existing.isPresent() && !"overwrite".equalsIgnoreCase(mode)) {
      return merge(existing.get(), incoming);
    }
    return incoming;
  }

  private static JsonNode parse(byte[] document) {
    JsonNode root;
    try {
      String text = new String(document, java.nio.charset.StandardCharsets.UTF_8).strip();
      root = text.startsWith("{") ? JSON.readTree(text) : YAML.readTree(text);
    } catch (IOException | RuntimeException e) {
      throw InvalidDocumentException.invalid("Invalid OpenAPI input.");
    }
    if (root == null || !root.isObject()) {
      throw InvalidDocumentException.invalid("Invalid OpenAPI input.");
    }
    return root;
  }

  /** PutRestApi merge: the document's resources, methods and models are added or replace. */
  private static ApiDefinition merge(ApiDefinition base, ApiDefinition incoming) {
    Map<String, Resource> byPath = new LinkedHashMap<>();
    base.resources().values().forEach(r -> byPath.put(r.path(), r));
    Map<String, String> idByIncomingId = new LinkedHashMap<>();
    // incoming resources are in parent-before-child order
    for (Resource r : incoming.resources().values()) {
      Resource old = byPath.get(r.path());
      if (old != null) {
        idByIncomingId.put(r.id(), old.id());
        Map<String, Method> methods = new LinkedHashMap<>(old.resourceMethods());
        methods.putAll(r.resourceMethods());
        byPath.put(
            r.path(), new Resource(old.id(), old.parentId(), old.pathPart(), old.path(), methods));
      } else {
        idByIncomingId.put(r.id(), r.id());
        byPath.put(
            r.path(),
            new Resource(
                r.id(), r.parentId().map(idByIncomingId::get), r.pathPart(), r.path(),
                r.resourceMethods()));
      }
    }
    Map<String, Resource> resources = new LinkedHashMap<>();
    byPath.values().forEach(r -> resources.put(r.id(), r));
    Map<String, Model> models = new LinkedHashMap<>(base.models());
    models.putAll(incoming.models());
    Map<String, RequestValidator> validators = new LinkedHashMap<>(base.requestValidators());
    validators.putAll(incoming.requestValidators());
    Map<String, GatewayResponse> responses = new LinkedHashMap<>(base.gatewayResponses());
    responses.putAll(incoming.gatewayResponses());
    Set<String> binary = new LinkedHashSet<>(base.restApi().binaryMediaTypes());
    binary.addAll(incoming.restApi().binaryMediaTypes());
    RestApi b = base.restApi();
    RestApi restApi =
        new RestApi(
            b.id(), b.name(), b.description(), b.createdDate(), b.version(),
            incoming.restApi().warnings(), List.copyOf(binary), b.minimumCompressionSize(),
            b.apiKeySource(), b.endpointConfiguration(), b.policy(), b.tags(),
            b.disableExecuteApiEndpoint(), b.rootResourceId());
    return new ApiDefinition(restApi, resources, models, validators, responses);
  }

  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** One import: walks the document, remembering which extensions it read. */
  private final class Reader {
    private final JsonNode root;
    private final Optional<ApiDefinition> existing;
    private final Map<String, String> parameters;
    private final Function<String, String> files;
    private final boolean openApi3;
    private final List<String> warnings = new ArrayList<>();
    private final String apiId;
    private final Map<String, Model> models = new LinkedHashMap<>();
    private final Map<String, RequestValidator> validators = new LinkedHashMap<>();

    Reader(
        JsonNode root,
        Optional<ApiDefinition> existing,
        Map<String, String> parameters,
        Function<String, String> files) {
      this.root = root;
      this.existing = existing;
      this.parameters = parameters;
      this.files = files;
      String openapi = root.path("openapi").asText("");
      String swagger = root.path("swagger").asText("");
      if (openapi.startsWith("3.")) {
        openApi3 = true;
      } else if (swagger.equals("2.0")) {
        openApi3 = false;
      } else {
        throw InvalidDocumentException.invalid("Invalid OpenAPI input.");
      }
      this.apiId = existing.map(d -> d.restApi().id()).orElseGet(() -> runtime.ids().restApiId());
    }

    ApiDefinition read() {
      checkExtensionsAreKnown(root, "");
      String name = root.path("info").path("title").asText("");
      if (name.isBlank() && existing.isEmpty()) {
        throw InvalidDocumentException.invalid(
            "Invalid OpenAPI input. The API name must be set in /info/title");
      }
      readModels();
      readValidators();
      Optional<String> defaultValidator = validatorRef(root, "");
      Map<String, GatewayResponse> gatewayResponses = readGatewayResponses();
      List<String> binary = stringList(extension(root, "", "binary-media-types"), "/" + ext("binary-media-types"));
      String apiKeySource =
          extension(root, "", "api-key-source")
              .map(n -> oneOf(n, "/" + ext("api-key-source"), List.of("HEADER", "AUTHORIZER")))
              .orElse("HEADER");
      Optional<Integer> compression =
          extension(root, "", "minimum-compression-size").map(n -> intValue(n, "/" + ext("minimum-compression-size")));
      Optional<String> policy =
          extension(root, "", "policy").map(n -> n.isTextual() ? n.asText() : n.toString());
      extension(root, "", "importexport-version")
          .ifPresent(n -> {
            if (!n.asText().equals("1.0")) {
              throw InvalidDocumentException.invalid(
                  "x-amazon-apigateway-importexport-version must be \"1.0\"; offending: \""
                      + n.asText() + "\" at /" + ext("importexport-version"));
            }
          });
      EndpointConfiguration endpoint = endpointConfiguration();
      boolean disableExecuteApi =
          extension(root, "", "endpoint-configuration")
              .map(n -> n.path("disableExecuteApiEndpoint").asBoolean(false))
              .orElse(false);

      Map<String, Resource> resources = readResources(defaultValidator);
      String rootId = resources.keySet().iterator().next();
      if ("true".equalsIgnoreCase(parameters.getOrDefault("failonwarnings", "false"))
          && !warnings.isEmpty()) {
        throw InvalidDocumentException.invalid("Warnings found during import:\n\t" + String.join("\n\t", warnings));
      }
      RestApi restApi =
          new RestApi(
              apiId,
              name.isBlank() ? existing.get().restApi().name() : name,
              text(root.path("info"), "description"),
              existing.map(d -> d.restApi().createdDate()).orElseGet(() -> runtime.clock().instant()),
              text(root.path("info"), "version"),
              warnings,
              binary,
              compression,
              apiKeySource,
              endpoint,
              policy,
              Map.of(),
              disableExecuteApi,
              rootId);
      return new ApiDefinition(restApi, resources, models, validators, gatewayResponses);
    }

    private EndpointConfiguration endpointConfiguration() {
      Optional<JsonNode> node = extension(root, "", "endpoint-configuration");
      String at = "/" + ext("endpoint-configuration");
      List<String> types =
          Optional.ofNullable(parameters.get("endpointConfigurationTypes"))
              .map(t -> List.of(t.split(",")))
              .orElse(List.of());
      if (node.isPresent()) {
        checkKeys(node.get(), at, List.of("types", "vpcEndpointIds", "disableExecuteApiEndpoint", "ipAddressType"));
        List<String> fromDoc = stringList(Optional.ofNullable(node.get().get("types")), at + "/types");
        return new EndpointConfiguration(
            types.isEmpty() ? (fromDoc.isEmpty() ? List.of("EDGE") : fromDoc) : types,
            text(node.get(), "ipAddressType").or(() -> Optional.of("ipv4")),
            stringList(Optional.ofNullable(node.get().get("vpcEndpointIds")), at + "/vpcEndpointIds"));
      }
      return types.isEmpty()
          ? EndpointConfiguration.edge()
          : new EndpointConfiguration(types, Optional.of("ipv4"), List.of());
    }

    // ---------------------------------------------------------------- extensions bookkeeping

    private String ext(String suffix) {
      return PREFIX + suffix;
    }

    private Optional<JsonNode> extension(JsonNode node, String pointer, String suffix) {
      JsonNode value = node.get(PREFIX + suffix);
      if (value == null || value.isNull()) {
        return Optional.empty();
      }
      return Optional.of(value);
    }

    /** Fails on any {@code x-amazon-apigateway-*} key not at a place this importer reads it. */
    private void checkExtensionsAreKnown(JsonNode node, String pointer) {
      if (node.isObject()) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> f = fields.next();
          String at = pointer + "/" + escape(f.getKey());
          if (f.getKey().startsWith(PREFIX)) {
            if (!SUPPORTED_EXTENSIONS.contains(f.getKey()) || !allowedAt(f.getKey(), pointer)) {
              throw unsupported(f.getKey(), at);
            }
            if (f.getKey().equals(ext("any-method"))) {
              checkExtensionsAreKnown(f.getValue(), at); // an operation like any other
            }
          } else {
            checkExtensionsAreKnown(f.getValue(), at);
          }
        }
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          checkExtensionsAreKnown(node.get(i), pointer + "/" + i);
        }
      }
    }

    private boolean allowedAt(String key, String parent) {
      String[] parts = parent.split("/", -1);
      boolean topLevel = parent.isEmpty();
      boolean pathItem = parts.length == 3 && parts[1].equals("paths");
      boolean operation =
          parts.length == 4 && parts[1].equals("paths") && VERBS.contains(parts[3]);
      boolean anyMethod =
          parts.length == 4 && parts[1].equals("paths") && parts[3].equals(escape(ext("any-method")));
      return switch (key) {
        case "x-amazon-apigateway-any-method" -> pathItem;
        case "x-amazon-apigateway-integration" -> operation || anyMethod;
        case "x-amazon-apigateway-request-validator" -> topLevel || operation || anyMethod;
        default -> topLevel;
      };
    }

    private InvalidDocumentException unsupported(String key, String pointer) {
      String reason =
          SUPPORTED_EXTENSIONS.contains(key)
              ? "is not supported at this place"
              : "is not supported by fake-apigateway";
      return InvalidDocumentException.invalid(
          "Extension \"" + key + "\" at JSON Pointer " + pointer + " " + reason
              + "; remove it or use one of the supported extensions: " + SUPPORTED_EXTENSIONS);
    }

    private void checkKeys(JsonNode node, String pointer, List<String> supported) {
      if (!node.isObject()) {
        throw InvalidDocumentException.invalid(
            "The value at JSON Pointer " + pointer + " must be an object; offending: " + node);
      }
      node.fieldNames()
          .forEachRemaining(
              k -> {
                if (!supported.contains(k)) {
                  throw InvalidDocumentException.invalid(
                      "Key \"" + k + "\" at JSON Pointer " + pointer + "/" + escape(k)
                          + " is not supported; remove it or use one of the supported keys: "
                          + supported);
                }
              });
    }

    // ---------------------------------------------------------------- models, validators, responses

    private void readModels() {
      String container = openApi3 ? "/components/schemas" : "/definitions";
      JsonNode schemas = openApi3 ? root.path("components").path("schemas") : root.path("definitions");
      models.put(
          "Empty",
          new Model(runtime.ids().next(6), "Empty", Optional.of("This is a default empty schema model"),
              Optional.of(EMPTY_SCHEMA), "application/json"));
      schemas.fields()
          .forEachRemaining(
              f -> {
                JsonNode schema = rewriteRefs(f.getValue().deepCopy());
                models.put(
                    f.getKey(),
                    new Model(
                        runtime.ids().next(6), f.getKey(), text(f.getValue(), "description"),
                        Optional.of(schema.toString()), "application/json"));
              });
      if (!schemas.isMissingNode() && !schemas.isObject()) {
        throw InvalidDocumentException.invalid(container + " must be an object");
      }
    }

    private JsonNode rewriteRefs(JsonNode node) {
      if (node instanceof ObjectNode object) {
        JsonNode ref = object.get("$ref");
        if (ref != null && ref.isTextual() && modelName(ref.asText()).isPresent()) {
          object.set(
              "$ref",
              TextNode.valueOf(
                  "https://apigateway.amazonaws.com/restapis/" + apiId + "/models/"
                      + modelName(ref.asText()).get()));
        }
        object.fields().forEachRemaining(f -> rewriteRefs(f.getValue()));
      } else if (node.isArray()) {
        node.forEach(this::rewriteRefs);
      }
      return node;
    }

    private Optional<String> modelName(String ref) {
      for (String prefix : List.of("#/components/schemas/", "#/definitions/")) {
        if (ref.startsWith(prefix)) {
          return Optional.of(ref.substring(prefix.length()));
        }
      }
      return Optional.empty();
    }

    private void readValidators() {
      String at = "/" + ext("request-validators");
      extension(root, "", "request-validators")
          .ifPresent(
              node -> {
                if (!node.isObject()) {
                  throw InvalidDocumentException.invalid(at + " must be an object of validator name to settings");
                }
                node.fields()
                    .forEachRemaining(
                        f -> {
                          String vat = at + "/" + escape(f.getKey());
                          checkKeys(f.getValue(), vat, List.of("validateRequestBody", "validateRequestParameters"));
                          String id = runtime.ids().next(6);
                          validators.put(
                              id,
                              new RequestValidator(
                                  id, f.getKey(),
                                  f.getValue().path("validateRequestBody").asBoolean(false),
                                  f.getValue().path("validateRequestParameters").asBoolean(false)));
                        });
              });
    }

    private Optional<String> validatorRef(JsonNode node, String pointer) {
      return extension(node, pointer, "request-validator")
          .map(
              n -> {
                String name = n.asText();
                return validators.values().stream()
                    .filter(v -> v.name().equals(name))
                    .map(RequestValidator::id)
                    .findFirst()
                    .orElseThrow(
                        () ->
                            InvalidDocumentException.invalid(
                                "Request validator \"" + name + "\" at JSON Pointer " + pointer + "/"
                                    + escape(ext("request-validator")) + " is not defined; define it in /"
                                    + escape(ext("request-validators")) + " or use one of: "
                                    + validators.values().stream().map(RequestValidator::name).toList()));
              });
    }

    private Map<String, GatewayResponse> readGatewayResponses() {
      Map<String, GatewayResponse> result = new LinkedHashMap<>();
      String at = "/" + ext("gateway-responses");
      extension(root, "", "gateway-responses")
          .ifPresent(
              node ->
                  node.fields()
                      .forEachRemaining(
                          f -> {
                            String rat = at + "/" + escape(f.getKey());
                            if (!GATEWAY_RESPONSE_TYPES.contains(f.getKey())) {
                              throw InvalidDocumentException.invalid(
                                  "Gateway response type \"" + f.getKey() + "\" at JSON Pointer " + rat
                                      + " is not an API Gateway response type; use one of: "
                                      + GATEWAY_RESPONSE_TYPES);
                            }
                            checkKeys(f.getValue(), rat, List.of("statusCode", "responseParameters", "responseTemplates"));
                            result.put(
                                f.getKey(),
                                new GatewayResponse(
                                    f.getKey(),
                                    text(f.getValue(), "statusCode"),
                                    stringMap(f.getValue().get("responseParameters"), rat + "/responseParameters"),
                                    templates(f.getValue().get("responseTemplates"), rat + "/responseTemplates"),
                                    false));
                          }));
      return result;
    }

    // ---------------------------------------------------------------- resources and methods

    private Map<String, Resource> readResources(Optional<String> defaultValidator) {
      String rootId =
          existing.map(d -> d.restApi().rootResourceId()).orElseGet(() -> runtime.ids().resourceId());
      Map<String, ResourceDraft> byPath = new LinkedHashMap<>();
      byPath.put("/", new ResourceDraft(rootId, Optional.empty(), Optional.empty(), "/"));
      JsonNode paths = root.path("paths");
      paths.fields()
          .forEachRemaining(
              f -> {
                String path = f.getKey();
                String at = "/paths/" + escape(path);
                if (!path.startsWith("/")) {
                  throw InvalidDocumentException.invalid(
                      "Path \"" + path + "\" at JSON Pointer " + at + " must start with \"/\"");
                }
                ResourceDraft resource = ensure(byPath, normalize(path));
                List<JsonNode> common = list(f.getValue().get("parameters"));
                for (String verb : VERBS) {
                  JsonNode op = f.getValue().get(verb);
                  if (op != null) {
                    resource.put(
                        verb.toUpperCase(Locale.ROOT),
                        method(verb.toUpperCase(Locale.ROOT), op, at + "/" + verb, common, defaultValidator, path),
                        at);
                  }
                }
                extension(f.getValue(), at, "any-method")
                    .ifPresent(
                        op ->
                            resource.put(
                                "ANY",
                                method("ANY", op, at + "/" + escape(ext("any-method")), common, defaultValidator, path),
                                at));
              });
      Map<String, Resource> result = new LinkedHashMap<>();
      byPath.values().forEach(d -> result.put(d.id, d.toResource()));
      return result;
    }

    private String normalize(String path) {
      return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private ResourceDraft ensure(Map<String, ResourceDraft> byPath, String path) {
      ResourceDraft found = byPath.get(path);
      if (found != null) {
        return found;
      }
      int slash = path.lastIndexOf('/');
      String parentPath = slash == 0 ? "/" : path.substring(0, slash);
      ResourceDraft parent = ensure(byPath, parentPath);
      ResourceDraft created =
          new ResourceDraft(
              runtime.ids().resourceId(), Optional.of(parent.id),
              Optional.of(path.substring(slash + 1)), path);
      byPath.put(path, created);
      return created;
    }

    private Method method(
        String verb,
        JsonNode op,
        String at,
        List<JsonNode> commonParameters,
        Optional<String> defaultValidator,
        String path) {
      Map<String, Boolean> requestParameters = new LinkedHashMap<>();
      Map<String, String> requestModels = new LinkedHashMap<>();
      List<JsonNode> params = new ArrayList<>(commonParameters);
      params.addAll(list(op.get("parameters")));
      for (int i = 0; i < params.size(); i++) {
        JsonNode p = resolve(params.get(i));
        String in = p.path("in").asText("");
        String name = p.path("name").asText("");
        String location =
            switch (in) {
              case "path" -> "path";
              case "query" -> "querystring";
              case "header" -> "header";
              default -> null;
            };
        if (location != null) {
          requestParameters.put(
              "method.request." + location + "." + name,
              in.equals("path") || p.path("required").asBoolean(false));
        } else if (in.equals("body")) {
          modelRef(p.path("schema"))
              .ifPresent(m -> consumes(op).forEach(ct -> requestModels.put(ct, m)));
        } else {
          warnings.add(
              "Parameter \"" + name + "\" in \"" + in + "\" of " + verb + " " + path
                  + " is not mapped to a method request parameter");
        }
      }
      op.path("requestBody")
          .path("content")
          .fields()
          .forEachRemaining(
              c -> modelRef(c.getValue().path("schema")).ifPresent(m -> requestModels.put(c.getKey(), m)));

      Map<String, MethodResponse> methodResponses = new LinkedHashMap<>();
      op.path("responses")
          .fields()
          .forEachRemaining(
              r -> {
                if (!r.getKey().matches("[1-5]\\d\\d")) {
                  warnings.add(
                      "Response \"" + r.getKey() + "\" of " + verb + " " + path
                          + " is not a status code and was not imported as a method response");
                  return;
                }
                JsonNode response = resolve(r.getValue());
                Map<String, Boolean> headers = new LinkedHashMap<>();
                response.path("headers")
                    .fieldNames()
                    .forEachRemaining(h -> headers.put("method.response.header." + h, false));
                Map<String, String> responseModels = new LinkedHashMap<>();
                if (openApi3) {
                  response.path("content")
                      .fields()
                      .forEachRemaining(
                          c -> modelRef(c.getValue().path("schema")).ifPresent(m -> responseModels.put(c.getKey(), m)));
                } else {
                  modelRef(response.path("schema"))
                      .ifPresent(m -> produces(op).forEach(ct -> responseModels.put(ct, m)));
                }
                methodResponses.put(r.getKey(), new MethodResponse(r.getKey(), headers, responseModels));
              });

      Optional<Integration> integration =
          extension(op, at, "integration").map(n -> integration(n, at + "/" + escape(ext("integration"))));
      integration.ifPresent(
          i ->
              i.integrationResponses()
                  .values()
                  .forEach(
                      ir -> {
                        if (!methodResponses.containsKey(ir.statusCode())) {
                          Map<String, Boolean> headers = new LinkedHashMap<>();
                          ir.responseParameters().keySet().forEach(k -> headers.put(k, false));
                          methodResponses.put(ir.statusCode(), new MethodResponse(ir.statusCode(), headers, Map.of()));
                        }
                      }));
      Optional<String> validator = validatorRef(op, at).or(() -> defaultValidator);
      return new Method(
          verb,
          "NONE",
          Optional.empty(),
          apiKeyRequired(op),
          validator,
          text(op, "operationId"),
          requestParameters,
          requestModels,
          methodResponses,
          integration,
          List.of());
    }

    private boolean apiKeyRequired(JsonNode op) {
      JsonNode security = op.has("security") ? op.get("security") : root.path("security");
      JsonNode schemes =
          openApi3 ? root.path("components").path("securitySchemes") : root.path("securityDefinitions");
      for (JsonNode requirement : security) {
        Iterator<String> names = requirement.fieldNames();
        while (names.hasNext()) {
          JsonNode scheme = schemes.path(names.next());
          if (scheme.path("type").asText("").equals("apiKey")) {
            return true;
          }
        }
      }
      return false;
    }

    private List<String> consumes(JsonNode op) {
      List<String> l = stringList(Optional.ofNullable(op.has("consumes") ? op.get("consumes") : root.get("consumes")), "");
      return l.isEmpty() ? List.of("application/json") : l;
    }

    private List<String> produces(JsonNode op) {
      List<String> l = stringList(Optional.ofNullable(op.has("produces") ? op.get("produces") : root.get("produces")), "");
      return l.isEmpty() ? List.of("application/json") : l;
    }

    private Optional<String> modelRef(JsonNode schema) {
      JsonNode ref = schema.get("$ref");
      if (ref == null) {
        return Optional.empty();
      }
      return modelName(ref.asText()).filter(models::containsKey);
    }

    private JsonNode resolve(JsonNode node) {
      JsonNode ref = node.get("$ref");
      if (ref == null || !ref.isTextual() || !ref.asText().startsWith("#/")) {
        return node;
      }
      JsonNode target = root.at(ref.asText().substring(1));
      if (target.isMissingNode()) {
        throw InvalidDocumentException.invalid(
            "Invalid OpenAPI input. Reference \"" + ref.asText() + "\" does not resolve");
      }
      return target;
    }

    // ---------------------------------------------------------------- integration

    private Integration integration(JsonNode node, String at) {
      checkKeys(node, at, INTEGRATION_KEYS);
      if (!node.hasNonNull("type")) {
        throw InvalidDocumentException.invalid(
            "x-amazon-apigateway-integration at JSON Pointer " + at
                + " must have a \"type\"; use one of http, http_proxy, mock, aws, aws_proxy");
      }
      IntegrationType type;
      try {
        type = IntegrationType.valueOf(node.get("type").asText().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw InvalidDocumentException.invalid(
            "Integration type \"" + node.get("type").asText() + "\" at JSON Pointer " + at
                + "/type is not supported; use one of http, http_proxy, mock, aws, aws_proxy");
      }
      Optional<String> uri = text(node, "uri");
      Optional<String> httpMethod = text(node, "httpMethod").map(s -> s.toUpperCase(Locale.ROOT));
      if (type != IntegrationType.MOCK && (uri.isEmpty() || httpMethod.isEmpty())) {
        throw InvalidDocumentException.invalid(
            "x-amazon-apigateway-integration of type " + type.name().toLowerCase(Locale.ROOT)
                + " at JSON Pointer " + at + " must set both \"uri\" and \"httpMethod\"");
      }
      Map<String, IntegrationResponse> responses = new LinkedHashMap<>();
      JsonNode rs = node.get("responses");
      if (rs != null) {
        rs.fields()
            .forEachRemaining(
                f -> {
                  String rat = at + "/responses/" + escape(f.getKey());
                  checkKeys(f.getValue(), rat, INTEGRATION_RESPONSE_KEYS);
                  String status = f.getValue().path("statusCode").asText("");
                  if (!status.matches("[1-5]\\d\\d")) {
                    throw InvalidDocumentException.invalid(
                        "Integration response at JSON Pointer " + rat
                            + " must have a \"statusCode\" between 100 and 599; offending: \"" + status + "\"");
                  }
                  if (responses.containsKey(status)) {
                    throw InvalidDocumentException.invalid(
                        "Integration responses at JSON Pointer " + at + "/responses map two patterns to status "
                            + status + " (\"" + responses.get(status).selectionPattern().orElse("default")
                            + "\" and \"" + f.getKey() + "\"); give each status code one pattern");
                  }
                  responses.put(
                      status,
                      new IntegrationResponse(
                          status,
                          f.getKey().equals("default") ? Optional.empty() : Optional.of(f.getKey()),
                          stringMap(f.getValue().get("responseParameters"), rat + "/responseParameters"),
                          templates(f.getValue().get("responseTemplates"), rat + "/responseTemplates"),
                          text(f.getValue(), "contentHandling")));
                });
      }
      Optional<TlsConfig> tls =
          Optional.ofNullable(node.get("tlsConfig"))
              .map(
                  t -> {
                    checkKeys(t, at + "/tlsConfig", List.of("insecureSkipVerification"));
                    return new TlsConfig(t.path("insecureSkipVerification").asBoolean(false));
                  });
      return new Integration(
          type,
          httpMethod,
          uri,
          text(node, "connectionType").map(s -> s.toUpperCase(Locale.ROOT)),
          text(node, "connectionId"),
          text(node, "credentials"),
          stringMap(node.get("requestParameters"), at + "/requestParameters"),
          templates(node.get("requestTemplates"), at + "/requestTemplates"),
          text(node, "passthroughBehavior").map(s -> s.toUpperCase(Locale.ROOT)),
          text(node, "contentHandling"),
          node.has("timeoutInMillis") ? intValue(node.get("timeoutInMillis"), at + "/timeoutInMillis") : 0,
          text(node, "cacheNamespace"),
          stringList(Optional.ofNullable(node.get("cacheKeyParameters")), at + "/cacheKeyParameters"),
          responses,
          tls);
    }

    private Map<String, String> templates(JsonNode node, String at) {
      Map<String, String> raw = stringMap(node, at);
      Map<String, String> result = new LinkedHashMap<>();
      raw.forEach(
          (ct, t) ->
              result.put(ct, t.startsWith(FILE_PREFIX) ? files.apply(t.substring(FILE_PREFIX.length())) : t));
      return result;
    }

    // ---------------------------------------------------------------- scalar helpers

    private Optional<String> text(JsonNode node, String field) {
      JsonNode v = node.get(field);
      return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }

    private int intValue(JsonNode node, String at) {
      if (!node.canConvertToInt() && !node.asText().matches("\\d+")) {
        throw InvalidDocumentException.invalid("The value at JSON Pointer " + at + " must be an integer; offending: " + node);
      }
      return node.isNumber() ? node.asInt() : Integer.parseInt(node.asText());
    }

    private String oneOf(JsonNode node, String at, List<String> allowed) {
      String v = node.asText().toUpperCase(Locale.ROOT);
      if (!allowed.contains(v)) {
        throw InvalidDocumentException.invalid(
            "The value at JSON Pointer " + at + " must be one of " + allowed + "; offending: " + node);
      }
      return v;
    }

    private Map<String, String> stringMap(JsonNode node, String at) {
      Map<String, String> m = new LinkedHashMap<>();
      if (node == null || node.isNull()) {
        return m;
      }
      if (!node.isObject()) {
        throw InvalidDocumentException.invalid("The value at JSON Pointer " + at + " must be an object; offending: " + node);
      }
      node.fields().forEachRemaining(f -> m.put(f.getKey(), f.getValue().isTextual() ? f.getValue().asText() : f.getValue().toString()));
      return m;
    }

    private List<String> stringList(Optional<JsonNode> node, String at) {
      if (node.isEmpty() || node.get().isNull()) {
        return List.of();
      }
      if (!node.get().isArray()) {
        throw InvalidDocumentException.invalid("The value at JSON Pointer " + at + " must be a list; offending: " + node.get());
      }
      List<String> l = new ArrayList<>();
      node.get().forEach(n -> l.add(n.asText()));
      return l;
    }

    private List<JsonNode> list(JsonNode node) {
      List<JsonNode> l = new ArrayList<>();
      if (node != null && node.isArray()) {
        node.forEach(l::add);
      }
      return l;
    }
  }

  /** A resource being assembled. */
  private static final class ResourceDraft {
    final String id;
    final Optional<String> parentId;
    final Optional<String> pathPart;
    final String path;
    final Map<String, Method> methods = new LinkedHashMap<>();

    ResourceDraft(String id, Optional<String> parentId, Optional<String> pathPart, String path) {
      this.id = id;
      this.parentId = parentId;
      this.pathPart = pathPart;
      this.path = path;
    }

    void put(String verb, Method method, String at) {
      if (methods.put(verb, method) != null) {
        throw InvalidDocumentException.invalid(
            "Method " + verb + " is defined twice for resource " + path + " (at JSON Pointer " + at
                + "); define each method once");
      }
    }

    Resource toResource() {
      return new Resource(id, parentId, pathPart, path, methods);
    }
  }
}
