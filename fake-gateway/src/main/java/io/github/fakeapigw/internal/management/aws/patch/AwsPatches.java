package io.github.fakeapigw.internal.management.aws.patch;

import static io.github.fakeapigw.internal.management.aws.patch.PatchOperation.Op.ADD;
import static io.github.fakeapigw.internal.management.aws.patch.PatchOperation.Op.REMOVE;
import static io.github.fakeapigw.internal.management.aws.patch.PatchOperation.Op.REPLACE;

import io.github.fakeapigw.internal.management.aws.ApiException;
import io.github.fakeapigw.internal.management.aws.AwsValues;
import io.github.fakeapigw.internal.management.Validation;
import io.github.fakeapigw.model.Deployment;
import io.github.fakeapigw.model.EndpointConfiguration;
import io.github.fakeapigw.model.GatewayResponse;
import io.github.fakeapigw.model.Integration;
import io.github.fakeapigw.model.IntegrationResponse;
import io.github.fakeapigw.model.Method;
import io.github.fakeapigw.model.MethodResponse;
import io.github.fakeapigw.model.Model;
import io.github.fakeapigw.model.RequestValidator;
import io.github.fakeapigw.model.Resource;
import io.github.fakeapigw.model.RestApi;
import io.github.fakeapigw.model.Stage;
import io.github.fakeapigw.model.TlsConfig;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * AWS's PATCH paths of every UpdateX operation (management-api.md section 7): which paths each
 * resource kind accepts, with which ops, and how each changes the model. The AWS dialect applies
 * them inside the edit it hands the service, so a refused operation changes nothing; checks that
 * need the rest of the API (a parent resource, a deployment, a model) run in the service on the
 * edited value.
 */
public final class AwsPatches {
  private AwsPatches() {}

  /** UpdateRestApi. */
  public static final PatchRules<RestApi> REST_API = PatchRules.<RestApi>builder()
      .field("/name", EnumSet.of(REPLACE), (a, op) -> {
        String v = PatchValues.required(op);
        if (v.isEmpty()) {
          throw ApiException.badRequest("Name cannot be empty"); // our wording
        }
        return a.withName(v);
      })
      .field("/description", EnumSet.of(REPLACE, REMOVE), (a, op) ->
          a.withDescription(op.op() == REMOVE ? Optional.empty() : PatchValues.clearable(op)))
      .field("/version", EnumSet.of(REPLACE, REMOVE), (a, op) ->
          a.withVersion(op.op() == REMOVE ? Optional.empty() : PatchValues.clearable(op)))
      .field("/policy", EnumSet.of(REPLACE, REMOVE), (a, op) ->
          a.withPolicy(op.op() == REMOVE ? Optional.empty() : PatchValues.clearable(op)))
      .field("/apiKeySource", EnumSet.of(REPLACE), (a, op) ->
          a.withApiKeySource(AwsValues.oneOf(PatchValues.required(op), "apiKeySource", List.of("HEADER", "AUTHORIZER"))))
      .field("/disableExecuteApiEndpoint", EnumSet.of(REPLACE), (a, op) ->
          a.withDisableExecuteApiEndpoint(PatchValues.bool(op)))
      .field("/minimumCompressionSize", EnumSet.of(REPLACE), (a, op) -> {
        Optional<String> v = PatchValues.clearable(op);
        if (v.isEmpty()) {
          return a.withMinimumCompressionSize(Optional.empty());
        }
        int size = PatchValues.integer(op);
        Validation.compressionSize(size);
        return a.withMinimumCompressionSize(Optional.of(size));
      })
      .keyed("/binaryMediaTypes", EnumSet.of(ADD, REPLACE, REMOVE), (a, op, type) -> {
        List<String> types = new ArrayList<>(a.binaryMediaTypes());
        switch (op.op()) {
          case ADD -> {
            if (!types.contains(type)) {
              types.add(type);
            }
          }
          case REPLACE -> {
            String next = PatchValues.required(op);
            int i = types.indexOf(type);
            if (i < 0) {
              types.add(next);
            } else {
              types.set(i, next);
            }
          }
          default -> types.remove(type);
        }
        return a.withBinaryMediaTypes(types);
      })
      .keyed("/endpointConfiguration/types", EnumSet.of(REPLACE), (a, op, old) -> {
        String next = AwsValues.oneOf(PatchValues.required(op), "endpoint type",
            List.of("EDGE", "REGIONAL", "PRIVATE"));
        List<String> types = new ArrayList<>(a.endpointConfiguration().types());
        int i = types.indexOf(old);
        if (i < 0) {
          throw ApiException.badRequest("Invalid patch path " + op.pathText());
        }
        types.set(i, next);
        EndpointConfiguration ec = a.endpointConfiguration().withTypes(types);
        return a.withEndpointConfiguration(ec);
      })
      .field("/endpointConfiguration/ipAddressType", EnumSet.of(REPLACE), (a, op) -> {
        String v = AwsValues.oneOf(PatchValues.required(op), "ipAddressType", List.of("ipv4", "dualstack"));
        EndpointConfiguration ec = a.endpointConfiguration().withIpAddressType(Optional.of(v));
        return a.withEndpointConfiguration(ec);
      })
      .build();

