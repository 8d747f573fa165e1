package io.github.fakeapigw.internal.invoke;

import java.util.List;
import java.util.Map;

/** The input of TestInvokeMethod, in dialect-neutral form. */
public record TestInvokeRequest(
    String pathWithQueryString,
    String body,
    Map<String, String> headers,
    Map<String, List<String>> multiValueHeaders,
    Map<String, String> stageVariables) {
  public TestInvokeRequest {
    pathWithQueryString = pathWithQueryString == null ? "" : pathWithQueryString;
    body = body == null ? "" : body;
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    multiValueHeaders = multiValueHeaders == null ? Map.of() : Map.copyOf(multiValueHeaders);
    stageVariables = stageVariables == null ? Map.of() : Map.copyOf(stageVariables);
  }
}
