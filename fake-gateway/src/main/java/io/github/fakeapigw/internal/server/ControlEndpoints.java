package io.github.fakeapigw.internal.server;

import io.github.fakeapigw.internal.http.HttpHandler;
import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.http.HttpRequestData;
import io.github.fakeapigw.internal.http.HttpResponseData;

/**
 * The fake's own endpoints under {@code /_fakeapigw/}: {@code POST /_fakeapigw/reset} clears every
 * API, deployment and recording (for tests in other languages sharing one long-running gateway);
 * {@code GET /_fakeapigw/health} answers {@code {"status":"running"}}.
 */
public final class ControlEndpoints implements HttpHandler {
  private final Runnable reset;

  public ControlEndpoints(Runnable reset) {
    this.reset = reset;
  }

  @Override
  public HttpResponseData handle(HttpRequestData request) {
    String path = request.rawPath();
    String method = request.method();
    if (path.equals(GatewayRouter.CONTROL_PREFIX + "reset")
        && (method.equals("POST") || method.equals("DELETE"))) {
      reset.run();
      return new HttpResponseData(204, HttpHeaders.empty(), new byte[0]);
    }
    if (path.equals(GatewayRouter.CONTROL_PREFIX + "health") && method.equals("GET")) {
      return json(200, "{\"status\":\"running\"}");
    }
    return json(
        404,
        "{\"message\":\"Unknown control endpoint " + method + " " + path
            + "; use POST /_fakeapigw/reset or GET /_fakeapigw/health\"}");
  }

  private static HttpResponseData json(int status, String body) {
    return HttpResponseData.of(
        status, HttpHeaders.builder().add("Content-Type", "application/json").build(), body);
  }
}
