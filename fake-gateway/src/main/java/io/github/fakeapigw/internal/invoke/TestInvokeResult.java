package io.github.fakeapigw.internal.invoke;

import java.util.List;
import java.util.Map;

/** The output of TestInvokeMethod: AWS's {@code {status, body, headers, multiValueHeaders, log, latency}}. */
public record TestInvokeResult(
    int status,
    String body,
    Map<String, String> headers,
    Map<String, List<String>> multiValueHeaders,
    String log,
    long latency) {}
