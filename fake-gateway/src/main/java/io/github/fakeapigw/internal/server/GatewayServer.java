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
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpStatus;
import org.apache.hc.core5.http.MalformedChunkCodingException;
import org.apache.hc.core5.http.ProtocolVersion;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpServerConnection;
import org.apache.hc.core5.http.impl.io.DefaultHttpRequestParserFactory;
import org.apache.hc.core5.http.impl.io.HttpService;
import org.apache.hc.core5.http.io.HttpServerRequestHandler;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.ContentType;
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
 *
 * <p>Bounded whatever a client does ({@link ServerLimits}): at most {@code maxConnections}
 * connection threads (a connection beyond them is answered 503 by the acceptor and closed, with no
 * hand-off for the ones served); the request line and headers must arrive within the idle timeout
 * and a body within the body read timeout, both enforced by the acceptor's sweep rather than a
 * timed read per request; every {@link Throwable} in the accept loop is logged and survived, so the
 * acceptor never dies while the server is open.
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

  /** After a failed accept, the acceptor waits this long before the next, not to spin. */
  private static final ContentType JSON = ContentType.create("application/json");

  private static final long ACCEPT_BACKOFF_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

  private final int requestedPort;
  private final ServerLimits limits;
  private final long idleTimeoutNanos;
  private final long bodyTimeoutNanos;
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
    this(port, handler, threadNamePrefix, ServerLimits.DEFAULTS);
  }

  GatewayServer(int port, HttpHandler handler, String threadNamePrefix, Duration idleTimeout) {
    this(port, handler, threadNamePrefix, ServerLimits.DEFAULTS.withIdleTimeout(idleTimeout));
  }

  public GatewayServer(
      int port, HttpHandler handler, String threadNamePrefix, ServerLimits limits) {
    this(port, handler, threadNamePrefix, limits, Thread::new);
  }

  /**
   * @param threads makes the connection threads (named and made daemons here); a test passes one
   *     that fails as a JVM out of native threads does
   */
  GatewayServer(
      int port, HttpHandler handler, String threadNamePrefix, ServerLimits limits,
      ThreadFactory threads) {
    this.requestedPort = port;
    this.limits = limits;
    this.idleTimeoutNanos = limits.idleTimeout().toNanos();
    this.bodyTimeoutNanos = limits.bodyReadTimeout().toNanos();
    this.sweepIntervalNanos = Math.max(TimeUnit.MILLISECONDS.toNanos(10),
        Math.min(TimeUnit.SECONDS.toNanos(1), Math.min(idleTimeoutNanos, bodyTimeoutNanos) / 4));
    this.threadNamePrefix = threadNamePrefix;
    this.http1Config =
        Http1Config.custom()
            // No single line can exceed the whole head's budget; the total is checked per request.
            .setMaxLineLength(limits.maxHeaderBytes())
            .setMaxHeaderCount(limits.maxHeaderCount())
            .build();
    this.service =
        new JsonErrorHttpService(
            HttpProcessorBuilder.create()
                .addAll(new ResponseDate(), new ResponseContent(true), new ResponseConnControl())
                .build(),
            new BasicHttpServerExpectationDecorator(new Adapter(handler, limits)),
            http1Config);
    AtomicInteger counter = new AtomicInteger();
    this.workers =
        new ThreadPoolExecutor(
            0,
            limits.maxConnections(),
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            r -> {
              Thread t = threads.newThread(r);
              t.setName(threadNamePrefix + "http-" + counter.incrementAndGet());
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

  /**
   * Accepts until the server closes. Nothing a client does, and no failure to start a thread
   * ({@code OutOfMemoryError: unable to create native thread} under a pids limit), ends this loop:
   * a connection that cannot be served is answered 503 and closed.
   */
  private void acceptLoop() {
    ServerSocket socket = listener;
    while (!closed.get()) {
      try {
        acceptOne(socket);
      } catch (Throwable e) {
        if (closed.get() || socket.isClosed()) {
          return;
        }
        LOG.warn("Accepting a connection on port {} failed; accepting again", socket.getLocalPort(),
            e);
        LockSupport.parkNanos(ACCEPT_BACKOFF_NANOS);
      }
    }
  }

  private void acceptOne(ServerSocket socket) throws IOException {
    Socket accepted;
    try {
      accepted = socket.accept();
    } catch (SocketTimeoutException e) {
      closeStalledConnections();
      return;
    }
    Connection connection = new Connection(accepted);
    open.add(connection);
    if (closed.get()) {
      connection.close();
      return;
    }
    try {
      workers.execute(() -> serve(connection));
    } catch (RejectedExecutionException e) {
      refuse(connection, "all " + limits.maxConnections() + " connection threads are busy");
    } catch (Throwable e) {
      refuse(connection, "no thread could be started (" + e + ")");
      LOG.warn("No thread to serve a connection on port {}", socket.getLocalPort(), e);
    }
    closeStalledConnections();
  }

  /** Answers 503 on a connection that gets no thread, and closes it. */
  private void refuse(Connection connection, String why) {
    open.remove(connection);
    if (!closed.get()) {
      LOG.warn("Refused a connection from {} with 503: {}",
          connection.socket.getRemoteSocketAddress(), why);
      try {
        connection.socket.getOutputStream().write(SERVICE_UNAVAILABLE);
        connection.socket.shutdownOutput();
      } catch (IOException | RuntimeException e) {
        // The client is gone already.
      }
    }
    connection.close();
  }

  private static final byte[] SERVICE_UNAVAILABLE = serviceUnavailable();

  private static byte[] serviceUnavailable() {
    String body = "{\"message\":\"Service Unavailable: too many connections to the gateway\"}";
    return ("HTTP/1.1 503 Service Unavailable\r\n"
        + "Content-Type: application/json\r\n"
        + "x-amzn-ErrorType: ServiceUnavailableException\r\n"
        + "Content-Length: " + body.length() + "\r\n"
        + "Connection: close\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Closes connections past a deadline: waiting longer than the idle timeout for (or in) their next
   * request line and headers, or longer than the body read timeout for a request body. Sockets
   * carry no read timeout: a timed read costs an extra poll per request, so deadlines are kept here
   * instead, by the acceptor, between accepts. A request being handled is not touched here; the
   * invoke pipeline bounds it.
   */
  private void closeStalledConnections() {
    long now = System.nanoTime();
    if (now - lastSweep < sweepIntervalNanos) {
      return;
    }
    lastSweep = now;
    for (Connection connection : open) {
      if (connection.pastDeadline(now, idleTimeoutNanos, bodyTimeoutNanos)) {
        connection.close();
      }
    }
  }

  private void serve(Connection connection) {
    Socket socket = connection.socket;
    DefaultBHttpServerConnection http =
        // HttpCore's short constructor builds a parser without the config: pass it explicitly,
        // or the header count limit is not applied.
        new DefaultBHttpServerConnection("http", http1Config, null, null, null, null,
            new DefaultHttpRequestParserFactory(http1Config), null);
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

  /**
   * One accepted socket and what it is doing since when: waiting for or reading a request head,
   * reading a body, or being handled. Two volatile writes per request, read by the sweep.
   */
  private static final class Connection {
    static final String ATTRIBUTE = Connection.class.getName();
    private static final int HEAD = 0;
    private static final int BODY = 1;
    private static final int HANDLING = 2;

    final Socket socket;
    private volatile int phase = HEAD;
    private volatile long since = System.nanoTime();

    Connection(Socket socket) {
      this.socket = socket;
    }

    void readingBody() {
      since = System.nanoTime();
      phase = BODY;
    }

    void busy() {
      phase = HANDLING;
    }

    void idle() {
      since = System.nanoTime();
      phase = HEAD;
    }

    boolean pastDeadline(long now, long headNanos, long bodyNanos) {
      return switch (phase) {
        case HEAD -> now - since > headNanos;
        case BODY -> now - since > bodyNanos;
        default -> false;
      };
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
    private final ServerLimits limits;

    Adapter(HttpHandler handler, ServerLimits limits) {
      this.handler = handler;
      this.limits = limits;
    }

    @Override
    public void handle(ClassicHttpRequest request, ResponseTrigger trigger, HttpContext context)
        throws HttpException, IOException {
      Connection connection =
          context.getAttribute(Connection.ATTRIBUTE) instanceof Connection c ? c : null;
      String target = request.getRequestUri();
      int headBytes = request.getMethod().length() + target.length() + 11;
      HttpHeaders.Builder headers = HttpHeaders.builder();
      for (Header h : request.getHeaders()) {
        headers.add(h.getName(), h.getValue());
        headBytes += h.getName().length() + h.getValue().length() + 4;
      }
      if (headBytes > limits.maxHeaderBytes()) {
        trigger.submitResponse(error(431, "RequestHeaderFieldsTooLargeException",
            "Request Header Fields Too Large"));
        return;
      }
      if (!isAscii(target)) {
        // RFC 3986 allows no raw byte above 0x7F in a request target; reading one as UTF-8 is how
        // an overlong form (C0 AF) becomes a '/'.
        trigger.submitResponse(error(400, "BadRequestException", "Bad Request"));
        return;
      }
      if (connection != null) {
        connection.readingBody();
      }
      byte[] read;
      try {
        read = readBody(request);
      } catch (MalformedChunkCodingException e) {
        trigger.submitResponse(error(400, "BadRequestException", "Bad Request"));
        return;
      }
      if (connection != null) {
        connection.busy();
      }
      boolean tooLarge = read == null;
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

    private static boolean isAscii(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) > 0x7E) {
          return false;
        }
      }
      return true;
    }

    /** An error the server answers itself, as API Gateway does; the connection is closed after. */
    private static ClassicHttpResponse error(int status, String errorType, String message) {
      BasicClassicHttpResponse response = new BasicClassicHttpResponse(status);
      response.addHeader("x-amzn-ErrorType", errorType);
      response.addHeader("Connection", "close");
      response.setEntity(new StringEntity(
          "{\"message\":\"" + message + "\"}", JSON));
      return response;
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

  /**
   * HttpCore's service, answering the protocol errors it detects itself (a head over the limits,
   * a malformed request line) in API Gateway's shape: a JSON {@code {"message": ...}} body with an
   * {@code x-amzn-ErrorType} header, instead of HttpCore's plain-text exception message.
   */
  private static final class JsonErrorHttpService extends HttpService {
    JsonErrorHttpService(
        org.apache.hc.core5.http.protocol.HttpProcessor processor,
        HttpServerRequestHandler handler, Http1Config config) {
      super(processor, handler, config, null, null);
    }

    @Override
    protected void handleException(HttpException ex, ClassicHttpResponse response) {
      int status = toStatusCode(ex);
      response.setCode(status);
      String message;
      String type;
      if (status == HttpStatus.SC_REQUEST_HEADER_FIELDS_TOO_LARGE) {
        message = "Request Header Fields Too Large";
        type = "RequestHeaderFieldsTooLargeException";
      } else if (status == HttpStatus.SC_BAD_REQUEST) {
        message = "Bad Request";
        type = "BadRequestException";
      } else if (status == HttpStatus.SC_NOT_IMPLEMENTED) {
        message = "Not Implemented";
        type = "NotImplementedException";
      } else if (status == HttpStatus.SC_HTTP_VERSION_NOT_SUPPORTED) {
        message = "HTTP Version Not Supported";
        type = "BadRequestException";
      } else {
        message = "Internal server error";
        type = "InternalServerErrorException";
      }
      LOG.debug("Refused a malformed request with {}: {}", status, ex.toString());
      response.setHeader("x-amzn-ErrorType", type);
      response.setEntity(
          new StringEntity("{\"message\":\"" + message + "\"}", JSON));
    }
  }
}
