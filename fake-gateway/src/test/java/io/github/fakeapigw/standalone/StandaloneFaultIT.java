package io.github.fakeapigw.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.internal.RawHttp;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The fault suite: the probes of the hardening issue, repeated with bounded loops against the
 * standalone jar on loopback (its own process, small limits from the command line). Prints a table
 * of what was sent and what held, then fails if anything did not hold. Runs in {@code verify}.
 */
class StandaloneFaultIT {
  private static final String SIGV4 = "AWS4-HMAC-SHA256 Credential=fault/20260101/us-east-1/"
      + "apigateway/aws4_request, SignedHeaders=host, Signature=0";
  private static final int MAX_CONNECTIONS = 32;

  private record Row(String probe, String sent, String held, boolean ok) {}

  private final List<Row> rows = new ArrayList<>();
  private int port;

  private void row(String probe, String sent, String held, boolean ok) {
    rows.add(new Row(probe, sent, held, ok));
  }

  @Test
  void the_standalone_gateway_holds_under_bad_input_faults_and_load() throws Exception {
    Path jar = Path.of(System.getProperty("standalone.jar", "target/fake-gateway-standalone.jar"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-Xmx256m", "-jar", jar.toString(),
        "--seed", "1", "--max-connections", String.valueOf(MAX_CONNECTIONS),
        "--read-timeout", "2")
        .redirectErrorStream(true)
        .start();
    try {
      BufferedReader out = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line;
      String invoke = null;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("management: ")) {
          port = URI.create(line.substring("management: ".length())).getPort();
        } else if (line.startsWith("invoke: ")) {
          invoke = line.substring("invoke: ".length());
        } else if (line.startsWith("reset: ")) {
          break;
        }
      }
      assertThat(port).isPositive();
      Thread drain = new Thread(() -> drain(process.getInputStream()), "fault-it-drain");
      drain.setDaemon(true);
      drain.start();
      String petsPath = URI.create(invoke).getRawPath();

      malformedManagementRequests();
      connectionFlood(petsPath);
      stalledBodies();
      oversizedHeads();
      malformedFraming();
      controlPlane();
      bigBackendAnswer();
      row("after all probes", "GET " + petsPath, "answered " + status(get(petsPath)),
          status(get(petsPath)) == 200);
    } finally {
      process.destroy();
      process.waitFor(20, TimeUnit.SECONDS);
      process.destroyForcibly();
      print();
    }
    assertThat(rows).filteredOn(r -> !r.ok()).as("probes that did not hold").isEmpty();
  }

  private void malformedManagementRequests() throws IOException {
    Random random = new Random(7);
    String[] bodies = {"{", "[]", "{\"name\":", "null", "{\"name\":1e999}", "\u0000\u0001",
        "{\"name\":\"x\"}garbage", "{\"a\":" + "[".repeat(2000)};
    String[] paths = {"/restapis", "/restapis/x", "/restapis/x/resources", "/restapis/%ZZ",
        "/restapis/x/deployments", "/restapis//"};
    int fiveHundreds = 0;
    int sent = 0;
    for (int i = 0; i < 200; i++) {
      String body = bodies[random.nextInt(bodies.length)];
      String path = paths[random.nextInt(paths.length)];
      String verb = new String[] {"POST", "PATCH", "PUT", "DELETE"}[random.nextInt(4)];
      int s = status(send(verb + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
          + SIGV4 + "\r\nContent-Type: application/json\r\nContent-Length: "
          + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body));
      sent++;
      if (s >= 500 || s < 0) {
        fiveHundreds++;
      }
    }
    row("malformed management requests", sent + " random bad bodies/paths",
        fiveHundreds + " answered 5xx or not at all", fiveHundreds == 0);
  }

  private void connectionFlood(String petsPath) throws IOException {
    List<RawHttp> held = new ArrayList<>();
    int refused = 0;
    try {
      for (int i = 0; i < MAX_CONNECTIONS + 20; i++) {
        RawHttp http = RawHttp.connect(port);
        held.add(http);
        if (i < MAX_CONNECTIONS) {
          http.send("GET " + petsPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").read();
        } else if (status(readOne(http)) == 503) {
          refused++;
        }
      }
    } finally {
      for (RawHttp h : held) {
        h.close();
      }
    }
    row("idle connection flood", (MAX_CONNECTIONS + 20) + " connections held open",
        refused + " of the 20 beyond the " + MAX_CONNECTIONS + " threads refused with 503",
        refused > 0);
    boolean servedAgain = false;
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!servedAgain && System.nanoTime() < end) {
      servedAgain = status(get(petsPath)) == 200;
    }
    row("after the flood", "GET " + petsPath, servedAgain ? "served" : "not served", servedAgain);
  }

  private void stalledBodies() throws IOException {
    List<Socket> stalled = new ArrayList<>();
    long start = System.nanoTime();
    int closed = 0;
    try {
      for (int i = 0; i < 20; i++) {
        Socket s = new Socket(InetAddress.getByName("127.0.0.1"), port);
        s.setSoTimeout(10_000);
        s.getOutputStream().write(("POST /restapis HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
            + SIGV4 + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{")
            .getBytes(StandardCharsets.US_ASCII));
        stalled.add(s);
      }
      for (Socket s : stalled) {
        try {
          if (s.getInputStream().read() == -1) {
            closed++;
          }
        } catch (SocketException reset) {
          closed++;
        }
      }
    } finally {
      for (Socket s : stalled) {
        s.close();
      }
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    row("stalled bodies", "20 x headers then 1 of 100 body bytes",
        closed + " closed by the 2 s read timeout, in " + took.toMillis() + " ms",
        closed == 20 && took.compareTo(Duration.ofSeconds(8)) < 0);
  }

  private void oversizedHeads() throws IOException {
    StringBuilder many = new StringBuilder("GET /restapis HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    for (int i = 0; i < 10_000; i++) {
      many.append("a:b\r\n");
    }
    String a = send(many.append("\r\n").toString());
    row("10,000 request headers", "one request", "answered " + status(a) + " " + body(a),
        status(a) == 431 && body(a).startsWith("{\"message\""));
    String url = send("GET /" + "p".repeat(70_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    row("70 KB URL", "one request", "answered " + status(url) + " " + body(url),
        status(url) == 431 && body(url).startsWith("{\"message\""));
  }

  private void malformedFraming() throws IOException {
    String chunked = send("POST /restapis HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + SIGV4
        + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n"
        + "0\r\n\r\n");
    row("malformed chunked body", "chunk size \"zz\"", "answered " + status(chunked),
        status(chunked) == 400);
    try (Socket s = new Socket(InetAddress.getByName("127.0.0.1"), port)) {
      s.setSoTimeout(10_000);
      OutputStream o = s.getOutputStream();
      o.write("GET /_fakeapigw".getBytes(StandardCharsets.US_ASCII));
      o.write(new byte[] {(byte) 0xC0, (byte) 0xAF});
      o.write("health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      o.flush();
      RawHttp.Message m = RawHttp.readRequest(s.getInputStream());
      row("overlong UTF-8 in the target", "/_fakeapigw C0 AF health", "answered " + m.status(),
          m.status() == 400);
    }
  }

  private void controlPlane() throws IOException {
    String body = "{\"name\":\"evil\"}";
    String simple = send("POST /restapis HTTP/1.1\r\nHost: 127.0.0.1:" + port
        + "\r\nOrigin: http://evil.example\r\nContent-Type: text/plain\r\nContent-Length: "
        + body.length() + "\r\n\r\n" + body);
    row("cross-origin simple POST", "text/plain, no Authorization", "answered " + status(simple),
        status(simple) == 403);
    String rebound = send("GET /restapis HTTP/1.1\r\nHost: evil.example\r\nAuthorization: "
        + SIGV4 + "\r\n\r\n");
    row("DNS rebinding", "Host: evil.example", "answered " + status(rebound),
        status(rebound) == 403);
    String reset = send("POST /_fakeapigw/reset HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Content-Type: text/plain\r\nContent-Length: 0\r\n\r\n");
    row("reset from a web page", "POST /_fakeapigw/reset without the control header",
        "answered " + status(reset), status(reset) == 403);
  }

  /** An HTTP_PROXY API in front of a backend that answers 11 MB. */
  private void bigBackendAnswer() throws Exception {
    try (ServerSocket backend = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"))) {
      Thread t = new Thread(() -> answerHuge(backend), "fault-it-backend");
      t.setDaemon(true);
      t.start();
      String api = id(management("POST", "/restapis", "{\"name\":\"fault\"}"));
      String root = id(management("GET", "/restapis/" + api + "/resources", null));
      String res = id(management("POST", "/restapis/" + api + "/resources/" + root,
          "{\"pathPart\":\"big\"}"));
      management("PUT", "/restapis/" + api + "/resources/" + res + "/methods/GET",
          "{\"authorizationType\":\"NONE\"}");
      management("PUT", "/restapis/" + api + "/resources/" + res + "/methods/GET/integration",
          "{\"type\":\"HTTP_PROXY\",\"httpMethod\":\"GET\",\"uri\":\"http://127.0.0.1:"
              + backend.getLocalPort() + "/big\"}");
      management("POST", "/restapis/" + api + "/deployments", "{\"stageName\":\"f\"}");
      String r = send("GET /restapis/" + api + "/f/_user_request_/big HTTP/1.1\r\nHost: "
          + "127.0.0.1\r\n\r\n");
      row("11 MB backend answer", "HTTP_PROXY GET", "answered " + status(r),
          status(r) >= 500 && status(r) != 504);
    }
  }

  private static void answerHuge(ServerSocket backend) {
    try (Socket s = backend.accept()) {
      RawHttp.readRequest(s.getInputStream());
      OutputStream o = s.getOutputStream();
      int size = 11 * 1024 * 1024;
      o.write(("HTTP/1.1 200 OK\r\nContent-Length: " + size + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = new byte[64 * 1024];
      for (int written = 0; written < size; written += chunk.length) {
        o.write(chunk);
      }
    } catch (IOException e) {
      // The gateway stopped reading: what the probe expects.
    }
  }

  private String management(String verb, String path, String body) throws IOException {
    String b = body == null ? "" : body;
    return send(verb + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + SIGV4
        + "\r\nContent-Type: application/json\r\nContent-Length: " + b.length() + "\r\n\r\n" + b);
  }

  private static String id(String response) {
    Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(response);
    assertThat(m.find()).as("an id in %s", response).isTrue();
    return m.group(1);
  }

  private String get(String path) throws IOException {
    return send("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
  }

  /** Sends one request on a new connection; returns "status\nbody", or "-1\n" if none came. */
  private String send(String request) throws IOException {
    try (RawHttp http = RawHttp.connect(port)) {
      RawHttp.Message m = http.send(request).read();
      return m.status() + "\n" + m.body();
    } catch (IOException | RuntimeException e) {
      return "-1\n" + e;
    }
  }

  private static String readOne(RawHttp http) {
    try {
      RawHttp.Message m = http.read();
      return m.status() + "\n" + m.body();
    } catch (IOException | RuntimeException e) {
      return "-1\n" + e;
    }
  }

  private static int status(String response) {
    return Integer.parseInt(response.substring(0, response.indexOf('\n')));
  }

  private static String body(String response) {
    String b = response.substring(response.indexOf('\n') + 1);
    return b.length() > 60 ? b.substring(0, 60) + "..." : b;
  }

  private static void drain(InputStream in) {
    try {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      // The process ended.
    }
  }

  private void print() {
    StringBuilder table = new StringBuilder("\nFault suite against the standalone jar:\n");
    table.append(String.format("%-32s | %-48s | %-4s | %s%n", "probe", "sent", "held", "observed"));
    for (Row r : rows) {
      table.append(String.format("%-32s | %-48s | %-4s | %s%n", r.probe(), r.sent(),
          r.ok() ? "yes" : "NO", r.held()));
    }
    System.out.println(table);
  }
}
