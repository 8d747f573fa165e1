package io.github.fakeapigw.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plain HTTP/1.1 over a socket, for tests that must see the bytes: what exactly goes on the wire,
 * and what happens to the connection. Test code only.
 */
public final class RawHttp implements AutoCloseable {
  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  private RawHttp(Socket socket) throws IOException {
    this.socket = socket;
    this.socket.setSoTimeout(10_000);
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
  }

  public static RawHttp connect(int port) throws IOException {
    return new RawHttp(new Socket(InetAddress.getByName("127.0.0.1"), port));
  }

  public RawHttp send(String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    return this;
  }

  /**
   * Reads one response; its body by Content-Length, or chunked, or to the end of the stream (none
   * for 1xx, 204 and 304).
   */
  public Message read() throws IOException {
    return read(false);
  }

  /** Reads one response to a HEAD request: headers only. */
  public Message readHead() throws IOException {
    return read(true);
  }

  private Message read(boolean headOnly) throws IOException {
    String startLine = line();
    List<String> lines = headerLines();
    Map<String, String> headers = headers(lines);
    byte[] body;
    int status = Integer.parseInt(startLine.split(" ")[1]);
    if (headOnly || status < 200 || status == 204 || status == 304) {
      body = new byte[0];
    } else if (headers.containsKey("content-length")) {
      body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
    } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = chunked();
    } else {
      body = in.readAllBytes();
    }
    return new Message(startLine, headers, new String(body, StandardCharsets.UTF_8), lines);
  }

  /** Reads one request (for a scripted backend): its head, and its body by Content-Length. */
  public static Message readRequest(InputStream in) throws IOException {
    RawHttp reader = new RawHttp(in);
    String startLine = reader.line();
    if (startLine == null) {
      return null;
    }
    List<String> lines = reader.headerLines();
    Map<String, String> headers = headers(lines);
    byte[] body = headers.containsKey("content-length")
        ? in.readNBytes(Integer.parseInt(headers.get("content-length")))
        : new byte[0];
    return new Message(startLine, headers, new String(body, StandardCharsets.UTF_8), lines);
  }

  private RawHttp(InputStream in) {
    this.socket = null;
    this.in = in;
    this.out = null;
  }

  /** Whether the peer closed the connection (end of stream) before sending anything more. */
  public boolean closedByPeer() throws IOException {
    return in.read() == -1;
  }

  private List<String> headerLines() throws IOException {
    List<String> lines = new ArrayList<>();
    String line;
    while ((line = line()) != null && !line.isEmpty()) {
      lines.add(line);
    }
    return lines;
  }

  private static Map<String, String> headers(List<String> lines) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line : lines) {
      int colon = line.indexOf(':');
      headers.merge(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
          line.substring(colon + 1).trim(), (a, b) -> a + "," + b);
    }
    return headers;
  }

  private byte[] chunked() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      int size = Integer.parseInt(line().trim(), 16);
      if (size == 0) {
        line();
        return body.toByteArray();
      }
      body.write(in.readNBytes(size));
      line();
    }
  }

  private String line() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
      }
      line.write(b);
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    if (socket != null) {
      socket.close();
    }
  }

  /**
   * A request or response: its start line, headers (lower-cased names, repeated values joined with
   * commas), body, and the header lines exactly as they came, in order.
   */
  public record Message(
      String startLine, Map<String, String> headers, String body, List<String> headerLines) {
    public int status() {
      return Integer.parseInt(startLine.split(" ")[1]);
    }
  }
}
