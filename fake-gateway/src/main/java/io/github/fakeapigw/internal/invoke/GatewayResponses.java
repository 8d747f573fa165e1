package io.github.fakeapigw.internal.invoke;

import io.github.fakeapigw.internal.context.InvocationContext;
import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.http.HttpResponseData;
import io.github.fakeapigw.internal.mapping.ContextValues;
import io.github.fakeapigw.internal.mapping.TemplateSelection;
import io.github.fakeapigw.model.ApiDefinition;
import io.github.fakeapigw.model.GatewayResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gateway responses: every error of every stage is answered here. The API's gateway response for
 * the error's type (else {@code DEFAULT_4XX}/{@code DEFAULT_5XX}) sets the status, headers and
 * body; without one the gateway's default {@code {"message": ...}} answers.
 *
 * @see <a
 *     href="https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-gatewayResponse-definition.html">
 *     Gateway responses in API Gateway</a>
 */
final class GatewayResponses {
  private static final Logger LOG = LoggerFactory.getLogger(GatewayResponses.class);

  private static final String HEADER_PREFIX = "gatewayresponse.header.";

  private static final Pattern CONTEXT_REFERENCE =
      Pattern.compile("\\$context\\.([A-Za-z.]+[A-Za-z])");

  /**
   * The error response, recorded as the invocation's error.
   *
   * @param definition whose gateway responses apply (none before the API is known)
   * @param context the request context (none before routing)
   */
  HttpResponseData respond(
      Invocation inv, GatewayFailure failure, Optional<ApiDefinition> definition,
      Optional<InvocationContext> context) {
    inv.failed(failure);
    int status = failure.status();
    String body = failure.body();
    HttpHeaders.Builder headers = HttpHeaders.builder();
    // TestInvokeMethod answers an error with x-amzn-ErrorType alone (LocalStack's
    // test_apigateway_api.snapshot.json, test_failed_invoke_test_method).
    if (!inv.testInvoke()) {
      headers.add("Content-Type", TemplateSelection.APPLICATION_JSON);
    }
    Optional<GatewayResponse> custom = definition.flatMap(d -> gatewayResponse(d, failure));
    if (custom.isPresent()) {
      GatewayResponse g = custom.get();
      if (g.statusCode().isPresent()) {
        try {
          status = Integer.parseInt(g.statusCode().get().trim());
        } catch (NumberFormatException e) {
          LOG.warn("Gateway response {} has a non-numeric statusCode {}", g.responseType(),
              g.statusCode().get());
        }
      }
      for (Map.Entry<String, String> p : g.responseParameters().entrySet()) {
        if (p.getKey().startsWith(HEADER_PREFIX)) {
          value(p.getValue(), inv, context.or(inv::context))
              .ifPresent(v -> headers.set(p.getKey().substring(HEADER_PREFIX.length()), v));
        }
      }
      Optional<Map.Entry<String, String>> template = TemplateSelection.forResponse(
          g.responseTemplates(), Optional.ofNullable(inv.receivedRequest().headers())
              .flatMap(h -> firstHeader(h, "Accept")));
      if (template.isPresent()) {
        body = substituteContext(template.get().getValue(), failure, context, inv.requestId());
      }
    }
    headers.set("x-amzn-ErrorType", failure.errorType());
    if (!inv.testInvoke()) {
      MethodResponseStage.addResponseIds(headers, inv, false);
    }
    MethodResponseStage.addExtensionHeaders(headers, inv);
    if (inv.logging()) {
      inv.log("Method completed with status: " + status);
    }
    return HttpResponseData.of(status, headers.build(), body);
  }

  private static Optional<GatewayResponse> gatewayResponse(ApiDefinition d, GatewayFailure type) {
    GatewayResponse exact = d.gatewayResponses().get(type.responseType());
    if (exact != null) {
      return Optional.of(exact);
    }
    return Optional.ofNullable(
        d.gatewayResponses().get(type.status() < 500 ? "DEFAULT_4XX" : "DEFAULT_5XX"));
  }

  /** A {@code responseParameters} value: a quoted literal or a request or context reference. */
  private static Optional<String> value(
      String expression, Invocation inv, Optional<InvocationContext> context) {
    String e = expression.trim();
    if (e.length() >= 2 && e.startsWith("'") && e.endsWith("'")) {
      return Optional.of(e.substring(1, e.length() - 1));
    }
    if (e.startsWith("method.request.header.")) {
      return firstHeader(inv.receivedRequest().headers(),
          e.substring("method.request.header.".length()));
    }
    if (e.startsWith("method.request.querystring.")) {
      return inv.receivedRequest()
          .queryParameter(e.substring("method.request.querystring.".length()));
    }
    if (e.startsWith("method.request.path.")) {
      return inv.route()
          .map(r -> r.pathParameters().get(e.substring("method.request.path.".length())));
    }
    if (e.equals("context.requestId")) {
      return Optional.of(inv.requestId());
    }
    if (e.startsWith("context.") && context.isPresent()) {
      return ContextValues.lookup(context.get(), e.substring("context.".length()));
    }
    if (e.startsWith("stageVariables.")) {
      return Optional.ofNullable(inv.stageVariables().get(e.substring("stageVariables.".length())));
    }
    return Optional.empty();
  }

  private static Optional<String> firstHeader(Map<String, List<String>> headers, String name) {
    return headers.entrySet().stream()
        .filter(h -> h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty())
        .map(h -> h.getValue().get(h.getValue().size() - 1))
        .findFirst();
  }

  /** Gateway response templates are not Velocity: only plain {@code $context.*} substitution. */
  private static String substituteContext(
      String template, GatewayFailure type, Optional<InvocationContext> context,
      String requestId) {
    String quoted = "\"" + type.errorMessage().replace("\"", "\\\"") + "\"";
    String s = template
        .replace("$context.error.messageString", quoted)
        .replace("$context.error.message", type.errorMessage())
        .replace("$context.error.responseType", type.responseType())
        .replace("$context.requestId", requestId);
    if (context.isPresent()) {
      Matcher m = CONTEXT_REFERENCE.matcher(s);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        String v = ContextValues.lookup(context.get(), m.group(1)).orElse("");
        m.appendReplacement(sb, Matcher.quoteReplacement(v));
      }
      m.appendTail(sb);
      s = sb.toString();
    }
    return s;
  }
}
