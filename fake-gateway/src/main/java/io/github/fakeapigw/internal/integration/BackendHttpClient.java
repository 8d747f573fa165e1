package io.github.fakeapigw.internal.integration;

import io.github.fakeapigw.internal.context.EndpointResponse;
import io.github.fakeapigw.internal.context.IntegrationRequest;
import io.github.fakeapigw.internal.http.HttpHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.HttpRequestExecutor;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.http.protocol.HttpCoreContext;
import org.apache.hc.core5.http.protocol.HttpProcessor;
import org.apache.hc.core5.http.protocol.HttpProcessorBuilder;
import org.apache.hc.core5.http.protocol.RequestContent;
import org.apache.hc.core5.http.protocol.RequestTargetHost;
import org.apache.hc.core5.io.CloseMode;

/**
 * The gateway's HTTP client for HTTP and HTTP_PROXY integrations: HTTP/1.1 over blocking sockets,
 * with keep-alive connections pooled per host. Message framing is Apache HttpCore 5's; the pool is
 * this class. One per gateway, closed with it; it creates no threads. Redirects are not followed,
 * bodies are not decompressed.
 *
 * <p>A pooled connection idle for more than {@link #VALIDATE_AFTER_IDLE} is checked for being stale
 * (closed by the server) before it is reused. A request that fails on a reused connection before
 * any answer came (the backend had closed it unnoticed) is sent once more on a new connection.
 */
public final class BackendHttpClient implements AutoCloseable {
  /** A pooled connection idle for longer than this is checked for being stale before reuse. */
  public static final Duration VALIDATE_AFTER_IDLE = Duration.ofSeconds(1);
  private static final int MAX_IDLE_PER_HOST = 64;

  /**
   * Largest endpoint answer body read: API Gateway's 10 MB payload limit applies to integration
   * responses too. A larger answer fails the call instead of being buffered.
   */
  public static final int MAX_RESPONSE_BODY_BYTES = 10 * 1024 * 1024;

  private final HttpProcessor processor =
      HttpProcessorBuilder.create()
          .addAll(new Framing(), new RequestTargetHost())
          .build();
  private final HttpRequestExecutor executor = new HttpRequestExecutor();
  private final Map<HttpHost, ConcurrentLinkedDeque<Pooled>> idle = new ConcurrentHashMap<>();
  private final Set<BackendConnection> live = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final long validateAfterIdleNanos;
  private final int maxResponseBodyBytes;

  public BackendHttpClient() {
    this(VALIDATE_AFTER_IDLE);
  }

  BackendHttpClient(Duration validateAfterIdle) {
    this(validateAfterIdle, MAX_RESPONSE_BODY_BYTES);
  }

  BackendHttpClient(Duration validateAfterIdle, int maxResponseBodyBytes) {
    this.validateAfterIdleNanos = validateAfterIdle.toNanos();
    this.maxResponseBodyBytes = maxResponseBodyBytes;
  }

  /** HttpCore's body framing, without its refusal of an OPTIONS body that has no Content-Type. */
  private static final class Framing extends RequestContent {
    @Override
    public void validateOptionsContentType(HttpRequest request) {
      // A proxy forwards what the client sent.
    }
  }

  private record Pooled(BackendConnection connection, long releasedAt) {}

  /**
   * Sends the request and reads the whole response. {@code timeoutInMillis} bounds the whole call
   * (connecting, sending, and the answer's last byte), however slowly the backend answers.
   *
   * @throws IntegrationException {@link IntegrationException.Kind#TIMEOUT} when no response came
   *     within {@code timeoutMillis}, {@link IntegrationException.Kind#NETWORK} on any other I/O
   *     failure
   */
  public EndpointResponse send(IntegrationRequest request) throws IntegrationException {
    URI uri = request.uri();
    HttpHost host = host(uri);
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(request.timeoutMillis());
    BackendConnection pooled = pooled(host);
    if (pooled != null) {
      EndpointResponse response = exchange(request, host, pooled, true, deadline);
      if (response != null) {
        return response;
      }
      // The backend had closed the pooled connection (restarted, or an idle timeout shorter than
      // VALIDATE_AFTER_IDLE) before it saw the request: send it once more on a new connection.
    }
    return exchange(request, host, connect(host, request, deadline), false, deadline);
  }

