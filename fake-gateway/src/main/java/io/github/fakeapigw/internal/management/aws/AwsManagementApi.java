package io.github.fakeapigw.internal.management.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakeapigw.internal.http.HttpHandler;
import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.http.HttpRequestData;
import io.github.fakeapigw.internal.http.HttpResponseData;
import io.github.fakeapigw.internal.http.QueryString;
import io.github.fakeapigw.internal.invoke.InvokePipeline;
import io.github.fakeapigw.internal.invoke.TestInvokeRequest;
import io.github.fakeapigw.internal.invoke.TestInvokeResult;
import io.github.fakeapigw.internal.management.AccountService;
import io.github.fakeapigw.internal.management.ClientCertificateService;
import io.github.fakeapigw.internal.management.DocumentationService;
import io.github.fakeapigw.internal.management.ManagementError;
import io.github.fakeapigw.internal.management.RestApiService;
import io.github.fakeapigw.internal.management.Validation;
import io.github.fakeapigw.internal.management.aws.patch.AwsPatches;
import io.github.fakeapigw.internal.management.aws.patch.ClientCertificatePatch;
import io.github.fakeapigw.internal.management.aws.patch.DocumentationPartPatch;
import io.github.fakeapigw.internal.management.aws.patch.DocumentationVersionPatch;
import io.github.fakeapigw.internal.management.aws.patch.PatchOperation;
import io.github.fakeapigw.internal.management.aws.patch.PatchRules;
import io.github.fakeapigw.internal.management.aws.patch.RawPatchOperation;
import io.github.fakeapigw.internal.openapi.InvalidDocumentException;
import io.github.fakeapigw.internal.openapi.OpenApiImport;
import io.github.fakeapigw.internal.runtime.GatewayRuntime;
import io.github.fakeapigw.model.EndpointConfiguration;
import io.github.fakeapigw.model.Integration;
import io.github.fakeapigw.model.IntegrationResponse;
import io.github.fakeapigw.model.IntegrationType;
import io.github.fakeapigw.model.Method;
import io.github.fakeapigw.model.MethodResponse;
import io.github.fakeapigw.model.TlsConfig;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AWS REST-JSON management API ({@code /restapis/...}), wire-compatible with the AWS SDK for
 * Java v2, boto3 and the AWS CLI. Parses requests, calls {@link RestApiService} and renders the
 * answers and errors the way API Gateway does (management-api.md).
 */
