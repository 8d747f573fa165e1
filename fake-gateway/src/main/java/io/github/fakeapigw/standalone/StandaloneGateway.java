package io.github.fakeapigw.standalone;

import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.FakeApiGatewayOptions;
import io.github.fakeapigw.DeployedApi;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a fake gateway as a standalone process, for tests in other languages or manual exploration.
 *
 * <pre>
 * java -jar fake-gateway-standalone.jar [--port N] [--seed N] [--no-example]
 *                                     [--openapi FILE]... [--stage NAME]
 *                                     [--max-connections N] [--read-timeout SECONDS]
 * </pre>
 *
 * <p>Prints {@code management: <url>} and one {@code invoke: <url>} line per deployed API: the
 * built-in example API, or, with {@code --openapi}, each OpenAPI file imported and deployed to the
 * stage {@code --stage} (default {@code dev}); serves until killed; closes cleanly on SIGTERM. {@code POST
 * /_fakeapigw/reset} with the header {@code X-FakeApiGw-Control} (any value) clears every API,
 * deployment and recording. {@code --max-connections} and {@code --read-timeout} set {@link
 * FakeApiGatewayOptions#withMaxConnections(int)} and {@link
 * FakeApiGatewayOptions#withReadTimeout(java.time.Duration)}.
 *
 * @since 0.1.0
 */
public final class StandaloneGateway {
  private StandaloneGateway() {}

  /** Parsed command line. */
  record Arguments(
      int port, Long seed, boolean example, List<Path> openApi, String stage,
      int maxConnections, int readTimeoutSeconds) {
    static Arguments parse(String[] args) {
      int port = 0;
      Long seed = null;
      boolean example = true;
      List<Path> openApi = new ArrayList<>();
      String stage = ExampleApi.STAGE;
      int maxConnections = FakeApiGatewayOptions.DEFAULT_MAX_CONNECTIONS;
      int readTimeout = (int) FakeApiGatewayOptions.DEFAULT_READ_TIMEOUT.toSeconds();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--port" -> port = parseInt(a, value(args, ++i, a));
          case "--seed" -> seed = parseLong(a, value(args, ++i, a));
          case "--no-example" -> example = false;
          case "--openapi" -> openApi.add(Path.of(value(args, ++i, a)));
          case "--stage" -> stage = value(args, ++i, a);
          case "--max-connections" -> maxConnections = positive(a, value(args, ++i, a));
          case "--read-timeout" -> readTimeout = positive(a, value(args, ++i, a));
          case "--help", "-h" -> throw new UsageException("");
          default -> throw new UsageException("Unknown argument \"" + a + "\"");
        }
      }
      if (!stage.matches("[A-Za-z0-9_-]+")) {
        throw new UsageException(
            "--stage must be letters, digits, '-' or '_'; offending: \"" + stage + "\"");
      }
      // An explicit definition replaces the built-in example.
      return new Arguments(port, seed, example && openApi.isEmpty(), List.copyOf(openApi), stage,
          maxConnections, readTimeout);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new UsageException(option + " needs a value");
      }
      return args[i];
    }

    private static int parseInt(String option, String v) {
      try {
        return Integer.parseInt(v);
      } catch (NumberFormatException e) {
        throw new UsageException(option + " needs a whole number; offending: \"" + v + "\"");
      }
    }

    private static int positive(String option, String v) {
      int n = parseInt(option, v);
      if (n < 1) {
        throw new UsageException(option + " must be at least 1; offending: " + n);
      }
      return n;
    }

    private static long parseLong(String option, String v) {
      try {
        return Long.parseLong(v);
      } catch (NumberFormatException e) {
        throw new UsageException(option + " needs a whole number; offending: \"" + v + "\"");
      }
    }
  }

  /** A command-line mistake; its message is printed with the usage text. */
  static final class UsageException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  static final String USAGE =
      "Usage: java -jar fake-gateway-standalone.jar [--port N] [--seed N] [--no-example]"
          + " [--openapi FILE]... [--stage NAME] [--max-connections N] [--read-timeout SECONDS]";

  /** Starts the gateway, prints its URLs and serves until the process is stopped. */
  public static void main(String[] args) throws InterruptedException {
    quietServerLogs();
    Arguments arguments;
    try {
      arguments = Arguments.parse(args);
    } catch (UsageException e) {
      if (!e.getMessage().isEmpty()) {
        System.err.println(e.getMessage());
      }
      System.err.println(USAGE);
      System.exit(e.getMessage().isEmpty() ? 0 : 2);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    FakeApiGateway gateway;
    try {
      gateway = start(arguments, System.out);
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println("fake-gateway: " + e.getMessage());
      System.exit(1);
      return;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  gateway.close();
                  stopped.countDown();
                },
                "fake-apigw-shutdown"));
    stopped.await();
  }

  /**
   * Keeps the console to the URL lines: the bundled SLF4J simple logger prints Jetty's start-up
   * chatter at INFO otherwise. This process owns its JVM, so setting the logger's properties here
   * (before any logger exists) is fine; an explicit {@code -D} setting wins.
   */
  private static void quietServerLogs() {
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
  }

  /** Starts a gateway per the arguments and prints its URL lines to {@code out}. */
  static FakeApiGateway start(Arguments arguments, PrintStream out) {
    FakeApiGatewayOptions options = FakeApiGatewayOptions.defaults().withPort(arguments.port())
        .withMaxConnections(arguments.maxConnections())
        .withReadTimeout(java.time.Duration.ofSeconds(arguments.readTimeoutSeconds()));
    if (arguments.seed() != null) {
      options = options.withSeed(arguments.seed());
    }
    FakeApiGateway gateway = new FakeApiGateway(options).start();
    try {
      List<String> lines = new ArrayList<>();
      lines.add("management: " + gateway.managementUrl());
      if (arguments.example()) {
        String apiId = ExampleApi.deploy(gateway);
        lines.add("invoke: " + gateway.invokeUrl(apiId, ExampleApi.STAGE) + "/pets");
      }
      for (Path file : arguments.openApi()) {
        DeployedApi api = gateway.importOpenApi(file, arguments.stage(), Map.of());
        lines.add("invoke: " + api.invokeUrl(arguments.stage()) + " (" + api.name() + ")");
      }
      lines.add("reset: POST " + gateway.managementUrl() + "/_fakeapigw/reset"
          + " (with header X-FakeApiGw-Control: 1)");
      lines.forEach(out::println);
      out.flush();
      return gateway;
    } catch (RuntimeException e) {
      gateway.close();
      throw e;
    }
  }
}
