package io.github.fakeapigw.internal.invoke;

import io.github.fakeapigw.internal.context.EndpointResponse;
import io.github.fakeapigw.internal.context.InvocationContext;
import io.github.fakeapigw.internal.context.MethodRequest;
import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.mapping.MappingException;
import io.github.fakeapigw.internal.mapping.ParameterSources;
import io.github.fakeapigw.internal.mapping.ResponseParameterMapper;
import io.github.fakeapigw.internal.mapping.SelectionPatterns;
import io.github.fakeapigw.internal.mapping.TemplateSelection;
import io.github.fakeapigw.internal.template.Overrides;
import io.github.fakeapigw.internal.template.TemplateResult;
import io.github.fakeapigw.model.Integration;
import io.github.fakeapigw.model.IntegrationResponse;
import io.github.fakeapigw.recording.RenderedTemplate;
import io.github.fakeapigw.recording.SelectedIntegrationResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The integration response: selects the integration response by {@code selectionPattern}, maps
 * its response parameters, applies content handling and the response template (with its {@code
 * $context.responseOverride.*}). Proxy integrations skip it: their endpoint response passes
 * through, HTTP_PROXY's framing headers renamed.
 */
final class IntegrationResponseStage {
  /**
   * Backend response headers renamed {@code x-amzn-Remapped-<name>} for HTTP_PROXY
   * (test_apigateway_header_remapping_http[HTTP_PROXY] in LocalStack's
   * test_apigateway_integrations.snapshot.json; x-amzn-RequestId:
   * test_apigateway_http.snapshot.json, test_http_integration_with_lambda[HTTP_PROXY]).
   */
  private static final Set<String> REMAPPED_PROXY =
      Set.of("connection", "content-length", "date", "server", "x-amzn-requestid");

  /**
   * Method response headers renamed {@code x-amzn-Remapped-<name>} for non-proxy integrations
   * (test_apigateway_header_remapping_http[HTTP] and _aws[AWS]).
   */
  private static final Set<String> REMAPPED_NON_PROXY =
      Set.of("authorization", "connection", "content-length", "content-md5", "date", "expect",
          "host", "max-forwards", "proxy-authenticate", "server", "trailer", "upgrade",
          "user-agent", "www-authenticate");

  /**
   * Response headers dropped from backend answers and from mapped method response headers: the
   * gateway frames its own response (a mapped Transfer-Encoding does not reach the client in
   * test_apigateway_header_remapping_http[HTTP]).
   */
  private static final Set<String> DROPPED_RESPONSE = Set.of("transfer-encoding", "keep-alive");

  private final ResponseParameterMapper responseMapper;
  private final TemplateRendering templates;
  private final SelectionPatterns selectionPatterns = new SelectionPatterns();

  IntegrationResponseStage(ResponseParameterMapper responseMapper, TemplateRendering templates) {
    this.responseMapper = responseMapper;
    this.templates = templates;
  }

  MethodResponseStage.Draft respond(
      Invocation inv, Integration integration, IntegrationStage.Endpoint endpoint,
      MethodRequest request, InvocationContext context, Overrides requestOverrides,
      List<String> binaryMediaTypes) throws GatewayFailure {
    return switch (integration.type()) {
      case HTTP_PROXY -> httpProxy(endpoint.response());
      case AWS_PROXY -> new MethodResponseStage.Draft(endpoint.response().status(),
          endpoint.response().headers().toBuilder(), endpoint.response().body());
      case HTTP, MOCK, AWS -> mapped(inv, integration, endpoint.response(),
          endpoint.selectionValue(), request, context, requestOverrides, binaryMediaTypes);
    };
  }

  private static MethodResponseStage.Draft httpProxy(EndpointResponse endpoint) {
    HttpHeaders.Builder response = HttpHeaders.builder();
    endpoint.headers().toMultiValueMap().forEach((name, values) -> {
      String lower = name.toLowerCase(Locale.ROOT);
      if (!DROPPED_RESPONSE.contains(lower)) {
        String target = REMAPPED_PROXY.contains(lower) ? "x-amzn-Remapped-" + name : name;
        values.forEach(v -> response.add(target, v));
      }
    });
    return new MethodResponseStage.Draft(endpoint.status(), response, endpoint.body());
  }

