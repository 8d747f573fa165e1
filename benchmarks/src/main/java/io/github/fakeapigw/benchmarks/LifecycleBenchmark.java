package io.github.fakeapigw.benchmarks;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.fakeapigw.FakeApiGateway;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Start-and-close of a fake gateway on a warm JVM, next to a bare WireMock server's start-and-close
 * in the same run (both bind 127.0.0.1 on an ephemeral port).
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar LifecycleBenchmark</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LifecycleBenchmark {

  @Benchmark
  public int fakeGatewayStartAndClose() {
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      return gateway.port();
    }
  }

  @Benchmark
  public int wireMockStartAndStop() {
    WireMockServer server =
        new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().disableRequestJournal());
    server.start();
    try {
      return server.port();
    } finally {
      server.stop();
    }
  }
}