  /** UpdateResource: {@code /pathPart} and {@code /parentId}; where the resource may go is the service's check. */
  public static final PatchRules<Resource> RESOURCE = PatchRules.<Resource>builder()
      .field("/pathPart", EnumSet.of(REPLACE), (r, op) -> {
        if (r.isRoot()) {
          throw ApiException.badRequest("Root resource cannot update its pathPart.");
        }
        return r.withPathPart(Optional.of(PatchValues.required(op)));
      })
      .field("/parentId", EnumSet.of(REPLACE), (r, op) -> {
        if (r.isRoot()) {
          throw ApiException.badRequest("Root resource cannot update its parentId.");
        }
        return r.withParentId(Optional.of(PatchValues.required(op)));
      })
      .namingPathsPerOp(PatchRules.Wording.PATH_FIRST)
      .build();

  /** UpdateMethod. */
  public static final PatchRules<Method> METHOD = PatchRules.<Method>builder()
      .field("/authorizationType", EnumSet.of(REPLACE), (m, op) ->
          m.withAuthorizationType(AwsValues.authorizationType(PatchValues.required(op))))
      .field("/authorizerId", EnumSet.of(REPLACE), (m, op) ->
          m.withAuthorizerId(PatchValues.clearable(op)))
      .field("/apiKeyRequired", EnumSet.of(REPLACE), (m, op) ->
          m.withApiKeyRequired(PatchValues.bool(op)))
      .field("/operationName", EnumSet.of(REPLACE), (m, op) ->
          m.withOperationName(PatchValues.clearable(op)))
      .field("/requestValidatorId", EnumSet.of(REPLACE), (m, op) ->
          m.withRequestValidatorId(PatchValues.clearable(op)))
      .keyed("/requestParameters", EnumSet.of(ADD, REPLACE, REMOVE), (m, op, key) ->
          m.withRequestParameters(op.op() == REMOVE
              ? without(m.requestParameters(), key)
              : put(m.requestParameters(), key, PatchValues.bool(op))))
      .keyed("/requestModels", EnumSet.of(ADD, REPLACE, REMOVE), (m, op, type) ->
          m.withRequestModels(op.op() == REMOVE
              ? without(m.requestModels(), type)
              : put(m.requestModels(), type, PatchValues.required(op))))
      .field("/authorizationScopes", EnumSet.of(ADD, REMOVE), (m, op) -> {
        List<String> scopes = new ArrayList<>(m.authorizationScopes());
        String scope = PatchValues.required(op);
        if (op.op() == ADD) {
          if (!scopes.contains(scope)) {
            scopes.add(scope);
          }
        } else {
          scopes.remove(scope);
        }
        return m.withAuthorizationScopes(scopes);
      })
      .build();