public final class AwsManagementApi implements HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(AwsManagementApi.class);

  private final GatewayRuntime runtime;
  private final InvokePipeline pipeline;
  private final RestApiService service;
  private final ObjectMapper mapper = new ObjectMapper();
  private final AwsRender render = new AwsRender(mapper);
  private final AwsAccountApi accountApi;
  private final ClientCertificateService clientCertificates;
  private final DocumentationService documentation;

  /** Serves {@code service}, the gateway's one writer of REST APIs, which other dialects share. */
  public AwsManagementApi(
      GatewayRuntime runtime, InvokePipeline pipeline, RestApiService service,
      AccountService account, ClientCertificateService clientCertificates,
      DocumentationService documentation) {
    this.runtime = runtime;
    this.pipeline = pipeline;
    this.service = java.util.Objects.requireNonNull(service, "service");
    this.accountApi = new AwsAccountApi(account, mapper);
    this.clientCertificates = clientCertificates;
    this.documentation = documentation;
  }

  /** A parsed request: verb, decoded path segments, query and body. */
  private record Call(String verb, List<String> seg, Map<String, List<String>> query, byte[] body, AwsJson json) {
    String seg(int i) {
      return seg.get(i);
    }

    Optional<String> query(String name) {
      List<String> v = query.get(name);
      return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }
  }

  /** An answer before rendering: status and body (null = no body). */
  private record Answer(int status, ObjectNode body) {}

  @Override
  public HttpResponseData handle(HttpRequestData request) {
    String requestId = UUID.randomUUID().toString();
    try {
      Answer a = route(request);
      HttpHeaders.Builder h = HttpHeaders.builder().add("x-amzn-RequestId", requestId);
      if (a.body() == null) {
        return HttpResponseData.of(a.status(), h.build(), "");
      }
      h.add("Content-Type", "application/json");
      return HttpResponseData.of(a.status(), h.build(), mapper.writeValueAsString(a.body()));
    } catch (ApiException e) {
      return error(requestId, e.status(), e.errorType(), e.getMessage());
    } catch (ManagementError e) {
      AwsErrors.AwsError a = AwsErrors.render(e, runtime.accountId());
      return error(requestId, a.status(), a.type(), a.message());
    } catch (UnsupportedOperationException e) {
      LOG.warn("Not supported yet: {} {}", request.method(), request.rawPath(), e);
      return error(requestId, 501, "NotImplemented", String.valueOf(e.getMessage()));
    } catch (JsonProcessingException | RuntimeException e) {
      LOG.error("Management call {} {} failed", request.method(), request.rawPath(), e);
      return error(requestId, 500, "InternalFailure", "Internal failure: " + e);
    }
  }

  private HttpResponseData error(String requestId, int status, String type, String message) {
    ObjectNode body = mapper.createObjectNode().put("message", message);
    return HttpResponseData.of(
        status,
        HttpHeaders.builder()
            .add("x-amzn-RequestId", requestId)
            .add("x-amzn-ErrorType", type)
            .add("Content-Type", "application/json")
            .build(),
        body.toString());
  }

  private static List<String> segments(String rawPath) {
    List<String> out = new ArrayList<>();
    for (String s : rawPath.split("/")) {
      if (!s.isEmpty()) {
        out.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private Answer route(HttpRequestData request) {
    List<String> seg;
    try {
      seg = segments(request.rawPath());
    } catch (IllegalArgumentException e) {
      throw unknown(request);
    }
    String verb = request.method();
    Map<String, List<String>> query = QueryString.parse(request.rawQuery());
    if (seg.size() == 2 && seg.get(0).equals("tags")) {
      Answer a = tags(verb, seg.get(1), query, request.body());
      if (a == null) {
        throw unknown(request);
      }
      return a;
    }
    if (seg.size() == 1 && seg.get(0).equals("account")) {
      return accountApi.handle(request.method(), request.body()).map(AwsManagementApi::ok)
          .orElseThrow(() -> unknown(request));
    }
    if (!seg.isEmpty() && seg.get(0).equals("clientcertificates") && seg.size() <= 2) {
      Answer a = clientCertificates(new Call(verb, seg, query, request.body(), AwsJson.parse(mapper, request.body())));
      if (a == null) {
        throw unknown(request);
      }
      return a;
    }
    if (seg.isEmpty() || !seg.get(0).equals("restapis")) {
      throw unknown(request);
    }
    boolean raw = (seg.size() == 1 && verb.equals("POST") && "import".equals(first(query, "mode")))
        || (seg.size() == 2 && verb.equals("PUT"));
    AwsJson json = raw ? null : AwsJson.parse(mapper, request.body());
    Call c = new Call(verb, seg, query, request.body(), json);
    Answer a = switch (seg.size()) {
      case 1 -> restApis(c);
      case 2 -> restApi(c);
      default -> apiChild(c);
    };
    if (a == null) {
      throw unknown(request);
    }
    return a;
  }

  /** GetTags / TagResource / UntagResource on {@code /tags/{resource_arn}}. */
  private Answer tags(String verb, String arn, Map<String, List<String>> query, byte[] body) {
    switch (verb) {
      case "GET": {
        ObjectNode n = render.object();
        ObjectNode tags = n.putObject("tags");
        service.tags(arn).forEach(tags::put);
        return ok(n);
      }
      case "PUT":
        service.retag(arn, AwsJson.parse(mapper, body).stringMap("tags"), List.of());
        return noContent();
      case "DELETE":
        service.retag(arn, Map.of(), query.getOrDefault("tagKeys", List.of()));
        return noContent();
      default:
        return null;
    }
  }

  private static String first(Map<String, List<String>> q, String name) {
    List<String> v = q.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /**
   * No route: 501 {@code NotImplemented} naming the operation when the request is one of AWS's
   * (the fake does not serve it), else 404 {@code UnknownOperationException}.
   */
  private static ApiException unknown(HttpRequestData request) {
    Optional<AwsOperations.Operation> op;
    try {
      op = AwsOperations.find(request.method(), segments(request.rawPath()), QueryString.parse(request.rawQuery()));
    } catch (IllegalArgumentException e) {
      op = Optional.empty();
    }
    if (op.isPresent()) {
      return notImplemented(op.get().name() + " (" + request.method() + " " + request.rawPath()
          + ") is not supported by the fake API Gateway");
    }
    return new ApiException(404, "UnknownOperationException",
        "No operation matches " + request.method() + " " + request.rawPath());
  }

  private static ApiException notImplemented(String message) {
    return new ApiException(501, "NotImplemented", message);
  }

  private static Answer ok(ObjectNode body) {
    return new Answer(200, body);
  }

  private static Answer created(ObjectNode body) {
    return new Answer(201, body);
  }

  private static Answer accepted() {
    return new Answer(202, null);
  }

  private static Answer noContent() {
    return new Answer(204, null);
  }

  /** The edit the service runs inside its change: the PATCH operations applied in order. */
  private static <T> UnaryOperator<T> edit(PatchRules<T> rules, List<PatchOperation> ops) {
    return current -> rules.apply(current, ops);
  }

  private static List<PatchOperation> patch(Call c, String inputName) {
    return RawPatchOperation.validate(inputName, c.json().patchOperations());
  }

  /**
   * GET, PATCH (patch input named {@code patchInput}) and DELETE (answered 202) on the child
   * {@code /restapis/{a}/{children}/{id}}; null for other paths and verbs.
   */
  private static Answer child(Call c, String patchInput, Function<String, ObjectNode> get,
      BiFunction<String, List<PatchOperation>, ObjectNode> update, Consumer<String> delete) {
    if (c.seg().size() != 4) {
      return null;
    }
    String id = c.seg(3);
    switch (c.verb()) {
      case "GET":
        return ok(get.apply(id));
      case "PATCH":
        return ok(update.apply(id, patch(c, patchInput)));
      case "DELETE":
        delete.accept(id);
        return accepted();
      default:
        return null;
    }
  }

  // ------------------------------------------------------------------ /clientcertificates[/{id}]

  private Answer clientCertificates(Call c) {
    var certificates = clientCertificates;
    if (c.seg().size() == 1) {
      switch (c.verb()) {
        case "GET":
          return ok(page(c, certificates.all(), this::clientCertificate));
        case "POST":
          return created(clientCertificate(
              certificates.generate(c.json().string("description"), c.json().stringMap("tags"))));
        default:
          return null;
      }
    }
    String id = c.seg(1);
    switch (c.verb()) {
      case "GET":
        return ok(clientCertificate(certificates.get(id)));
      case "PATCH": {
        var ops = patch(c, "updateClientCertificateInput");
        return ok(clientCertificate(certificates.update(id, edit(ClientCertificatePatch.RULES, ops))));
      }
      case "DELETE":
        certificates.delete(id);
        return accepted();
      default:
        return null;
    }
  }

  private ObjectNode clientCertificate(ClientCertificateService.ClientCertificate cert) {
    ObjectNode n = render.object();
    n.put("clientCertificateId", cert.clientCertificateId());
    cert.description().ifPresent(d -> n.put("description", d));
    n.put("pemEncodedCertificate", cert.pemEncodedCertificate());
    n.put("createdDate", cert.createdDate().getEpochSecond());
    n.put("expirationDate", cert.expirationDate().getEpochSecond());
    ObjectNode tags = n.putObject("tags");
    cert.tags().forEach(tags::put);
    return n;
  }

  // ------------------------------------------------------------------ /restapis/{a}/documentation/parts[/{id}]

  private static final List<String> DOCUMENTATION_TYPES = List.of("API", "AUTHORIZER", "MODEL", "RESOURCE", "METHOD",
      "PATH_PARAMETER", "QUERY_PARAMETER", "REQUEST_HEADER", "REQUEST_BODY", "RESPONSE", "RESPONSE_HEADER",
      "RESPONSE_BODY");

  private Answer documentationParts(Call c, String apiId) {
    int n = c.seg().size();
    if (n >= 4 && n <= 5 && c.seg(3).equals("versions")) {
      return documentationVersions(c, apiId);
    }
    if (n < 4 || n > 5 || !c.seg(3).equals("parts")) {
      return null;
    }
    var docs = documentation;
    if (n == 4) {
      switch (c.verb()) {
        case "GET": {
          Optional<String> type = c.query("type");
          Optional<String> path = c.query("path");
          type.ifPresent(t -> {
            if (!DOCUMENTATION_TYPES.contains(t)) {
              throw AwsValues.enumViolation(t, "type", DOCUMENTATION_TYPES);
            }
          });
          var parts = docs.all(apiId).stream()
              .filter(p -> type.map(p.location().type()::equals).orElse(true))
              .filter(p -> path.map(p.location().path()::equals).orElse(true))
              .filter(p -> c.query("nameQuery").map(q -> p.location().name().orElse("").contains(q)).orElse(true))
              .toList();
          return ok(page(c, parts, this::documentationPart));
        }
        case "POST": {
          AwsJson j = c.json();
          AwsJson l = j.object("location").orElseThrow(() -> AwsValues.missing("createDocumentationPartInput.location"));
          String type = l.string("type").orElseThrow(() -> AwsValues.missing("createDocumentationPartInput.location.type"));
          if (!DOCUMENTATION_TYPES.contains(type)) {
            throw AwsValues.enumViolation(type, "createDocumentationPartInput.location.type", DOCUMENTATION_TYPES);
          }
          String properties = documentationProperties(j.string("properties")
              .orElseThrow(() -> AwsValues.missing("createDocumentationPartInput.properties")));
          var location = new DocumentationService.Location(type, l.string("path").orElse("/"), l.string("method"),
              l.string("statusCode"), l.string("name"));
          return created(documentationPart(docs.create(apiId, location, properties)));
        }
        default:
          return null;
      }
    }
    String id = c.seg(4);
    switch (c.verb()) {
      case "GET":
        return ok(documentationPart(docs.get(apiId, id)));
      case "PATCH": {
        var ops = patch(c, "updateDocumentationPartInput");
        return ok(documentationPart(docs.update(apiId, id,
            edit(DocumentationPartPatch.rules(this::documentationProperties), ops))));
      }
      case "DELETE":
        docs.delete(apiId, id);
        return accepted();
      default:
        return null;
    }
  }

  private Answer documentationVersions(Call c, String apiId) {
    var docs = documentation;
    if (c.seg().size() == 4) {
      switch (c.verb()) {
        case "GET":
          return ok(page(c, docs.versions(apiId), this::documentationVersion));
        case "POST": {
          AwsJson j = c.json();
          String version = j.string("documentationVersion")
              .orElseThrow(() -> AwsValues.missing("createDocumentationVersionInput.documentationVersion"));
          Optional<String> stageName = j.string("stageName");
          stageName.ifPresent(s -> service.stage(apiId, s)); // the stage must exist
          var created = docs.createVersion(apiId, version, j.string("description"));
          stageName.ifPresent(s -> service.updateStage(apiId, s,
              st -> st.withDocumentationVersion(Optional.of(version))));
          return created(documentationVersion(created));
        }
        default:
          return null;
      }
    }
    String version = c.seg(4);
    switch (c.verb()) {
      case "GET":
        return ok(documentationVersion(docs.version(apiId, version)));
      case "PATCH": {
        var ops = patch(c, "updateDocumentationVersionInput");
        return ok(documentationVersion(docs.updateVersion(apiId, version, edit(DocumentationVersionPatch.RULES, ops))));
      }
      case "DELETE":
        docs.deleteVersion(apiId, version);
        return accepted();
      default:
        return null;
    }
  }

  private ObjectNode documentationVersion(DocumentationService.DocumentationVersion v) {
    ObjectNode n = render.object();
    n.put("version", v.version());
    n.put("createdDate", v.createdDate().getEpochSecond());
    v.description().ifPresent(d -> n.put("description", d));
    return n;
  }

  /** A part's properties must be a JSON object (our wording: AWS's is not documented). */
  private String documentationProperties(String properties) {
    try {
      if (mapper.readTree(properties) instanceof ObjectNode) {
        return properties;
      }
    } catch (JsonProcessingException e) {
      // refused below
    }
    throw ApiException.badRequest("Invalid documentation properties specified: must be a JSON object: " + properties);
  }

  private ObjectNode documentationPart(DocumentationService.DocumentationPart p) {
    ObjectNode n = render.object();
    n.put("id", p.id());
    ObjectNode l = n.putObject("location");
    l.put("type", p.location().type());
    l.put("path", p.location().path());
    p.location().method().ifPresent(m -> l.put("method", m));
    p.location().statusCode().ifPresent(s -> l.put("statusCode", s));
    p.location().name().ifPresent(nm -> l.put("name", nm));
    n.put("properties", p.properties());
    return n;
  }

  // ------------------------------------------------------------------ /restapis[/{a}]

  private Answer restApis(Call c) {
    switch (c.verb()) {
      case "GET": {
        return ok(page(c, service.restApis(), a -> render.restApi(a, false)));
      }
      case "POST": {
        if (c.query("mode").filter("import"::equals).isPresent()) {
          var definition = imported(() -> new OpenApiImport(runtime).toDefinition(
              c.body(), Optional.empty(), "import", singleValues(c.query())));
          return created(render.restApi(service.importRestApi(definition), true));
        }
        AwsJson j = c.json();
        Optional<EndpointConfiguration> ec =
            AwsEndpointConfigurations.forCreate(j.object("endpointConfiguration"));
        var api = service.createRestApi(new RestApiService.CreateRestApi(
            j.string("name").orElse(null), j.string("description"), j.string("version"),
            j.strings("binaryMediaTypes"), j.integer("minimumCompressionSize"), j.string("apiKeySource"), ec,
            j.string("policy"), j.stringMap("tags"), j.bool("disableExecuteApiEndpoint").orElse(false),
            j.string("cloneFrom")));
        return created(render.restApi(api, true));
      }
      default:
        return null;
    }
  }

  private static Map<String, String> singleValues(Map<String, List<String>> query) {
    Map<String, String> m = new LinkedHashMap<>();
    query.forEach((k, v) -> m.put(k, v.isEmpty() ? "" : v.get(0)));
    return m;
  }

  /** One page of a list: {@code position} is the index of the next item, {@code limit} 1..500 (default 25). */
  private <T> ObjectNode page(Call c, List<T> all, Function<T, ObjectNode> item) {
    int start = c.query("position").map(p -> parseIndex(p, "position")).orElse(0);
    int limit = c.query("limit").map(l -> parseIndex(l, "limit")).orElse(25);
    if (limit < 1 || limit > 500) {
      throw ApiException.badRequest("Invalid limit specified. Must be between 1 and 500"); // our wording
    }
    // in long: position=2147483647 must not wrap into a negative end (and a negative next position)
    int end = (int) Math.min(all.size(), (long) start + limit);
    List<ObjectNode> items = new ArrayList<>();
    for (int i = Math.min(start, all.size()); i < end; i++) {
      items.add(item.apply(all.get(i)));
    }
    return render.list(items, end < all.size() ? Optional.of(Integer.toString(end)) : Optional.empty());
  }

  private static int parseIndex(String s, String name) {
    try {
      int i = Integer.parseInt(s);
      if (i < 0) {
        throw new NumberFormatException(s);
      }
      return i;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("Invalid " + name + " specified: " + s); // our wording
    }
  }

  private Answer restApi(Call c) {
    String apiId = c.seg(1);
    switch (c.verb()) {
      case "GET":
        return ok(render.restApi(service.restApi(apiId), true));
      case "PATCH":
        return ok(render.restApi(service.updateRestApi(apiId, edit(AwsPatches.REST_API, patch(c, "updateRestApiInput"))), true));
      case "DELETE":
        service.deleteRestApi(apiId);
        return accepted();
      case "PUT": {
        service.restApi(apiId);
        String mode = c.query("mode").orElse("merge");
        if (!mode.equals("merge") && !mode.equals("overwrite")) {
          throw AwsValues.enumViolation(mode, "putRestApiInput.mode", List.of("merge", "overwrite"));
        }
        OpenApiImport importer = new OpenApiImport(runtime);
        var api = imported(() -> service.replaceDefinition(apiId, existing ->
            importer.toDefinition(c.body(), Optional.of(existing), mode, singleValues(c.query()))));
        return ok(render.restApi(api, true));
      }
      default:
        return null;
    }
  }

  private Answer apiChild(Call c) {
    String apiId = c.seg(1);
    return switch (c.seg(2)) {
      case "resources" -> resources(c, apiId);
      case "deployments" -> deployments(c, apiId);
      case "stages" -> stages(c, apiId);
      case "models" -> models(c, apiId);
      case "requestvalidators" -> validators(c, apiId);
      case "gatewayresponses" -> gatewayResponses(c, apiId);
      case "documentation" -> documentationParts(c, apiId);
      default -> null;
    };
  }

  // ------------------------------------------------------------------ resources and below

  private Answer resources(Call c, String apiId) {
    boolean embed = c.query("embed").filter(e -> e.contains("methods")).isPresent();
    int n = c.seg().size();
    if (n == 3) {
      return c.verb().equals("GET") ? ok(page(c, service.resources(apiId), r -> render.resource(r, embed))) : null;
    }
    String resourceId = c.seg(3);
    if (n == 4) {
      if (c.verb().equals("POST")) {
        String pathPart = c.json().string("pathPart")
            .orElseThrow(() -> AwsValues.missing("createResourceInput.pathPart"));
        return created(render.resource(service.createResource(apiId, resourceId, pathPart), false));
      }
      return child(c, "updateResourceInput",
          id -> render.resource(service.resource(apiId, id), embed),
          (id, p) -> render.resource(service.updateResource(apiId, id, edit(AwsPatches.RESOURCE, p)), false),
          id -> service.deleteResource(apiId, id));
    }
    if (!c.seg(4).equals("methods") || n < 6) {
      return null;
    }
    String verb = c.seg(5);
    if (n == 6) {
      return method(c, apiId, resourceId, verb);
    }
    if (n == 8 && c.seg(6).equals("responses")) {
      return methodResponse(c, apiId, resourceId, verb, c.seg(7));
    }
    if (n == 7 && c.seg(6).equals("integration")) {
      return integration(c, apiId, resourceId, verb);
    }
    if (n == 9 && c.seg(6).equals("integration") && c.seg(7).equals("responses")) {
      return integrationResponse(c, apiId, resourceId, verb, c.seg(8));
    }
    return null;
  }

  private Answer method(Call c, String apiId, String resourceId, String verb) {
    switch (c.verb()) {
      case "PUT": {
        AwsJson j = c.json();
        Method m = new Method(verb,
            AwsValues.authorizationType(j.string("authorizationType")
                .orElseThrow(() -> AwsValues.missing("putMethodInput.authorizationType"))),
            j.string("authorizerId"), j.bool("apiKeyRequired").orElse(false), j.string("requestValidatorId"),
            j.string("operationName"), j.boolMap("requestParameters"), j.stringMap("requestModels"),
            Map.of(), Optional.empty(), j.strings("authorizationScopes"));
        return created(render.method(service.putMethod(apiId, resourceId, m)));
      }
      case "GET":
        return ok(render.method(service.method(apiId, resourceId, verb)));
      case "PATCH":
        return ok(render.method(service.updateMethod(apiId, resourceId, verb, edit(AwsPatches.METHOD, patch(c, "updateMethodInput")))));
      case "DELETE":
        service.deleteMethod(apiId, resourceId, verb);
        return noContent();
      case "POST":
        return testInvoke(c, apiId, resourceId, verb);
      default:
        return null;
    }
  }

  private Answer testInvoke(Call c, String apiId, String resourceId, String verb) {
    service.method(apiId, resourceId, verb); // 404s for unknown api/resource/method
    AwsJson j = c.json();
    TestInvokeRequest request = new TestInvokeRequest(j.string("pathWithQueryString").orElse(""),
        j.string("body").orElse(""), j.stringMap("headers"), j.stringListMap("multiValueHeaders"),
        j.stringMap("stageVariables"));
    TestInvokeResult r = pipeline.testInvoke(apiId, resourceId, verb, request);
    ObjectNode n = render.object();
    n.put("status", r.status());
    n.put("body", r.body());
    ObjectNode headers = n.putObject("headers");
    r.headers().forEach(headers::put);
    ObjectNode multi = n.putObject("multiValueHeaders");
    r.multiValueHeaders().forEach((k, v) -> {
      var a = multi.putArray(k);
      v.forEach(a::add);
    });
    n.put("log", r.log());
    n.put("latency", r.latency());
    return ok(n);
  }

  private Answer methodResponse(Call c, String apiId, String resourceId, String verb, String code) {
    switch (c.verb()) {
      case "PUT": {
        AwsJson j = c.json();
        MethodResponse r = new MethodResponse(code, j.boolMap("responseParameters"), j.stringMap("responseModels"));
        return created(render.methodResponse(service.putMethodResponse(apiId, resourceId, verb, r)));
      }
      case "GET":
        return ok(render.methodResponse(service.methodResponse(apiId, resourceId, verb, code)));
      case "PATCH":
        // AWS answers UpdateMethodResponse with 201
        return created(render.methodResponse(
            service.updateMethodResponse(apiId, resourceId, verb, code,
                edit(AwsPatches.METHOD_RESPONSE, patch(c, "updateMethodResponseInput")))));
      case "DELETE":
        service.deleteMethodResponse(apiId, resourceId, verb, code);
        return noContent();
      default:
        return null;
    }
  }

  private Answer integration(Call c, String apiId, String resourceId, String verb) {
    switch (c.verb()) {
      case "PUT": {
        AwsJson j = c.json();
        IntegrationType type = AwsValues.integrationType(j.string("type").orElse(null), "putIntegrationInput.type");
        int timeout = j.integer("timeoutInMillis").orElse(Integration.DEFAULT_TIMEOUT_MILLIS);
        Validation.timeout(timeout);
        Integration i = new Integration(type, j.string("httpMethod"), j.string("uri"), j.string("connectionType"),
            j.string("connectionId"), j.string("credentials"), j.stringMap("requestParameters"),
            j.stringMap("requestTemplates"), j.string("passthroughBehavior"), j.string("contentHandling"),
            timeout, j.string("cacheNamespace"), j.strings("cacheKeyParameters"), Map.of(),
            j.object("tlsConfig").map(t -> new TlsConfig(t.bool("insecureSkipVerification").orElse(false))));
        return created(render.integration(service.putIntegration(apiId, resourceId, verb, i)));
      }
      case "GET":
        return ok(render.integration(service.integration(apiId, resourceId, verb)));
      case "PATCH":
        return ok(render.integration(
            service.updateIntegration(apiId, resourceId, verb, edit(AwsPatches.INTEGRATION, patch(c, "updateIntegrationInput")))));
      case "DELETE":
        service.deleteIntegration(apiId, resourceId, verb);
        return noContent();
      default:
        return null;
    }
  }

  private Answer integrationResponse(Call c, String apiId, String resourceId, String verb, String code) {
    switch (c.verb()) {
      case "PUT": {
        AwsJson j = c.json();
        IntegrationResponse r = new IntegrationResponse(code, j.string("selectionPattern"),
            j.stringMap("responseParameters"), j.stringMap("responseTemplates"), j.string("contentHandling"));
        return created(render.integrationResponse(service.putIntegrationResponse(apiId, resourceId, verb, r)));
      }
      case "GET":
        return ok(render.integrationResponse(service.integrationResponse(apiId, resourceId, verb, code)));
      case "PATCH":
        return ok(render.integrationResponse(service.updateIntegrationResponse(
            apiId, resourceId, verb, code, edit(AwsPatches.INTEGRATION_RESPONSE, patch(c, "updateIntegrationResponseInput")))));
      case "DELETE":
        service.deleteIntegrationResponse(apiId, resourceId, verb, code);
        return noContent();
      default:
        return null;
    }
  }

  // ------------------------------------------------------------------ deployments and stages

  private static Optional<RestApiService.CanaryInput> canary(AwsJson j) {
    return j.object("canarySettings").map(c -> new RestApiService.CanaryInput(c.string("deploymentId"),
        c.number("percentTraffic"), c.stringMap("stageVariableOverrides"), c.bool("useStageCache")));
  }

  private Answer deployments(Call c, String apiId) {
    boolean summary = c.query("embed").filter(e -> e.contains("apisummary")).isPresent();
    int n = c.seg().size();
    if (n == 3) {
      switch (c.verb()) {
        case "GET":
          return ok(page(c, service.deployments(apiId), d -> render.deployment(d, summary)));
        case "POST": {
          AwsJson j = c.json();
          var d = service.createDeployment(apiId, new RestApiService.CreateDeployment(j.string("stageName"),
              j.string("stageDescription"), j.string("description"), j.bool("cacheClusterEnabled"),
              j.string("cacheClusterSize"), j.stringMap("variables"), canary(j), j.bool("tracingEnabled")));
          return created(render.deployment(d, false));
        }
        default:
          return null;
      }
    }
    return child(c, "updateDeploymentInput",
        id -> render.deployment(service.deployment(apiId, id), summary),
        (id, p) -> render.deployment(service.updateDeployment(apiId, id, edit(AwsPatches.DEPLOYMENT, p)), false),
        id -> service.deleteDeployment(apiId, id));
  }

  private Answer stages(Call c, String apiId) {
    int n = c.seg().size();
    if (n == 3) {
      switch (c.verb()) {
        case "GET": {
          List<ObjectNode> items = service.stages(apiId, c.query("deploymentId")).stream().map(render::stage).toList();
          return ok(render.list(items, Optional.empty()));
        }
        case "POST": {
          AwsJson j = c.json();
          var s = service.createStage(apiId, new RestApiService.CreateStage(j.string("stageName"),
              j.string("deploymentId"), j.string("description"), j.bool("cacheClusterEnabled"),
              j.string("cacheClusterSize"), j.stringMap("variables"), j.string("documentationVersion"), canary(j),
              j.bool("tracingEnabled"), j.stringMap("tags")));
          return created(render.stage(s));
        }
        default:
          return null;
      }
    }
    return child(c, "updateStageInput",
        name -> render.stage(service.stage(apiId, name)),
        (name, p) -> render.stage(service.updateStage(apiId, name, edit(AwsPatches.STAGE, p))),
        name -> service.deleteStage(apiId, name));
  }

  // ------------------------------------------------------------------ models, validators, gateway responses

  private Answer models(Call c, String apiId) {
    int n = c.seg().size();
    if (n == 3) {
      switch (c.verb()) {
        case "GET":
          return ok(page(c, service.models(apiId), render::model));
        case "POST": {
          AwsJson j = c.json();
          return created(render.model(service.createModel(apiId, j.string("name").orElse(null),
              j.string("contentType").orElse(null), j.string("schema"), j.string("description"))));
        }
        default:
          return null;
      }
    }
    return child(c, "updateModelInput",
        name -> render.model(service.model(apiId, name)),
        (name, p) -> render.model(service.updateModel(apiId, name, edit(AwsPatches.MODEL, p))),
        name -> service.deleteModel(apiId, name));
  }

  private Answer validators(Call c, String apiId) {
    int n = c.seg().size();
    if (n == 3) {
      switch (c.verb()) {
        case "GET":
          return ok(page(c, service.requestValidators(apiId), render::requestValidator));
        case "POST": {
          AwsJson j = c.json();
          return created(render.requestValidator(service.createRequestValidator(apiId, j.string("name"),
              j.bool("validateRequestBody").orElse(false), j.bool("validateRequestParameters").orElse(false))));
        }
        default:
          return null;
      }
    }
    return child(c, "updateRequestValidatorInput",
        id -> render.requestValidator(service.requestValidator(apiId, id)),
        (id, p) -> render.requestValidator(service.updateRequestValidator(apiId, id, edit(AwsPatches.REQUEST_VALIDATOR, p))),
        id -> service.deleteRequestValidator(apiId, id));
  }

  private Answer gatewayResponses(Call c, String apiId) {
    int n = c.seg().size();
    if (n == 3) {
      return c.verb().equals("GET")
          ? ok(page(c, service.gatewayResponses(apiId), render::gatewayResponse))
          : null;
    }
    if (n == 4 && c.verb().equals("PUT")) {
      AwsJson j = c.json();
      return created(render.gatewayResponse(service.putGatewayResponse(apiId, c.seg(3), j.string("statusCode"),
          j.stringMap("responseParameters"), j.stringMap("responseTemplates"))));
    }
    return child(c, "updateGatewayResponseInput",
        type -> render.gatewayResponse(service.gatewayResponse(apiId, type)),
        (type, p) -> render.gatewayResponse(service.updateGatewayResponse(apiId, type, edit(AwsPatches.GATEWAY_RESPONSE, p))),
        type -> service.deleteGatewayResponse(apiId, type));
  }

  /** Runs an OpenAPI import; a document it refuses is AWS's 400 BadRequestException. */
  private static <T> T imported(java.util.function.Supplier<T> importing) {
    try {
      return importing.get();
    } catch (InvalidDocumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }
}