  /**
   * Sends the request on {@code connection} and reads the whole response. Returns null, for the
   * caller to retry, when a {@code reused} connection turns out closed before any answer came.
   */
  private EndpointResponse exchange(
      IntegrationRequest request, HttpHost host, BackendConnection connection,
      boolean reused, long deadline) throws IntegrationException {
    URI uri = request.uri();
    boolean reusable = false;
    boolean answered = false;
    try {
      ClassicHttpRequest http = httpRequest(request, host);
      connection.deadline(deadline);
      HttpCoreContext context = HttpCoreContext.create();
      executor.preProcess(http, processor, context);
      ClassicHttpResponse response = executor.execute(http, connection, context);
      answered = true;
      executor.postProcess(response, processor, context);
      HttpHeaders.Builder headers = HttpHeaders.builder();
      for (Header h : response.getHeaders()) {
        headers.add(h.getName(), h.getValue());
      }
      HttpEntity entity = response.getEntity();
      byte[] body = entity == null ? new byte[0] : readBody(uri, entity);
      connection.noDeadline();
      // Bytes past the answer's end would be read as the next answer on this connection.
      reusable = executor.keepAlive(http, response, connection, context)
          && !connection.hasLeftoverBytes();
      return new EndpointResponse(response.getCode(), headers.build(), body);
    } catch (SocketTimeoutException e) {
      throw timedOut(request, "no response from", e);
    } catch (NoHttpResponseException | SocketException e) {
      if (reused && !answered && !closed.get()) {
        return null;
      }
      throw networkError(uri, e);
    } catch (IOException | HttpException | RuntimeException e) {
      throw networkError(uri, e);
    } finally {
      if (reusable) {
        release(host, connection);
      } else {
        discard(connection);
      }
    }
  }

  /** Reads a body of at most {@link #maxResponseBodyBytes}, or fails the call. */
  private byte[] readBody(URI uri, HttpEntity entity) throws IOException, IntegrationException {
    if (entity.getContentLength() > maxResponseBodyBytes) {
      throw tooLarge(uri, entity.getContentLength() + " bytes (Content-Length)");
    }
    try (InputStream in = entity.getContent()) {
      byte[] body = in.readNBytes(maxResponseBodyBytes + 1);
      if (body.length > maxResponseBodyBytes) {
        throw tooLarge(uri, "more than " + maxResponseBodyBytes + " bytes");
      }
      return body;
    }
  }

  private IntegrationException tooLarge(URI uri, String size) {
    return networkError(uri, "the endpoint answered " + size + ", over API Gateway's limit of "
        + maxResponseBodyBytes + " bytes (10 MB) for an integration response", null);
  }

  /** {@code timeoutInMillis} ran out; {@code waitingFor} says for what ("no response from"...). */
  private static IntegrationException timedOut(
      IntegrationRequest request, String waitingFor, IOException e) {
    return new IntegrationException(
        IntegrationException.Kind.TIMEOUT,
        "Endpoint request timed out: " + waitingFor + " " + request.uri() + " within "
            + request.timeoutMillis() + " ms (timeoutInMillis): " + e, e);
  }

  private static IntegrationException networkError(URI uri, Exception e) {
    return networkError(uri, e.toString(), e);
  }

  private static IntegrationException networkError(URI uri, String detail, Exception cause) {
    return new IntegrationException(
        IntegrationException.Kind.NETWORK,
        "Network error communicating with endpoint " + uri + ": " + detail, cause);
  }

