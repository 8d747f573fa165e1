package io.github.fakeapigw.internal.invoke;

import io.github.fakeapigw.internal.context.InvocationContext;
import io.github.fakeapigw.internal.context.MethodRequest;
import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.http.HttpRequestData;
import io.github.fakeapigw.internal.http.QueryString;
import io.github.fakeapigw.model.Method;
import io.github.fakeapigw.model.Resource;
import io.github.fakeapigw.recording.MatchedRoute;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The method request: routes the request to a resource and method of the deployed definition and
 * builds the method request and the request context ({@code $context}) every later stage reads.
 */
final class MethodRequestStage {
  private static final Logger LOG = LoggerFactory.getLogger(MethodRequestStage.class);

  static final String TEST_STAGE = "test-invoke-stage";

  /**
   * Request headers the method request does not have: not in {@code $input.params()}, {@code
   * method.request.header.*}, HTTP_PROXY's passthrough or the Lambda proxy event. AWS-recorded
   * (LocalStack's test_apigateway_integrations.snapshot.json, test_apigateway_header_remapping_http
   * and _aws: {@code $input.params('Content-MD5')} is empty, and so on; the POST events of
   * test_apigateway_lambda.snapshot.json, test_lambda_aws_proxy_integration, have no
   * Content-Length), plus the hop-by-hop and HTTP/2 upgrade headers a client library adds.
   */
  static final Set<String> HIDDEN_HEADERS =
      Set.of("connection", "content-length", "content-md5", "expect", "keep-alive",
          "max-forwards", "proxy-authenticate", "proxy-connection", "server", "te", "trailer",
          "transfer-encoding", "upgrade", "www-authenticate", "http2-settings");

  private final String accountId;

  MethodRequestStage(String accountId) {
    this.accountId = accountId;
  }

  /** A routed request: the method to run, its method request and request context. */
  record Routed(
      Resource resource, Method method, String methodKey, MethodRequest request,
      InvocationContext context) {}

  /**
   * Routes an invoke request.
   *
   * @throws GatewayFailure {@code MISSING_AUTHENTICATION_TOKEN} when no resource and method match
   */
  Routed route(
      Invocation inv, StageLookup.Deployed deployed, InvokeTarget target, HttpRequestData request,
      Map<String, List<String>> query) throws GatewayFailure {
    // "//a" is "/a" for routing and the method request; $context.path keeps what was sent.
    String path = ResourceRouter.stripLeadingSlashes(target.rawPath());
    ResourceRouter.Route route =
        ResourceRouter.route(deployed.definition(), request.method(), path);
    Map<String, String> pathParameters =
        route instanceof ResourceRouter.Route.Matched m ? m.pathParameters() : Map.of();
    MethodRequest methodRequest =
        new MethodRequest(
            request.method(), path, pathParameters, query, visible(request.headers()),
            request.body());
    Resource resource = route instanceof ResourceRouter.Route.Matched m ? m.resource() : null;
    String stageName = deployed.stage().stageName();
    InvocationContext context =
        new InvocationContext(
            inv.requestId(),
            inv.extendedRequestId(),
            accountId,
            deployed.api().id(),
            stageName,
            deployed.deploymentId(),
            resource == null ? null : resource.id(),
            resource == null ? null : resource.path(),
            request.method(),
            "/" + stageName + target.rawPath(),
            request.protocol(),
            target.domainName(),
            target.domainPrefix(),
            request.remoteAddress(),
            request.headers().last("User-Agent"),
            inv.receivedAt(),
            deployed.isCanary(),
            deployed.variables(),
            false);
    inv.context(context);
    if (route instanceof ResourceRouter.Route.Unmatched u) {
      inv.unmatched(u.reason());
      LOG.warn("Unmatched invocation {} {} (api {}, stage {}): {}", request.method(),
          target.rawPath(), deployed.api().id(), stageName, u.reason());
      throw new GatewayFailure(GatewayError.MISSING_AUTHENTICATION_TOKEN, u.reason());
    }
    ResourceRouter.Route.Matched matched = (ResourceRouter.Route.Matched) route;
    return new Routed(matched.resource(), matched.method(), matched.methodKey(), methodRequest,
        context);
  }

