package io.github.fakeapigw.internal.integration;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocket;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.DefaultHttpResponseParserFactory;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.SessionInputBuffer;

/**
 * A pooled connection to a backend that keeps an overall deadline on every read (the whole answer,
 * head and body, must arrive by it, however slowly the backend trickles bytes) and can tell whether
 * the backend sent bytes past the end of its answer, which would poison the next exchange.
 *
 * <p>The deadline costs one {@link System#nanoTime()} and one socket timeout update per read, on
 * reads that are timed anyway.
 */
final class BackendConnection extends DefaultBHttpClientConnection {
  /** Largest number of header fields in a backend answer. */
  static final int MAX_RESPONSE_HEADERS = 512;

  /** Largest header line of a backend answer. */
  static final int MAX_RESPONSE_LINE = 16 * 1024;

  private static final Http1Config CONFIG =
      Http1Config.custom()
          .setMaxHeaderCount(MAX_RESPONSE_HEADERS)
          .setMaxLineLength(MAX_RESPONSE_LINE)
          .build();

  private long deadlineNanos;
  private boolean hasDeadline;
  private SessionInputBuffer buffer;

  BackendConnection() {
    // HttpCore's short constructors build a parser without the config: pass it explicitly, or
    // the header count limit is not applied.
    super(CONFIG, null, null, null, null, null, new DefaultHttpResponseParserFactory(CONFIG));
  }

  void bindPlain(Socket socket) throws IOException {
    bind(new Holder(socket));
  }

  void bindTls(SSLSocket tls, Socket plain) throws IOException {
    bind(new Holder(tls, plain));
  }

  /** Every read from now on must end by {@code deadlineNanos} ({@link System#nanoTime()}). */
  void deadline(long deadlineNanos) {
    this.deadlineNanos = deadlineNanos;
    this.hasDeadline = true;
  }

  /** Reads wait as long as the socket's own timeout says (an idle, pooled connection). */
  void noDeadline() {
    this.hasDeadline = false;
  }

  /** Whether bytes past the end of the last answer are already buffered. */
  boolean hasLeftoverBytes() {
    return buffer != null && buffer.length() > 0;
  }

  @Override
  protected InputStream createContentInputStream(
      long len, SessionInputBuffer buffer, InputStream inputStream) {
    this.buffer = buffer;
    return super.createContentInputStream(len, buffer, inputStream);
  }

  private final class Holder extends SocketHolder {
    Holder(SSLSocket tls, Socket plain) {
      super(tls, plain);
    }

    Holder(Socket plain) {
      super(plain);
    }

    @Override
    protected InputStream getInputStream(Socket socket) throws IOException {
      return new DeadlineStream(super.getInputStream(socket), socket);
    }
  }

  private final class DeadlineStream extends FilterInputStream {
    private final Socket socket;

    DeadlineStream(InputStream in, Socket socket) {
      super(in);
      this.socket = socket;
    }

    private void beforeRead() throws IOException {
      if (!hasDeadline) {
        return;
      }
      long remaining = deadlineNanos - System.nanoTime();
      if (remaining <= 0) {
        throw new SocketTimeoutException("the answer did not end by the integration's deadline");
      }
      socket.setSoTimeout((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(remaining)));
    }

    @Override
    public int read() throws IOException {
      beforeRead();
      return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      beforeRead();
      return in.read(b, off, len);
    }
  }
}