  private static HttpHost host(URI uri) throws IntegrationException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw networkError(uri, "unsupported scheme '" + uri.getScheme() + "'", null);
    }
    if (uri.getHost() == null) {
      throw networkError(uri, "the uri has no host", null);
    }
    int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    return new HttpHost(scheme, uri.getHost(), port);
  }

  private static ClassicHttpRequest httpRequest(IntegrationRequest request, HttpHost host) {
    URI uri = request.uri();
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    BasicClassicHttpRequest http =
        new BasicClassicHttpRequest(request.httpMethod().toUpperCase(Locale.ROOT), host, target);
    request.headers().toMultiValueMap()
        .forEach((name, values) -> values.forEach(v -> http.addHeader(name, v)));
    if (request.body().length > 0) {
      http.setEntity(new ByteArrayEntity(request.body(), null));
    }
    return http;
  }

  /** An idle pooled connection to {@code host} that is still usable, or null if there is none. */
  private BackendConnection pooled(HttpHost host) {
    ConcurrentLinkedDeque<Pooled> pool = idle.get(host);
    if (pool != null) {
      Pooled pooled;
      while ((pooled = pool.pollFirst()) != null) {
        BackendConnection connection = pooled.connection();
        boolean idleLong = System.nanoTime() - pooled.releasedAt() >= validateAfterIdleNanos;
        if (connection.isOpen() && !(idleLong && isStale(connection))) {
          return connection;
        }
        discard(connection);
      }
    }
    return null;
  }

  private static boolean isStale(DefaultBHttpClientConnection connection) {
    try {
      return connection.isStale();
    } catch (IOException e) {
      return true;
    }
  }

  private BackendConnection connect(HttpHost host, IntegrationRequest request, long deadline)
      throws IntegrationException {
    URI uri = request.uri();
    if (closed.get()) {
      throw networkError(uri, "the gateway is closing", null);
    }
    Socket socket = new Socket();
    try {
      socket.setTcpNoDelay(true);
      // timeoutInMillis bounds the whole call on AWS, connecting included.
      socket.connect(new InetSocketAddress(host.getHostName(), host.getPort()),
          remainingMillis(deadline));
      BackendConnection connection = new BackendConnection();
      if (host.getSchemeName().equals("https")) {
        socket.setSoTimeout(remainingMillis(deadline)); // bounds the handshake too
        SSLSocket tls = tls(socket, host);
        connection.bindTls(tls, socket);
        socket = tls;
      } else {
        connection.bindPlain(socket);
      }
      live.add(connection);
      if (closed.get()) {
        discard(connection);
      }
      return connection;
    } catch (SocketTimeoutException e) {
      closeQuietly(socket);
      throw timedOut(request, "could not connect to", e);
    } catch (IOException | RuntimeException e) {
      closeQuietly(socket);
      throw networkError(uri, e);
    }
  }

  /** What is left of the call's time, at least 1 ms (0 would mean no timeout to a socket). */
  private static int remainingMillis(long deadline) throws SocketTimeoutException {
    long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
    if (remaining <= 0) {
      throw new SocketTimeoutException("the integration's deadline passed");
    }
    return (int) Math.min(Integer.MAX_VALUE, remaining);
  }

  private static SSLSocket tls(Socket plain, HttpHost host) throws IOException {
    SSLSocket tls =
        (SSLSocket)
            ((SSLSocketFactory) SSLSocketFactory.getDefault())
                .createSocket(plain, host.getHostName(), host.getPort(), true);
    SSLParameters parameters = tls.getSSLParameters();
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    tls.setSSLParameters(parameters);
    tls.startHandshake();
    return tls;
  }

  private void release(HttpHost host, BackendConnection connection) {
    ConcurrentLinkedDeque<Pooled> pool =
        idle.computeIfAbsent(host, h -> new ConcurrentLinkedDeque<>());
    if (closed.get() || pool.size() >= MAX_IDLE_PER_HOST) {
      discard(connection);
      return;
    }
    pool.offerFirst(new Pooled(connection, System.nanoTime()));
    if (closed.get()) {
      // close() may have drained the pools before this connection went back.
      discard(connection);
    }
  }

  private void discard(BackendConnection connection) {
    live.remove(connection);
    connection.close(CloseMode.IMMEDIATE);
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Already failing; the original error is reported.
    }
  }

  /** Closes every connection, idle or in use; a call in flight fails with a network error. */
  @Override
  public void close() {
    closed.set(true);
    idle.clear();
    for (BackendConnection connection : live) {
      discard(connection);
    }
  }
}