  /**
   * The method request of TestInvokeMethod: the given resource and method, no stage, the caller's
   * stage variables and AWS's fixed test values in the request context.
   */
  Routed forTest(
      Invocation inv, String apiId, Resource resource, Method method, String httpMethod,
      TestInvokeInput input, Map<String, String> stageVariables) {
    Map<String, String> pathParameters =
        ResourceRouter.pathParameters(resource, input.path()).orElse(Map.of());
    MethodRequest methodRequest =
        new MethodRequest(httpMethod, input.path(), pathParameters, input.query(),
            visible(input.headers()), input.body());
    InvocationContext context =
        new InvocationContext(
            inv.requestId(), inv.extendedRequestId(), accountId, apiId, TEST_STAGE,
            "test-invoke-deployment-id", resource.id(), resource.path(), httpMethod,
            "/" + TEST_STAGE + input.path(), "HTTP/1.1", "testPrefix.testDomainName",
            "testPrefix", "test-invoke-source-ip", input.headers().last("User-Agent"),
            inv.receivedAt(), Optional.empty(), stageVariables, true);
    inv.context(context);
    return new Routed(resource, method, httpMethod, methodRequest, context);
  }

  /** The headers without {@link #HIDDEN_HEADERS}; the same instance when none is there. */
  static HttpHeaders visible(HttpHeaders headers) {
    boolean any = false;
    for (String name : headers.toMultiValueMap().keySet()) {
      if (HIDDEN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        any = true;
        break;
      }
    }
    if (!any) {
      return headers;
    }
    HttpHeaders.Builder kept = HttpHeaders.builder();
    headers.toMultiValueMap().forEach((name, values) -> {
      if (!HIDDEN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        values.forEach(v -> kept.add(name, v));
      }
    });
    return kept.build();
  }

  /** Records the matched route and logs the method request (TestInvokeMethod). */
  void accept(Invocation inv, Routed routed) {
    MethodRequest request = routed.request();
    inv.routed(new MatchedRoute(routed.resource().id(), routed.resource().path(),
        routed.methodKey(), request.pathParameters()));
    if (inv.logging()) {
      inv.log("HTTP Method: " + request.httpMethod() + ", Resource Path: " + request.rawPath());
      inv.log("Method request path: " + request.pathParameters());
      inv.log("Method request query string: " + singleValues(request.queryParameters()));
      inv.log("Method request headers: " + request.headers().toSingleValueMap());
      inv.log("Method request body before transformations: " + request.bodyAsString());
    }
  }

  private static Map<String, String> singleValues(Map<String, List<String>> multi) {
    Map<String, String> m = new LinkedHashMap<>();
    multi.forEach((k, v) -> {
      if (!v.isEmpty()) {
        m.put(k, v.get(v.size() - 1));
      }
    });
    return m;
  }

  /** TestInvokeMethod's request, parsed: path and query split, headers merged. */
  record TestInvokeInput(
      String path, String rawQuery, Map<String, List<String>> query, HttpHeaders headers,
      byte[] body) {

    /** Splits {@code pathWithQueryString} (default: the resource path) and merges the headers. */
    static TestInvokeInput of(Resource resource, TestInvokeRequest request) {
      String pathWithQuery = request.pathWithQueryString().isEmpty()
          ? resource.path() : request.pathWithQueryString();
      int q = pathWithQuery.indexOf('?');
      String path = q < 0 ? pathWithQuery : pathWithQuery.substring(0, q);
      if (!path.startsWith("/")) {
        path = "/" + path;
      }
      String rawQuery = q < 0 ? "" : pathWithQuery.substring(q + 1);
      HttpHeaders.Builder hb = HttpHeaders.builder();
      request.multiValueHeaders().forEach((k, vs) -> vs.forEach(v -> hb.add(k, v)));
      request.headers().forEach((k, v) -> {
        if (!hb.contains(k)) {
          hb.add(k, v);
        }
      });
      return new TestInvokeInput(path, rawQuery, QueryString.parse(rawQuery), hb.build(),
          request.body().getBytes(StandardCharsets.UTF_8));
    }
  }
}