  /** UpdateMethodResponse. */
  public static final PatchRules<MethodResponse> METHOD_RESPONSE = PatchRules.<MethodResponse>builder()
      .keyed("/responseParameters", EnumSet.of(ADD, REPLACE, REMOVE), (r, op, key) -> {
        if (op.op() != ADD && !r.responseParameters().containsKey(key)) {
          throw ApiException.notFound("Invalid parameter name specified");
        }
        if (op.op() == REMOVE) {
          return r.withResponseParameters(without(r.responseParameters(), key));
        }
        Validation.methodResponseParameter(key);
        return r.withResponseParameters(put(r.responseParameters(), key, PatchValues.bool(op)));
      })
      .keyed("/responseModels", EnumSet.of(ADD, REPLACE, REMOVE), (r, op, type) -> {
        if (op.op() != ADD && !r.responseModels().containsKey(type)) {
          throw ApiException.notFound("Content-Type specified was not found");
        }
        return r.withResponseModels(op.op() == REMOVE
            ? without(r.responseModels(), type)
            : put(r.responseModels(), type, PatchValues.required(op)));
      })
      .build();

  /** UpdateIntegration. */
  public static final PatchRules<Integration> INTEGRATION = PatchRules.<Integration>builder()
      .field("/type", EnumSet.of(REPLACE), (i, op) ->
          i.withType(AwsValues.integrationType(PatchValues.required(op), "updateIntegrationInput.type")))
      .field("/uri", EnumSet.of(REPLACE), (i, op) -> i.withUri(PatchValues.clearable(op)))
      .field("/httpMethod", EnumSet.of(REPLACE), (i, op) ->
          i.withHttpMethod(PatchValues.clearable(op)))
      .field("/credentials", EnumSet.of(REPLACE), (i, op) ->
          i.withCredentials(PatchValues.clearable(op)))
      .field("/passthroughBehavior", EnumSet.of(REPLACE), (i, op) ->
          i.withPassthroughBehavior(Optional.of(PatchValues.required(op))))
      .field("/contentHandling", EnumSet.of(REPLACE), (i, op) ->
          i.withContentHandling(PatchValues.clearable(op)))
      .field("/timeoutInMillis", EnumSet.of(REPLACE), (i, op) -> {
        int t = PatchValues.integer(op);
        Validation.timeout(t);
        return i.withTimeoutInMillis(t);
      })
      .field("/cacheNamespace", EnumSet.of(REPLACE), (i, op) ->
          i.withCacheNamespace(PatchValues.clearable(op)))
      .field("/connectionType", EnumSet.of(REPLACE), (i, op) ->
          i.withConnectionType(PatchValues.clearable(op)))
      .field("/connectionId", EnumSet.of(REPLACE), (i, op) ->
          i.withConnectionId(PatchValues.clearable(op)))
      .field("/tlsConfig/insecureSkipVerification", EnumSet.of(REPLACE), (i, op) ->
          i.withTlsConfig(Optional.of(new TlsConfig(PatchValues.bool(op)))))
      .keyed("/requestParameters", EnumSet.of(ADD, REPLACE, REMOVE), (i, op, key) ->
          i.withRequestParameters(op.op() == REMOVE
              ? without(i.requestParameters(), key)
              : put(i.requestParameters(), key, PatchValues.required(op))))
      .keyed("/requestTemplates", EnumSet.of(ADD, REPLACE, REMOVE), (i, op, type) ->
          i.withRequestTemplates(op.op() == REMOVE
              ? without(i.requestTemplates(), type)
              : put(i.requestTemplates(), type, op.value().orElse(""))))
      .keyed("/cacheKeyParameters", EnumSet.of(ADD, REMOVE), (i, op, name) -> {
        List<String> keys = new ArrayList<>(i.cacheKeyParameters());
        if (op.op() == ADD) {
          if (!keys.contains(name)) {
            keys.add(name);
          }
        } else {
          keys.remove(name);
        }
        return i.withCacheKeyParameters(keys);
      })
      .build();

