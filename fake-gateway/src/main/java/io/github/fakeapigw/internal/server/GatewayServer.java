package io.github.fakeapigw.internal.server;

import io.github.fakeapigw.internal.http.HttpHandler;
import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.http.HttpRequestData;
import io.github.fakeapigw.internal.http.HttpResponseData;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Enumeration;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP/1.1 server of a gateway, bound to 127.0.0.1. It converts Jetty's request into {@link
 * HttpRequestData} and hands it to a {@link HttpHandler}; nothing else in the engine knows Jetty.
 */
public final class GatewayServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(GatewayServer.class);
  public static final String LOOPBACK = "127.0.0.1";

  /**
   * Largest request body read; API Gateway refuses payloads over 10 MB with 413. A larger body is
   * not kept: the request is handed on with {@link HttpRequestData#bodyTooLarge()} set.
   */
  public static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

  private final Server server;
  private final ServerConnector connector;

  public GatewayServer(int port, HttpHandler handler, String threadNamePrefix) {
    QueuedThreadPool pool = new QueuedThreadPool(64, 4);
    pool.setName(threadNamePrefix + "http");
    pool.setDaemon(true);
    server = new Server(pool);
    HttpConfiguration config = new HttpConfiguration();
    config.setSendServerVersion(false);
    config.setSendXPoweredBy(false);
    config.setUriCompliance(UriCompliance.LEGACY);
    connector =
        new ServerConnector(
            server,
            null,
            new ScheduledExecutorScheduler(threadNamePrefix + "scheduler", true),
            null,
            1,
            1,
            new HttpConnectionFactory(config));
    connector.setHost(LOOPBACK);
    connector.setPort(port);
    connector.setReuseAddress(true);
    server.addConnector(connector);
    server.setHandler(new Adapter(handler));
    server.setStopTimeout(0);
  }

  public void start() throws Exception {
    server.start();
  }

  public int port() {
    return connector.getLocalPort();
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      LOG.warn("Stopping the gateway's HTTP server failed", e);
    } finally {
      server.destroy();
    }
  }

  private static final class Adapter extends AbstractHandler {
    private final HttpHandler handler;

    Adapter(HttpHandler handler) {
      this.handler = handler;
    }

    @Override
    public void handle(
        String target, Request base, HttpServletRequest req, HttpServletResponse resp)
        throws IOException {
      base.setHandled(true);
      HttpResponseData out;
      byte[] read = readBody(req);
      boolean tooLarge = read == null;
      byte[] body = tooLarge ? new byte[0] : read;
      {
        HttpHeaders.Builder headers = HttpHeaders.builder();
        Enumeration<String> names = req.getHeaderNames();
        while (names.hasMoreElements()) {
          String name = names.nextElement();
          Enumeration<String> values = req.getHeaders(name);
          while (values.hasMoreElements()) {
            headers.add(name, values.nextElement());
          }
        }
        String rawPath = base.getHttpURI().getPath();
        String query = base.getHttpURI().getQuery();
        HttpRequestData data =
            new HttpRequestData(
                req.getMethod(),
                rawPath == null ? "/" : rawPath,
                query,
                headers.build(),
                body,
                req.getRemoteAddr(),
                req.getProtocol(),
                tooLarge);
        try {
          out = handler.handle(data);
        } catch (Exception | LinkageError e) {
          LOG.error("Unhandled error answering {} {}", req.getMethod(), rawPath, e);
          out =
              HttpResponseData.of(
                  500,
                  HttpHeaders.builder()
                      .add("Content-Type", "application/json")
                      .add("x-amzn-ErrorType", "InternalServerErrorException")
                      .build(),
                  "{\"message\": \"Internal server error\"}");
        }
      }
      write(out, resp);
    }

    /** Reads the whole body, or returns null when it exceeds {@link #MAX_BODY_BYTES}. */
    private static byte[] readBody(HttpServletRequest req) throws IOException {
      long declared = req.getContentLengthLong();
      if (declared > MAX_BODY_BYTES) {
        return null;
      }
      try (InputStream in = req.getInputStream()) {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        return bytes.length > MAX_BODY_BYTES ? null : bytes;
      }
    }

    private static void write(HttpResponseData out, HttpServletResponse resp) throws IOException {
      resp.setStatus(out.status());
      out.headers()
          .toMultiValueMap()
          .forEach((name, values) -> values.forEach(v -> resp.addHeader(name, v)));
      byte[] body = out.body();
      if (out.status() == 204 || out.status() == 304) {
        return;
      }
      resp.setContentLength(body.length);
      if (body.length > 0) {
        try (OutputStream os = resp.getOutputStream()) {
          os.write(body);
        }
      }
    }
  }

}
