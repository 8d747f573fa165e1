package io.github.fakeapigw.internal.integration.lambda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fakeapigw.internal.context.InvocationContext;
import io.github.fakeapigw.internal.context.MethodRequest;
import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.http.HttpResponseData;
import io.github.fakeapigw.internal.integration.lambda.LambdaFunctions.Registration;
import io.github.fakeapigw.internal.integration.lambda.LambdaResult.EndpointResponse;
import io.github.fakeapigw.internal.integration.lambda.LambdaResult.Failure;
import io.github.fakeapigw.internal.integration.lambda.LambdaResult.ProxyResponse;
import io.github.fakeapigw.model.Deployment;
import io.github.fakeapigw.model.Integration;
import io.github.fakeapigw.model.IntegrationType;
import io.github.fakeapigw.recording.RecordedFunctionCall;
import io.github.fakeapigw.recording.RecordedHttpMessage;
import io.github.fakeapigw.recording.RecordedIntegrationCall;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code AWS} (Lambda custom) and {@code AWS_PROXY} (Lambda proxy) integrations, calling
 * functions registered on the gateway in process.
 *
 * @see <a
 *     href="https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-integrations.html">Lambda
 *     integrations in API Gateway</a>
 * @see <a
 *     href="https://docs.aws.amazon.com/apigateway/latest/developerguide/handle-errors-in-lambda-integration.html">Handle
 *     Lambda errors in API Gateway</a>
 */
public final class LambdaIntegration {
  private static final Logger LOG = LoggerFactory.getLogger(LambdaIntegration.class);
  private static final ObjectMapper STRICT_JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  static final String INTERNAL_SERVER_ERROR = "Internal server error";
  static final String TIMED_OUT = "Endpoint request timed out";
  static final String INVOCATION_TYPE = "X-Amz-Invocation-Type";

  private final LambdaFunctions functions;
  private final FunctionInvoker invoker;
  private final String region;
  private final String accountId;
  private final Function<InvocationContext, List<String>> binaryMediaTypes;

  public LambdaIntegration(LambdaFunctions functions, Clock clock, String region, String accountId) {
    this(functions, clock, region, accountId, context -> List.of());
  }

  /**
   * @param binaryMediaTypes the binary media types of the API serving a request (from the
   *     deployment that serves it)
   */
  public LambdaIntegration(
      LambdaFunctions functions,
      Clock clock,
      String region,
      String accountId,
      Function<InvocationContext, List<String>> binaryMediaTypes) {
    this.functions = functions;
    this.invoker = new FunctionInvoker(functions, clock);
    this.region = region;
    this.accountId = accountId;
    this.binaryMediaTypes = binaryMediaTypes;
  }


  /**
   * Runs an {@code AWS} or {@code AWS_PROXY} integration.
   *
   * @param integrationHeaders the integration request headers after mapping ({@code AWS} only)
   * @param payload the integration request body ({@code AWS} only; proxy events are built from the
   *     method request)
   */
  public LambdaResult invoke(
      Integration integration,
      MethodRequest request,
      InvocationContext context,
      HttpHeaders integrationHeaders,
      byte[] payload) {
    return integration.type() == IntegrationType.AWS_PROXY
        ? invokeProxy(integration, request, context, binaryMediaTypes.apply(context))
        : invokeCustom(integration, context, integrationHeaders,
            new String(payload, StandardCharsets.UTF_8));
  }

  /**
   * Runs an {@code AWS_PROXY} integration: builds the proxy event from the method request, calls
   * the function and validates its answer.
   *
   * @param binaryMediaTypes the REST API's {@code binaryMediaTypes}
   */
  public LambdaResult invokeProxy(
      Integration integration,
      MethodRequest request,
      InvocationContext context,
      List<String> binaryMediaTypes) {
    String event = ProxyEventBuilder.json(request, context, binaryMediaTypes);
    Target target;
    try {
      target = resolve(integration, context);
    } catch (ResolutionFailure f) {
      return failure(f.responseType, f.status, INTERNAL_SERVER_ERROR, f.getMessage(),
          IntegrationType.AWS_PROXY,
          f.uri, "RequestResponse", event, Optional.empty(), Duration.ZERO, List.of());
    }
    FunctionResult result =
        invoker.invokeAndWait(target.registration, target.ref, target.arn, event,
            Duration.ofMillis(integration.timeoutInMillis()), context.requestId());
    List<RecordedFunctionCall> calls = List.of(result.call());
    Duration duration = result.call().duration();
    if (result.timedOut()) {
      return timeout(integration, target, IntegrationType.AWS_PROXY, event, duration, calls);
    }
    RecordedHttpMessage lambdaResponse = lambdaResponse(result, target.ref);
    if (result.isFunctionError()) {
      Throwable error = result.error().get();
      return failure("INTEGRATION_FAILURE", 502, INTERNAL_SERVER_ERROR,
          "Lambda execution failed with status 200 due to customer function error: "
              + error.getClass().getName() + ": " + FunctionInvoker.errorMessage(error)
              + " (function " + target.arn + ", Lambda request id " + result.call().requestId()
              + ")",
          IntegrationType.AWS_PROXY, target.arn, "RequestResponse", event,
          Optional.of(lambdaResponse), duration, calls);
    }
    try {
      HttpResponseData response =
          ProxyResponseParser.parse(
              result.payload(), request.headers().last("Accept"), binaryMediaTypes);
      return new ProxyResponse(
          response,
          integrationCall(IntegrationType.AWS_PROXY, target.arn, "RequestResponse", event,
              Optional.of(lambdaResponse), duration, Optional.empty()),
          calls);
    } catch (ProxyResponseParser.MalformedResponse e) {
      return failure("INTEGRATION_FAILURE", 502, INTERNAL_SERVER_ERROR,
          e.getMessage() + " (function " + target.arn + ")", IntegrationType.AWS_PROXY,
          target.arn, "RequestResponse", event, Optional.of(lambdaResponse), duration, calls);
    }
  }