  /** UpdateIntegrationResponse. */
  public static final PatchRules<IntegrationResponse> INTEGRATION_RESPONSE =
      PatchRules.<IntegrationResponse>builder()
          .field("/selectionPattern", EnumSet.of(REPLACE), (r, op) ->
              r.withSelectionPattern(Optional.of(op.value().orElse(""))))
          .field("/contentHandling", EnumSet.of(REPLACE), (r, op) ->
              r.withContentHandling(PatchValues.clearable(op)))
          .keyed("/responseParameters", EnumSet.of(ADD, REPLACE, REMOVE), (r, op, key) ->
              r.withResponseParameters(op.op() == REMOVE
                  ? without(r.responseParameters(), key)
                  : put(r.responseParameters(), key, PatchValues.required(op))))
          .keyed("/responseTemplates", EnumSet.of(ADD, REPLACE, REMOVE), (r, op, type) ->
              r.withResponseTemplates(op.op() == REMOVE
                  ? without(r.responseTemplates(), type)
                  : put(r.responseTemplates(), type, op.value().orElse(""))))
          .build();

  /** UpdateDeployment: {@code /description} only; the snapshot never changes. */
  public static final PatchRules<Deployment> DEPLOYMENT = PatchRules.<Deployment>builder()
      .field("/description", EnumSet.of(REPLACE), (dep, op) -> dep.withDescription(PatchValues.clearable(op)))
      .build();

  /** UpdateModel: {@code /schema}, {@code /description}. */
  public static final PatchRules<Model> MODEL = PatchRules.<Model>builder()
      .field("/description", EnumSet.of(REPLACE), (m, op) -> m.withDescription(PatchValues.clearable(op)))
      .field("/schema", EnumSet.of(REPLACE), (m, op) -> m.withSchema(PatchValues.clearable(op)))
      .namingPathsPerOp(PatchRules.Wording.OP_FIRST)
      .build();

  /** UpdateRequestValidator. */
  public static final PatchRules<RequestValidator> REQUEST_VALIDATOR = PatchRules.<RequestValidator>builder()
      .field("/name", EnumSet.of(REPLACE), (v, op) -> v.withName(PatchValues.required(op)))
      .field("/validateRequestBody", EnumSet.of(REPLACE), (v, op) -> v.withValidateRequestBody(PatchValues.bool(op)))
      .field("/validateRequestParameters", EnumSet.of(REPLACE), (v, op) ->
          v.withValidateRequestParameters(PatchValues.bool(op)))
      .namingPathsPerOp(PatchRules.Wording.OP_FIRST)
      .build();

  /** UpdateGatewayResponse. */
  public static final PatchRules<GatewayResponse> GATEWAY_RESPONSE = PatchRules.<GatewayResponse>builder()
      .field("/statusCode", EnumSet.of(REPLACE), (r, op) -> {
        String code = PatchValues.required(op);
        Validation.statusCode(code);
        return r.withStatusCode(Optional.of(code));
      })
      .keyed("/responseParameters", EnumSet.of(ADD, REPLACE, REMOVE), (r, op, key) ->
          r.withResponseParameters(op.op() == REMOVE
              ? without(r.responseParameters(), key)
              : put(r.responseParameters(), key, PatchValues.required(op))))
      .keyed("/responseTemplates", EnumSet.of(ADD, REPLACE, REMOVE), (r, op, ct) ->
          r.withResponseTemplates(op.op() == REMOVE
              ? without(r.responseTemplates(), ct)
              : put(r.responseTemplates(), ct, op.value().orElse(""))))
      .build();

  /** UpdateStage (see {@link StagePatch}). */
  public static final PatchRules<Stage> STAGE = StagePatch.RULES;

  private static <K, V> Map<K, V> put(Map<K, V> m, K k, V v) {
    Map<K, V> copy = new LinkedHashMap<>(m);
    copy.put(k, v);
    return copy;
  }

  private static <K, V> Map<K, V> without(Map<K, V> m, K k) {
    Map<K, V> copy = new LinkedHashMap<>(m);
    copy.remove(k);
    return copy;
  }
}
