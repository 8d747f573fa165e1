package io.github.fakeapigw.internal.integration.lambda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fakeapigw.internal.context.InvocationContext;
import io.github.fakeapigw.internal.context.MethodRequest;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the Lambda proxy integration event, payload format 1.0, field for field as API Gateway
 * sends it.
 *
 * @see <a
 *     href="https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-input-format">Input
 *     format of a Lambda function for proxy integration</a>
 */
final class ProxyEventBuilder {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter REQUEST_TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  private static final List<String> IDENTITY_FIELDS =
      List.of(
          "accessKey",
          "accountId",
          "caller",
          "cognitoAuthenticationProvider",
          "cognitoAuthenticationType",
          "cognitoIdentityId",
          "cognitoIdentityPoolId",
          "principalOrgId",
          "sourceIp",
          "user",
          "userAgent",
          "userArn");

  private ProxyEventBuilder() {}

  /** The event as an ordered map (JSON nulls as {@code null} values). */
  static Map<String, Object> event(
      MethodRequest request, InvocationContext context, List<String> binaryMediaTypes) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("resource", context.resourcePath());
    event.put("path", request.rawPath());
    event.put("httpMethod", request.httpMethod());
    event.put("headers", nullIfEmpty(request.headers().toSingleValueMap()));
    event.put("multiValueHeaders", nullIfEmpty(request.headers().toMultiValueMap()));
    Map<String, String> query = new LinkedHashMap<>();
    request.queryParameters().forEach((k, v) -> {
      if (!v.isEmpty()) {
        query.put(k, v.get(v.size() - 1));
      }
    });
    event.put("queryStringParameters", nullIfEmpty(query));
    event.put("multiValueQueryStringParameters", nullIfEmpty(request.queryParameters()));
    event.put("pathParameters", nullIfEmpty(request.pathParameters()));
    event.put("stageVariables", nullIfEmpty(context.stageVariables()));
    event.put("requestContext", requestContext(context));
    boolean binary =
        request.headers().last("Content-Type").map(ct -> MediaTypes.isBinary(ct, binaryMediaTypes))
            .orElse(false);
    if (request.body().length == 0) {
      event.put("body", null);
    } else if (binary) {
      event.put("body", Base64.getEncoder().encodeToString(request.body()));
    } else {
      event.put("body", request.bodyAsString());
    }
    event.put("isBase64Encoded", binary && request.body().length > 0);
    return event;
  }

  /** The event as JSON text. */
  static String json(MethodRequest request, InvocationContext context, List<String> binaryMediaTypes) {
    try {
      return JSON.writeValueAsString(event(request, context, binaryMediaTypes));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialize the Lambda proxy event", e);
    }
  }

  private static Map<String, Object> requestContext(InvocationContext c) {
    Map<String, Object> rc = new LinkedHashMap<>();
    rc.put("accountId", c.accountId());
    rc.put("apiId", c.apiId());
    rc.put("deploymentId", c.deploymentId());
    rc.put("domainName", c.domainName());
    rc.put("domainPrefix", c.domainPrefix());
    rc.put("extendedRequestId", c.extendedRequestId());
    rc.put("httpMethod", c.httpMethod());
    rc.put("path", c.path());
    rc.put("protocol", c.protocol());
    rc.put("requestId", c.requestId());
    rc.put("requestTime", REQUEST_TIME.format(c.requestTime()));
    rc.put("requestTimeEpoch", c.requestTime().toEpochMilli());
    rc.put("resourceId", c.resourceId());
    rc.put("resourcePath", c.resourcePath());
    rc.put("stage", c.stage());
    Map<String, Object> identity = new LinkedHashMap<>();
    IDENTITY_FIELDS.forEach(f -> identity.put(f, null));
    identity.put("sourceIp", c.sourceIp());
    identity.put("userAgent", c.userAgent().orElse(null));
    rc.put("identity", identity);
    return rc;
  }

  private static <K, V> Map<K, V> nullIfEmpty(Map<K, V> map) {
    return map == null || map.isEmpty() ? null : map;
  }
}