  /**
   * Runs an {@code AWS} (Lambda custom) integration: the rendered request template (or the
   * passed-through body) is the event; the function's payload (or Lambda's error object) is the
   * endpoint response. Mapping {@code X-Amz-Invocation-Type: 'Event'} onto the integration request
   * invokes asynchronously.
   *
   * @param integrationHeaders the integration request headers after parameter mapping
   * @param payload the integration request body
   */
  public LambdaResult invokeCustom(
      Integration integration,
      InvocationContext context,
      HttpHeaders integrationHeaders,
      String payload) {
    String invocationType = integrationHeaders.last(INVOCATION_TYPE).orElse("RequestResponse");
    Target target;
    try {
      target = resolve(integration, context);
    } catch (ResolutionFailure f) {
      return failure(f.responseType, f.status, INTERNAL_SERVER_ERROR, f.getMessage(),
          IntegrationType.AWS, f.uri,
          invocationType, payload, Optional.empty(), Duration.ZERO, List.of());
    }
    if (!payload.isEmpty() && !isJson(payload)) {
      return failure("API_CONFIGURATION_ERROR", 500, INTERNAL_SERVER_ERROR,
          "Lambda rejected the request payload (InvalidRequestContentException): it is not valid"
              + " JSON; check the request template; payload: " + snippet(payload),
          IntegrationType.AWS, target.arn, invocationType, payload, Optional.empty(),
          Duration.ZERO, List.of());
    }
    Duration timeout = Duration.ofMillis(integration.timeoutInMillis());
    switch (invocationType) {
      case "Event" -> {
        invoker.invokeAsync(target.registration, target.ref, target.arn, payload, timeout,
            context.requestId());
        return endpoint(202, HttpHeaders.empty(), "", "", target.arn, invocationType, payload,
            Duration.ZERO, List.of());
      }
      case "DryRun" -> {
        return endpoint(204, HttpHeaders.empty(), "", "", target.arn, invocationType, payload,
            Duration.ZERO, List.of());
      }
      case "RequestResponse" -> {
        // handled below
      }
      default -> {
        return failure("API_CONFIGURATION_ERROR", 500, INTERNAL_SERVER_ERROR,
            "Lambda rejected X-Amz-Invocation-Type \"" + invocationType
                + "\" (InvalidParameterValueException); use Event, RequestResponse or DryRun",
            IntegrationType.AWS, target.arn, invocationType, payload, Optional.empty(),
            Duration.ZERO, List.of());
      }
    }
    FunctionResult result =
        invoker.invokeAndWait(target.registration, target.ref, target.arn, payload, timeout,
            context.requestId());
    List<RecordedFunctionCall> calls = List.of(result.call());
    Duration duration = result.call().duration();
    if (result.timedOut()) {
      return timeout(integration, target, IntegrationType.AWS, payload, duration, calls);
    }
    RecordedHttpMessage lambdaResponse = lambdaResponse(result, target.ref);
    HttpHeaders.Builder headers = HttpHeaders.builder();
    lambdaResponse.headers().forEach((k, v) -> v.forEach(x -> headers.add(k, x)));
    String selectionValue =
        result.error().map(FunctionInvoker::errorMessage).orElse("");
    return endpoint(200, headers.build(), result.payload(), selectionValue, target.arn,
        invocationType, payload, duration, calls);
  }

  private record Target(FunctionRef ref, String arn, Registration registration) {}

  private static final class ResolutionFailure extends Exception {
    private static final long serialVersionUID = 1L;
    final String responseType;
    final int status;
    final String uri;

    ResolutionFailure(String message, String uri) {
      super(message);
      this.responseType = "API_CONFIGURATION_ERROR";
      this.status = 500;
      this.uri = uri;
    }
  }

