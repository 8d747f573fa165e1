package io.github.fakeapigw.internal.management.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakeapigw.model.ApiDefinition;
import io.github.fakeapigw.model.CanarySettings;
import io.github.fakeapigw.model.Deployment;
import io.github.fakeapigw.model.GatewayResponse;
import io.github.fakeapigw.model.Integration;
import io.github.fakeapigw.model.IntegrationResponse;
import io.github.fakeapigw.model.Method;
import io.github.fakeapigw.model.MethodResponse;
import io.github.fakeapigw.model.MethodSetting;
import io.github.fakeapigw.model.Model;
import io.github.fakeapigw.model.RequestValidator;
import io.github.fakeapigw.model.Resource;
import io.github.fakeapigw.model.RestApi;
import io.github.fakeapigw.model.Stage;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders model records as AWS REST-JSON: wire member names, timestamps as epoch seconds, absent
 * values omitted.
 */
final class AwsRender {
  private final ObjectMapper mapper;

  AwsRender(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  ObjectNode object() {
    return mapper.createObjectNode();
  }

  private static void opt(ObjectNode n, String name, Optional<String> value) {
    value.ifPresent(v -> n.put(name, v));
  }

  private static void time(ObjectNode n, String name, Instant t) {
    n.put(name, t.getEpochSecond());
  }

  private void strings(ObjectNode n, String name, Collection<String> values, boolean always) {
    if (always || !values.isEmpty()) {
      ArrayNode a = n.putArray(name);
      values.forEach(a::add);
    }
  }

  /** String map; {@code ""} values render as {@code null} (AWS's rendering of empty templates). */
  private void stringMap(ObjectNode n, String name, Map<String, String> m, boolean always) {
    if (always || !m.isEmpty()) {
      ObjectNode o = n.putObject(name);
      m.forEach((k, v) -> {
        if (v == null || v.isEmpty()) {
          o.putNull(k);
        } else {
          o.put(k, v);
        }
      });
    }
  }

  private void plainStringMap(ObjectNode n, String name, Map<String, String> m, boolean always) {
    if (always || !m.isEmpty()) {
      ObjectNode o = n.putObject(name);
      m.forEach(o::put);
    }
  }

  private void boolMap(ObjectNode n, String name, Map<String, Boolean> m) {
    if (!m.isEmpty()) {
      ObjectNode o = n.putObject(name);
      m.forEach(o::put);
    }
  }

  ObjectNode list(List<ObjectNode> items, Optional<String> position) {
    ObjectNode n = object();
    position.ifPresent(p -> n.put("position", p));
    ArrayNode a = n.putArray("item");
    items.forEach(a::add);
    return n;
  }

  ObjectNode restApi(RestApi api, boolean withTags) {
    ObjectNode n = object();
    n.put("id", api.id());
    n.put("name", api.name());
    opt(n, "description", api.description());
    time(n, "createdDate", api.createdDate());
    opt(n, "version", api.version());
    strings(n, "warnings", api.warnings(), false);
    strings(n, "binaryMediaTypes", api.binaryMediaTypes(), false);
    api.minimumCompressionSize().ifPresent(v -> n.put("minimumCompressionSize", v));
    n.put("apiKeySource", api.apiKeySource());
    ObjectNode ec = n.putObject("endpointConfiguration");
    strings(ec, "types", api.endpointConfiguration().types(), true);
    opt(ec, "ipAddressType", api.endpointConfiguration().ipAddressType());
    strings(ec, "vpcEndpointIds", api.endpointConfiguration().vpcEndpointIds(), false);
    opt(n, "policy", api.policy());
    if (withTags) {
      plainStringMap(n, "tags", api.tags(), true);
    }
    n.put("disableExecuteApiEndpoint", api.disableExecuteApiEndpoint());
    n.put("rootResourceId", api.rootResourceId());
    return n;
  }

  ObjectNode resource(Resource r, boolean embedMethods) {
    ObjectNode n = object();
    n.put("id", r.id());
    opt(n, "parentId", r.parentId());
    opt(n, "pathPart", r.pathPart());
    n.put("path", r.path());
    if (!r.resourceMethods().isEmpty()) {
      ObjectNode methods = n.putObject("resourceMethods");
      r.resourceMethods().forEach((verb, m) -> methods.set(verb, embedMethods ? method(m) : object()));
    }
    return n;
  }

  ObjectNode method(Method m) {
    ObjectNode n = object();
    n.put("httpMethod", m.httpMethod());
    n.put("authorizationType", m.authorizationType());
    opt(n, "authorizerId", m.authorizerId());
    n.put("apiKeyRequired", m.apiKeyRequired());
    opt(n, "requestValidatorId", m.requestValidatorId());
    opt(n, "operationName", m.operationName());
    boolMap(n, "requestParameters", m.requestParameters());
    plainStringMap(n, "requestModels", m.requestModels(), false);
    if (!m.methodResponses().isEmpty()) {
      ObjectNode responses = n.putObject("methodResponses");
      m.methodResponses().forEach((code, r) -> responses.set(code, methodResponse(r)));
    }
    m.methodIntegration().ifPresent(i -> n.set("methodIntegration", integration(i)));
    strings(n, "authorizationScopes", m.authorizationScopes(), false);
    return n;
  }

  ObjectNode methodResponse(MethodResponse r) {
    ObjectNode n = object();
    n.put("statusCode", r.statusCode());
    boolMap(n, "responseParameters", r.responseParameters());
    plainStringMap(n, "responseModels", r.responseModels(), false);
    return n;
  }

  ObjectNode integration(Integration i) {
    ObjectNode n = object();
    n.put("type", i.type().name());
    opt(n, "httpMethod", i.httpMethod());
    opt(n, "uri", i.uri());
    opt(n, "connectionType", i.connectionType());
    opt(n, "connectionId", i.connectionId());
    opt(n, "credentials", i.credentials());
    plainStringMap(n, "requestParameters", i.requestParameters(), false);
    stringMap(n, "requestTemplates", i.requestTemplates(), false);
    opt(n, "passthroughBehavior", i.passthroughBehavior());
    opt(n, "contentHandling", i.contentHandling());
    n.put("timeoutInMillis", i.timeoutInMillis());
    opt(n, "cacheNamespace", i.cacheNamespace());
    strings(n, "cacheKeyParameters", i.cacheKeyParameters(), true);
    if (!i.integrationResponses().isEmpty()) {
      ObjectNode responses = n.putObject("integrationResponses");
      i.integrationResponses().forEach((code, r) -> responses.set(code, integrationResponse(r)));
    }
    i.tlsConfig().ifPresent(t -> n.putObject("tlsConfig").put("insecureSkipVerification", t.insecureSkipVerification()));
    return n;
  }

  ObjectNode integrationResponse(IntegrationResponse r) {
    ObjectNode n = object();
    n.put("statusCode", r.statusCode());
    opt(n, "selectionPattern", r.selectionPattern());
    plainStringMap(n, "responseParameters", r.responseParameters(), false);
    stringMap(n, "responseTemplates", r.responseTemplates(), false);
    opt(n, "contentHandling", r.contentHandling());
    return n;
  }

  /** CreateDeployment's answer: {@code {id, createdDate[, description]}}. */
  ObjectNode deployment(Deployment d, boolean apiSummary) {
    ObjectNode n = object();
    n.put("id", d.id());
    opt(n, "description", d.description());
    time(n, "createdDate", d.createdDate());
    if (apiSummary) {
      n.set("apiSummary", apiSummary(d.snapshot()));
    }
    return n;
  }

  private ObjectNode apiSummary(ApiDefinition d) {
    ObjectNode n = object();
    for (Resource r : d.resources().values()) {
      if (r.resourceMethods().isEmpty()) {
        continue;
      }
      ObjectNode verbs = n.putObject(r.path());
      r.resourceMethods().forEach((verb, m) -> verbs.putObject(verb)
          .put("authorizationType", m.authorizationType())
          .put("apiKeyRequired", m.apiKeyRequired()));
    }
    return n;
  }

  ObjectNode stage(Stage s) {
    ObjectNode n = object();
    n.put("deploymentId", s.deploymentId());
    opt(n, "clientCertificateId", s.clientCertificateId());
    n.put("stageName", s.stageName());
    opt(n, "description", s.description());
    n.put("cacheClusterEnabled", s.cacheClusterEnabled());
    opt(n, "cacheClusterSize", s.cacheClusterSize());
    n.put("cacheClusterStatus", s.cacheClusterStatus());
    ObjectNode settings = n.putObject("methodSettings");
    s.methodSettings().forEach((k, v) -> settings.set(k, methodSetting(v)));
    plainStringMap(n, "variables", s.variables(), false);
    opt(n, "documentationVersion", s.documentationVersion());
    s.accessLogSettings().ifPresent(a -> {
      ObjectNode o = n.putObject("accessLogSettings");
      opt(o, "format", a.format());
      opt(o, "destinationArn", a.destinationArn());
    });
    s.canarySettings().ifPresent(c -> n.set("canarySettings", canary(c)));
    n.put("tracingEnabled", s.tracingEnabled());
    opt(n, "webAclArn", s.webAclArn());
    plainStringMap(n, "tags", s.tags(), false);
    time(n, "createdDate", s.createdDate());
    time(n, "lastUpdatedDate", s.lastUpdatedDate());
    return n;
  }

  private ObjectNode canary(CanarySettings c) {
    ObjectNode n = object();
    n.put("deploymentId", c.deploymentId());
    n.put("percentTraffic", c.percentTraffic());
    plainStringMap(n, "stageVariableOverrides", c.stageVariableOverrides(), false);
    n.put("useStageCache", c.useStageCache());
    return n;
  }

  private ObjectNode methodSetting(MethodSetting m) {
    ObjectNode n = object();
    n.put("metricsEnabled", m.metricsEnabled());
    opt(n, "loggingLevel", m.loggingLevel());
    n.put("dataTraceEnabled", m.dataTraceEnabled());
    n.put("throttlingBurstLimit", m.throttlingBurstLimit());
    n.put("throttlingRateLimit", m.throttlingRateLimit());
    n.put("cachingEnabled", m.cachingEnabled());
    n.put("cacheTtlInSeconds", m.cacheTtlInSeconds());
    n.put("cacheDataEncrypted", m.cacheDataEncrypted());
    n.put("requireAuthorizationForCacheControl", m.requireAuthorizationForCacheControl());
    n.put("unauthorizedCacheControlHeaderStrategy", m.unauthorizedCacheControlHeaderStrategy());
    return n;
  }

  ObjectNode model(Model m) {
    ObjectNode n = object();
    n.put("id", m.id());
    n.put("name", m.name());
    opt(n, "description", m.description());
    opt(n, "schema", m.schema());
    n.put("contentType", m.contentType());
    return n;
  }

  ObjectNode requestValidator(RequestValidator v) {
    ObjectNode n = object();
    n.put("id", v.id());
    n.put("name", v.name());
    n.put("validateRequestBody", v.validateRequestBody());
    n.put("validateRequestParameters", v.validateRequestParameters());
    return n;
  }

  ObjectNode gatewayResponse(GatewayResponse r) {
    ObjectNode n = object();
    n.put("responseType", r.responseType());
    opt(n, "statusCode", r.statusCode());
    // AWS answers both maps on every gateway response, {} when empty.
    plainStringMap(n, "responseParameters", r.responseParameters(), true);
    stringMap(n, "responseTemplates", r.responseTemplates(), true);
    n.put("defaultResponse", r.defaultResponse());
    return n;
  }
}
