package io.github.fakeapigw.internal.server;

import io.github.fakeapigw.internal.http.HttpHandler;
import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.http.HttpRequestData;
import io.github.fakeapigw.internal.http.HttpResponseData;
import io.github.fakeapigw.internal.huawei.invoke.HuaweiInvoke;
import io.github.fakeapigw.internal.invoke.InvokeHandler;
import io.github.fakeapigw.internal.invoke.InvokeTarget;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the gateway's one port between its faces: invoke URLs (three styles), the AWS management
 * API, the Huawei APIG management API, and the fake's own control endpoints. Invoke URLs are open,
 * as on AWS; the rest passes {@link ControlPlaneGuard} first.
 */
public final class GatewayRouter implements HttpHandler {
  /** Control endpoints of the fake itself. */
  public static final String CONTROL_PREFIX = "/_fakeapigw/";

  private static final Pattern HOST_STYLE =
      Pattern.compile("^([A-Za-z0-9]+)\\.execute-api\\.[^:]*(:\\d+)?$");
  private static final Pattern PATH_STYLE =
      Pattern.compile("^/restapis/([^/]+)/([^/]+)/_user_request_(/.*)?$");
  private static final Pattern EMULATOR_STYLE =
      Pattern.compile("^/_aws/execute-api/([^/]+)/([^/]+)(/.*)?$");

  private final InvokeHandler invoke;
  private final HttpHandler awsManagement;
  private final HttpHandler huaweiManagement;
  private final HttpHandler control;
  private final InvokeLookingPaths invokeLooking;
  private final Optional<HuaweiInvoke> huaweiInvoke;

  /**
   * @param huaweiInvoke serves Huawei groups, by their debug domain in {@code Host} or path style
   *     (may be null: no Huawei invoke)
   */
  public GatewayRouter(
      InvokeHandler invoke, HttpHandler awsManagement, HttpHandler huaweiManagement,
      HttpHandler control, InvokeLookingPaths invokeLooking, HuaweiInvoke huaweiInvoke) {
    this.huaweiInvoke = Optional.ofNullable(huaweiInvoke);
    this.invoke = invoke;
    this.awsManagement = awsManagement;
    this.huaweiManagement = huaweiManagement;
    this.control = control;
    this.invokeLooking = invokeLooking;
  }

  @Override
  public HttpResponseData handle(HttpRequestData request) throws Exception {
    // Each pattern is tried only when its literal part is present: most requests match none.
    String host = request.host();
    if (host.contains(".execute-api.")) {
      Matcher m = HOST_STYLE.matcher(host);
      if (m.matches()) {
        return hostStyle(m.group(1).toLowerCase(Locale.ROOT), stripPort(host), request);
      }
    }
    String path = request.rawPath();
    if (path.startsWith("/restapis/")) {
      Matcher m = PATH_STYLE.matcher(path);
      if (m.matches()) {
        return pathStyle(m, host, request);
      }
    }
    if (path.startsWith("/_aws/execute-api/")) {
      Matcher m = EMULATOR_STYLE.matcher(path);
      if (m.matches()) {
        return pathStyle(m, host, request);
      }
    }
    if (huaweiInvoke.isPresent()) {
      if (host.contains(".apic.")) {
        Optional<String> group = huaweiInvoke.get().groupOfHost(host);
        if (group.isPresent()) {
          return huaweiInvoke.get().invokeByHost(group.get(), request);
        }
      }
      if (path.startsWith(HuaweiInvoke.PATH_PREFIX)) {
        return huaweiInvoke.get().invokeByPath(request);
      }
    }
    // Everything below is the control plane: only requests a browser cannot forge get through.
    ControlPlaneGuard.Face face = path.startsWith(CONTROL_PREFIX)
        ? ControlPlaneGuard.Face.CONTROL
        : path.startsWith("/v1.0/apigw/") || path.startsWith("/v2/")
            ? ControlPlaneGuard.Face.HUAWEI
            : ControlPlaneGuard.Face.AWS;
    Instant receivedAt = Instant.now();
    Optional<HttpResponseData> refused = ControlPlaneGuard.check(face, request);
    if (refused.isPresent()) {
      return face == ControlPlaneGuard.Face.AWS
          ? invokeLooking.inspect(request, receivedAt, refused.get())
          : refused.get();
    }
    if (request.bodyTooLarge()) {
      return tooLarge();
    }
    return switch (face) {
      case CONTROL -> control.handle(request);
      case HUAWEI -> huaweiManagement.handle(request);
      case AWS -> invokeLooking.inspect(request, receivedAt, awsManagement.handle(request));
    };
  }

  /** Path and emulator style: API id, stage and resource path are the pattern's groups. */
  private HttpResponseData pathStyle(Matcher m, String host, HttpRequestData request) {
    return invoke.invoke(
        new InvokeTarget(m.group(1), m.group(2), orRoot(m.group(3)), domainFor(m.group(1), host)),
        request);
  }

  private HttpResponseData hostStyle(String apiId, String domain, HttpRequestData request) {
    String path = request.rawPath();
    // "/{stage}/{rest}"
    String rest = path.startsWith("/") ? path.substring(1) : path;
    int slash = rest.indexOf('/');
    String stage = slash < 0 ? rest : rest.substring(0, slash);
    if (stage.isEmpty()) {
      return forbidden();
    }
    String resourcePath = slash < 0 ? "/" : rest.substring(slash);
    return invoke.invoke(new InvokeTarget(apiId, stage, resourcePath, domain), request);
  }

  /** A request with no stage segment: AWS answers 403 Forbidden. */
  static HttpResponseData forbidden() {
    return HttpResponseData.of(
        403,
        HttpHeaders.builder()
            .add("Content-Type", "application/json")
            .add("x-amzn-ErrorType", "ForbiddenException")
            .build(),
        "{\"message\":\"Forbidden\"}");
  }

  /** A management or control request over the payload limit. */
  static HttpResponseData tooLarge() {
    return HttpResponseData.of(
        413,
        HttpHeaders.builder()
            .add("Content-Type", "application/json")
            .add("x-amzn-ErrorType", "RequestEntityTooLargeException")
            .build(),
        "{\"message\":\"Request Too Long\"}");
  }

  private static String orRoot(String s) {
    return s == null || s.isEmpty() ? "/" : s;
  }

  private static String stripPort(String host) {
    int colon = host.lastIndexOf(':');
    return colon < 0 ? host : host.substring(0, colon);
  }

  /** The domain name a path-style request would have had on AWS. */
  private static String domainFor(String apiId, String host) {
    return host.isEmpty() ? apiId + ".execute-api.localhost" : stripPort(host);
  }
}