  private Target resolve(Integration integration, InvocationContext context)
      throws ResolutionFailure {
    String rawUri = integration.uri().orElse("");
    if (rawUri.isEmpty()) {
      throw new ResolutionFailure(
          "The " + integration.type() + " integration has no uri; set it to"
              + " arn:aws:apigateway:" + region
              + ":lambda:path/2015-03-31/functions/{functionArn}/invocations", rawUri);
    }
    String uri = LambdaUris.substituteStageVariables(rawUri, context.stageVariables());
    String method = integration.httpMethod().orElse("");
    if (!method.equals("POST")) {
      throw new ResolutionFailure(
          "Lambda integrations must call the function with integration httpMethod POST; got \""
              + method + "\" (uri " + uri + ")", uri);
    }
    Optional<String> arn = LambdaUris.functionArn(uri);
    if (arn.isEmpty()) {
      throw new ResolutionFailure(
          "The " + integration.type() + " integration uri \"" + uri + "\" does not invoke a"
              + " Lambda function; only Lambda is supported among AWS service integrations:"
              + " use arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}"
              + "/invocations", uri);
    }
    String functionArn = URLDecoder.decode(arn.get(), StandardCharsets.UTF_8);
    FunctionRef ref;
    try {
      ref = FunctionRef.parse(functionArn);
    } catch (IllegalArgumentException e) {
      throw new ResolutionFailure(
          "The integration uri \"" + uri + "\" names no valid function: " + e.getMessage(), uri);
    }
    String invokedArn = ref.arn(region, accountId);
    Optional<Registration> registration = functions.find(ref, region, accountId);
    if (registration.isEmpty()) {
      List<String> registered = functions.registeredNames();
      throw new ResolutionFailure(
          "Lambda function \"" + invokedArn + "\" was not found (looked for name \"" + ref.name()
              + "\"" + ref.qualifier().map(q -> " with qualifier \"" + q + "\"").orElse("")
              + "); registered functions: "
              + (registered.isEmpty() ? "none" : registered.stream().map(n -> "\"" + n + "\"").toList())
              + "; register it with gateway.registerFunction(\"" + ref.name()
              + ref.qualifier().map(q -> ":" + q).orElse("") + "\", function)", invokedArn);
    }
    return new Target(ref, invokedArn, registration.get());
  }

  private LambdaResult timeout(
      Integration integration,
      Target target,
      IntegrationType type,
      String event,
      Duration duration,
      List<RecordedFunctionCall> calls) {
    return failure("INTEGRATION_TIMEOUT", 504, TIMED_OUT,
        "Lambda function " + target.arn + " did not answer within the integration's"
            + " timeoutInMillis (" + integration.timeoutInMillis() + " ms); its handler thread was"
            + " interrupted",
        type, target.arn, "RequestResponse", event, Optional.empty(), duration, calls);
  }

  private static RecordedHttpMessage lambdaResponse(FunctionResult result, FunctionRef ref) {
    Map<String, List<String>> headers =
        result.isFunctionError()
            ? Map.of("X-Amz-Function-Error", List.of("Unhandled"),
                "X-Amz-Executed-Version", List.of(ref.version()))
            : Map.of("X-Amz-Executed-Version", List.of(ref.version()));
    return new RecordedHttpMessage(200, headers, result.payload());
  }

  private static LambdaResult failure(
      String responseType,
      int status,
      String message,
      String cause,
      IntegrationType type,
      String uri,
      String invocationType,
      String event,
      Optional<RecordedHttpMessage> response,
      Duration duration,
      List<RecordedFunctionCall> calls) {
    LOG.debug("{} integration failed with {}: {}", type, status, cause);
    return new Failure(responseType, status, message, cause,
        integrationCall(type, uri, invocationType, event, response, duration, Optional.of(cause)),
        calls);
  }

  private static LambdaResult endpoint(
      int status,
      HttpHeaders headers,
      String body,
      String selectionValue,
      String arn,
      String invocationType,
      String event,
      Duration duration,
      List<RecordedFunctionCall> calls) {
    RecordedHttpMessage response =
        new RecordedHttpMessage(status, headers.toMultiValueMap(), body);
    return new EndpointResponse(status, headers, body, selectionValue,
        integrationCall(IntegrationType.AWS, arn, invocationType, event, Optional.of(response),
            duration, Optional.empty()),
        calls);
  }

  private static RecordedIntegrationCall integrationCall(
      IntegrationType type,
      String uri,
      String invocationType,
      String event,
      Optional<RecordedHttpMessage> response,
      Duration duration,
      Optional<String> error) {
    return new RecordedIntegrationCall(
        type.name(),
        "POST",
        uri,
        Map.of(INVOCATION_TYPE, List.of(invocationType)),
        event,
        response,
        duration,
        error);
  }

  private static boolean isJson(String payload) {
    try {
      STRICT_JSON.readTree(payload);
      return true;
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  private static String snippet(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "… (" + (text.length() - 200) + " more chars)";
  }
}
