package io.github.fakeapigw.internal.server;

import io.github.fakeapigw.internal.http.HttpHandler;
import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.http.HttpRequestData;
import io.github.fakeapigw.internal.http.HttpResponseData;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.ProtocolVersion;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpServerConnection;
import org.apache.hc.core5.http.impl.io.HttpService;
import org.apache.hc.core5.http.io.HttpServerRequestHandler;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.support.BasicHttpServerExpectationDecorator;
import org.apache.hc.core5.http.message.BasicClassicHttpResponse;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.http.protocol.HttpCoreContext;
import org.apache.hc.core5.http.protocol.HttpProcessorBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.http.protocol.ResponseConnControl;
import org.apache.hc.core5.http.protocol.ResponseContent;
import org.apache.hc.core5.http.protocol.ResponseDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP/1.1 server of a gateway, bound to 127.0.0.1. It converts each request into {@link
 * HttpRequestData} and hands it to a {@link HttpHandler}; nothing else in the engine knows the
 * server library.
 *
 * <p>Blocking I/O, one thread per open connection: a keep-alive client's request is read, answered
 * and written by the same thread, with no selector and no hand-off between threads. HTTP/1.1
 * framing (chunked bodies, {@code Expect: 100-continue}, keep-alive, HEAD) is Apache HttpCore 5's.
 * A connection idle for {@link #IDLE_TIMEOUT} is closed, which ends its thread. All threads
 * are daemon threads named after the gateway, and {@link #close()} ends every one of them.
 */
public final class GatewayServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(GatewayServer.class);
  public static final String LOOPBACK = "127.0.0.1";

  /**
   * Largest request body read; API Gateway refuses payloads over 10 MB with 413. A larger body is
   * not kept: the request is handed on with {@link HttpRequestData#bodyTooLarge()} set.
   */
  public static final int MAX_BODY_BYTES = io.github.fakeapigw.internal.http.Limits.MAX_BODY_BYTES;

  /** A keep-alive connection with no request for this long is closed. */
  public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);

  private static final int MAX_REQUEST_LINE_AND_HEADER = 64 * 1024;
  private static final int MAX_HEADERS = 512;

  private final int requestedPort;
  private final long idleTimeoutNanos;
  private final long sweepIntervalNanos;
  private final String threadNamePrefix;
  private final HttpService service;
  private final Http1Config http1Config;
  private final ThreadPoolExecutor workers;
  private final Set<Connection> open = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile ServerSocket listener;
  private volatile Thread acceptor;
  private long lastSweep = System.nanoTime();

  public GatewayServer(int port, HttpHandler handler, String threadNamePrefix) {
    this(port, handler, threadNamePrefix, IDLE_TIMEOUT);
  }

  GatewayServer(int port, HttpHandler handler, String threadNamePrefix, Duration idleTimeout) {
    this.requestedPort = port;
    this.idleTimeoutNanos = idleTimeout.toNanos();
    this.sweepIntervalNanos = Math.max(
        TimeUnit.MILLISECONDS.toNanos(10), Math.min(TimeUnit.SECONDS.toNanos(1), idleTimeoutNanos / 4));
    this.threadNamePrefix = threadNamePrefix;
    this.http1Config =
        Http1Config.custom()
            .setMaxLineLength(MAX_REQUEST_LINE_AND_HEADER)
            .setMaxHeaderCount(MAX_HEADERS)
            .build();
    this.service =
        HttpService.builder()
            .withHttpProcessor(
                HttpProcessorBuilder.create()
                    .addAll(new ResponseDate(), new ResponseContent(true), new ResponseConnControl())
                    .build())
            .withHttpServerRequestHandler(
                new BasicHttpServerExpectationDecorator(new Adapter(handler)))
            .withHttp1Config(http1Config)
            .build();
    AtomicInteger counter = new AtomicInteger();
    this.workers =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            r -> {
              Thread t = new Thread(r, threadNamePrefix + "http-" + counter.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  public void start() throws IOException {
    ServerSocket socket = new ServerSocket();
    try {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), requestedPort), 128);
      socket.setSoTimeout((int) TimeUnit.NANOSECONDS.toMillis(sweepIntervalNanos));
    } catch (IOException e) {
      socket.close();
      throw e;
    }
    listener = socket;
    Thread t = new Thread(this::acceptLoop, threadNamePrefix + "http-acceptor");
    t.setDaemon(true);
    acceptor = t;
    t.start();
  }

  public int port() {
    ServerSocket socket = listener;
    return socket == null ? -1 : socket.getLocalPort();
  }

  private void acceptLoop() {
    ServerSocket socket = listener;
    while (!closed.get()) {
      Socket accepted;
      try {
        accepted = socket.accept();
      } catch (SocketTimeoutException e) {
        closeIdleConnections();
        continue;
      } catch (IOException e) {
        if (closed.get() || socket.isClosed()) {
          return;
        }
        LOG.warn("Accepting a connection on port {} failed", socket.getLocalPort(), e);
        continue;
      }
      Connection connection = new Connection(accepted);
      open.add(connection);
      if (closed.get()) {
        connection.close();
        return;
      }
      try {
        workers.execute(() -> serve(connection));
      } catch (RuntimeException e) {
        LOG.warn("No thread to serve a connection on port {}", socket.getLocalPort(), e);
        open.remove(connection);
        connection.close();
      }
      closeIdleConnections();
    }
  }

  /**
   * Closes keep-alive connections that have waited longer than the idle timeout for their next
   * request. Sockets carry no read timeout: a timed read costs an extra poll per request, so idle
   * connections are reaped here instead, by the acceptor, between accepts.
   */
  private void closeIdleConnections() {
    long now = System.nanoTime();
    if (now - lastSweep < sweepIntervalNanos) {
      return;
    }
    lastSweep = now;
    for (Connection connection : open) {
      if (connection.idleLongerThan(now, idleTimeoutNanos)) {
        connection.close();
      }
    }
  }

  private void serve(Connection connection) {
    Socket socket = connection.socket;
    DefaultBHttpServerConnection http =
        new DefaultBHttpServerConnection("http", http1Config);
    try {
      socket.setTcpNoDelay(true);
      http.bind(socket);
      // One context per connection, as HttpCore's own server does: each request overwrites the
      // request and response it holds.
      HttpCoreContext context = HttpCoreContext.create();
      context.setAttribute(Connection.ATTRIBUTE, connection);
      while (!closed.get() && http.isOpen()) {
        service.handleRequest(http, context);
        connection.idle();
      }
    } catch (ConnectionClosedException e) {
      // The client went away, or the connection was idle past the idle timeout.
    } catch (SocketException e) {
      if (!closed.get()) {
        LOG.debug("Connection from {} ended: {}", socket.getRemoteSocketAddress(), e.toString());
      }
    } catch (IOException | HttpException | RuntimeException e) {
      if (!closed.get()) {
        LOG.debug("Connection from {} failed", socket.getRemoteSocketAddress(), e);
      }
    } finally {
      open.remove(connection);
      http.close(CloseMode.IMMEDIATE);
      connection.close();
    }
  }

  /** One accepted socket, and whether it waits for its next request (and since when). */
  private static final class Connection {
    static final String ATTRIBUTE = Connection.class.getName();

    final Socket socket;
    private volatile boolean busy;
    private volatile long idleSince = System.nanoTime();

    Connection(Socket socket) {
      this.socket = socket;
    }

    void busy() {
      busy = true;
    }

    void idle() {
      idleSince = System.nanoTime();
      busy = false;
    }

    boolean idleLongerThan(long now, long limitNanos) {
      return !busy && now - idleSince > limitNanos;
    }

    void close() {
      closeQuietly(socket);
    }
  }

  /**
   * Stops serving without waiting: closes the port and every connection and interrupts the
   * connection threads. A thread still blocked in its handler (say on a backend call) ends when
   * that call fails; {@link #close()} waits for it.
   */
  public void shutdown() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    ServerSocket socket = listener;
    if (socket != null) {
      closeQuietly(socket);
    }
    for (Connection connection : open) {
      connection.close();
    }
    workers.shutdownNow();
  }

  /** {@link #shutdown() Stops serving}, then waits (up to 5 s) for every thread to end. */
  @Override
  public void close() {
    shutdown();
    try {
      Thread t = acceptor;
      if (t != null) {
        t.join(TimeUnit.SECONDS.toMillis(5));
      }
      if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
        LOG.warn("Some of the gateway's connection threads did not end within 5 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      // Closing during shutdown: nothing left to do.
    }
  }

  /** Converts HttpCore's request into {@link HttpRequestData} and the answer back. */
  private static final class Adapter implements HttpServerRequestHandler {
    private final HttpHandler handler;

    Adapter(HttpHandler handler) {
      this.handler = handler;
    }

    @Override
    public void handle(ClassicHttpRequest request, ResponseTrigger trigger, HttpContext context)
        throws HttpException, IOException {
      if (context.getAttribute(Connection.ATTRIBUTE) instanceof Connection connection) {
        connection.busy();
      }
      byte[] read = readBody(request);
      boolean tooLarge = read == null;
      HttpHeaders.Builder headers = HttpHeaders.builder();
      for (Header h : request.getHeaders()) {
        headers.add(h.getName(), h.getValue());
      }
      String target = request.getRequestUri();
      String rawPath;
      String query;
      if (target.startsWith("/")) {
        int q = target.indexOf('?');
        rawPath = q < 0 ? target : target.substring(0, q);
        query = q < 0 ? null : target.substring(q + 1);
      } else {
        String[] parts = absoluteForm(target);
        rawPath = parts[0];
        query = parts[1];
      }
      ProtocolVersion version = request.getVersion();
      HttpRequestData data =
          new HttpRequestData(
              request.getMethod(),
              rawPath,
              query,
              headers.build(),
              tooLarge ? new byte[0] : read,
              remoteAddress(context),
              version == null ? null : version.format(),
              tooLarge);
      HttpResponseData out;
      try {
        out = handler.handle(data);
      } catch (Exception | LinkageError e) {
        LOG.error("Unhandled error answering {} {}", request.getMethod(), rawPath, e);
        out =
            HttpResponseData.of(
                500,
                HttpHeaders.builder()
                    .add("Content-Type", "application/json")
                    .add("x-amzn-ErrorType", "InternalServerErrorException")
                    .build(),
                "{\"message\": \"Internal server error\"}");
      }
      trigger.submitResponse(response(out));
    }

    /** Path and query of an absolute-form request target ({@code GET http://host/path?q}). */
    private static String[] absoluteForm(String target) {
      try {
        URI uri = new URI(target);
        String path = uri.getRawPath();
        return new String[] {path == null || path.isEmpty() ? "/" : path, uri.getRawQuery()};
      } catch (URISyntaxException e) {
        return new String[] {"/", null};
      }
    }

    private static String remoteAddress(HttpContext context) {
      HttpCoreContext core = HttpCoreContext.cast(context);
      if (core.getEndpointDetails() != null
          && core.getEndpointDetails().getRemoteAddress() instanceof InetSocketAddress remote) {
        return remote.getAddress().getHostAddress();
      }
      return null;
    }

    /** Reads the whole body, or returns null when it exceeds {@link #MAX_BODY_BYTES}. */
    private static byte[] readBody(ClassicHttpRequest request) throws IOException {
      HttpEntity entity = request.getEntity();
      if (entity == null) {
        return new byte[0];
      }
      if (entity.getContentLength() > MAX_BODY_BYTES) {
        return null;
      }
      try (InputStream in = entity.getContent()) {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        return bytes.length > MAX_BODY_BYTES ? null : bytes;
      }
    }

    private static ClassicHttpResponse response(HttpResponseData out) {
      BasicClassicHttpResponse response = new BasicClassicHttpResponse(out.status());
      out.headers()
          .toMultiValueMap()
          .forEach(
              (name, values) -> {
                if (!name.equalsIgnoreCase("Content-Length")
                    && !name.equalsIgnoreCase("Transfer-Encoding")) {
                  values.forEach(v -> response.addHeader(name, v));
                }
              });
      if (out.status() != 204 && out.status() != 304) {
        response.setEntity(new ByteArrayEntity(out.body(), null));
      }
      return response;
    }
  }
}