  private MethodResponseStage.Draft mapped(
      Invocation inv, Integration integration, EndpointResponse endpoint, String selectionValue,
      MethodRequest request, InvocationContext context, Overrides requestOverrides,
      List<String> binaryMediaTypes) throws GatewayFailure {
    IntegrationResponse chosen;
    int status;
    ResponseParameterMapper.Mapped mapped;
    try {
      SelectionPatterns.Selection selection =
          selectionPatterns.select(integration.integrationResponses(), selectionValue)
              .orElseThrow(() -> new GatewayFailure(GatewayError.API_CONFIGURATION_ERROR,
                  "No match for output mapping and no default output mapping configured."
                      + " Endpoint Response Status Code: " + endpoint.status()
                      + " (selection value \"" + selectionValue + "\"; integration responses: "
                      + describe(integration.integrationResponses()) + ")"));
      chosen = selection.response();
      inv.selected(new SelectedIntegrationResponse(
          chosen.statusCode(), selection.matchedPattern(), selectionValue));
      try {
        status = Integer.parseInt(chosen.statusCode().trim());
      } catch (NumberFormatException e) {
        throw new GatewayFailure(GatewayError.API_CONFIGURATION_ERROR,
            "Integration response status code \"" + chosen.statusCode() + "\" is not a number");
      }
      mapped = responseMapper.map(chosen.responseParameters(),
          ParameterSources.Scope.response(context, endpoint.headers(), endpoint.body()));
    } catch (MappingException e) {
      throw GatewayFailure.of(e);
    }
    inv.mapped(mapped.recorded());

    boolean binary =
        ContentHandling.isBinary(endpoint.headers().last("Content-Type"), binaryMediaTypes);
    ContentHandling.Payload payload =
        ContentHandling.before(endpoint.body(), binary, chosen.contentHandling());
    byte[] body = payload.bytes();
    Overrides overrides = Overrides.NONE;
    Optional<Map.Entry<String, String>> template =
        TemplateSelection.forResponse(chosen.responseTemplates(), request.headers().last("Accept"));
    if (payload.text() && template.isPresent() && !template.get().getValue().isEmpty()) {
      TemplateResult result = templates.render(inv, RenderedTemplate.Phase.RESPONSE,
          template.get().getKey(), template.get().getValue(), payload.asString(), request,
          context, requestOverrides, true);
      body = result.output().getBytes(StandardCharsets.UTF_8);
      overrides = result.overrides();
    }
    body = ContentHandling.after(body, binary, chosen.contentHandling(), "response");

    HttpHeaders.Builder headers = HttpHeaders.builder();
    mapped.headers().forEach((name, value) -> {
      if (!DROPPED_RESPONSE.contains(name.toLowerCase(Locale.ROOT))) {
        headers.set(remapped(name), value);
      }
    });
    if (!headers.contains("Content-Type")) {
      headers.add("Content-Type", TemplateSelection.APPLICATION_JSON);
    }
    // Without a response template the request template's response overrides still apply.
    Optional<Integer> statusOverride = overrides.responseStatus().isPresent()
        ? overrides.responseStatus() : requestOverrides.responseStatus();
    if (statusOverride.isPresent()) {
      int s = statusOverride.get();
      if (s >= 100 && s <= 599) {
        status = s;
      }
    }
    Map<String, String> headerOverrides =
        overrides == Overrides.NONE ? requestOverrides.responseHeaders()
            : overrides.responseHeaders();
    headerOverrides.forEach(headers::set);
    return new MethodResponseStage.Draft(status, headers, body);
  }

  private static String remapped(String name) {
    return REMAPPED_NON_PROXY.contains(name.toLowerCase(Locale.ROOT))
        ? "x-amzn-Remapped-" + name : name;
  }

  private static String describe(Map<String, IntegrationResponse> responses) {
    List<String> parts = new ArrayList<>();
    responses.values().forEach(r -> parts.add(r.statusCode()
        + (r.isDefault() ? " (default)" : " (selectionPattern \"" + r.selectionPattern().get()
            + "\")")));
    return parts.isEmpty() ? "none" : parts.toString();
  }
}
