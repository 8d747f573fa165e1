package io.github.fakeapigw.internal.integration;

import io.github.fakeapigw.internal.RawHttp;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP/1.1 backend whose answers are written byte by byte by the test, so that the
 * client's connection handling can be observed: how many connections it opened, what it sent, and
 * what it does when the backend closes, stalls or frames its body unusually.
 */
final class ScriptedBackend implements AutoCloseable {

  /** Writes the raw answer to one request; returns false to close the connection afterwards. */
  interface Script {
    boolean answer(RawHttp.Message request, OutputStream out) throws IOException;
  }

  private final ServerSocket server;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "test-scripted-backend");
    t.setDaemon(true);
    return t;
  });
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  final AtomicInteger connections = new AtomicInteger();
  final AtomicInteger closedByBackend = new AtomicInteger();
  final List<RawHttp.Message> requests = new CopyOnWriteArrayList<>();

  ScriptedBackend(Script script) throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    threads.execute(() -> {
      while (!server.isClosed()) {
        try {
          Socket socket = server.accept();
          sockets.add(socket);
          connections.incrementAndGet();
          threads.execute(() -> serve(socket, script));
        } catch (IOException e) {
          return;
        }
      }
    });
  }

  private void serve(Socket socket, Script script) {
    try (socket) {
      RawHttp.Message request;
      while ((request = RawHttp.readRequest(socket.getInputStream())) != null) {
        requests.add(request);
        OutputStream out = socket.getOutputStream();
        boolean keepOpen = script.answer(request, out);
        out.flush();
        if (!keepOpen) {
          socket.close();
          closedByBackend.incrementAndGet();
          return;
        }
      }
    } catch (IOException e) {
      // The client went away.
    }
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getLocalPort() + path);
  }

  static boolean ok(String body, OutputStream out) throws IOException {
    out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: "
        + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body)
        .getBytes(StandardCharsets.UTF_8));
    return true;
  }

  @Override
  public void close() throws Exception {
    server.close();
    for (Socket s : sockets) {
      s.close();
    }
    threads.shutdownNow();
    threads.awaitTermination(5, TimeUnit.SECONDS);
  }
}
