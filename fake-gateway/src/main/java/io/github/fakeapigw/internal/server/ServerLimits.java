package io.github.fakeapigw.internal.server;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds one {@link GatewayServer} keeps whatever a client does.
 *
 * @param maxConnections connections served at once, one thread each; a connection beyond this is
 *     answered 503 and closed by the acceptor
 * @param idleTimeout how long a connection may wait for, or take to send, its next request line and
 *     headers (the header deadline)
 * @param bodyReadTimeout how long a request body may take to arrive once its headers were read
 * @param maxHeaderBytes the request line and headers together, in bytes (AWS: 10,240); over it the
 *     request is answered 431
 * @param maxHeaderCount header fields in a request; over it the request is answered 431
 */
public record ServerLimits(
    int maxConnections,
    Duration idleTimeout,
    Duration bodyReadTimeout,
    int maxHeaderBytes,
    int maxHeaderCount) {

  /** AWS's limit on the request line and headers together, in bytes. */
  public static final int AWS_MAX_HEADER_BYTES = 10 * 1024;

  /** 256 connections, 30 s for headers and 30 s for a body, AWS's 10 KB of headers, 512 fields. */
  public static final ServerLimits DEFAULTS =
      new ServerLimits(256, Duration.ofSeconds(30), Duration.ofSeconds(30), AWS_MAX_HEADER_BYTES,
          512);

  public ServerLimits {
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    Objects.requireNonNull(bodyReadTimeout, "bodyReadTimeout");
    if (maxConnections < 1 || maxHeaderBytes < 64 || maxHeaderCount < 1) {
      throw new IllegalArgumentException("server limits must be positive; offending: "
          + maxConnections + ", " + maxHeaderBytes + ", " + maxHeaderCount);
    }
  }

  public ServerLimits withMaxConnections(int max) {
    return new ServerLimits(max, idleTimeout, bodyReadTimeout, maxHeaderBytes, maxHeaderCount);
  }

  public ServerLimits withIdleTimeout(Duration timeout) {
    return new ServerLimits(maxConnections, timeout, bodyReadTimeout, maxHeaderBytes,
        maxHeaderCount);
  }

  public ServerLimits withBodyReadTimeout(Duration timeout) {
    return new ServerLimits(maxConnections, idleTimeout, timeout, maxHeaderBytes, maxHeaderCount);
  }
}
