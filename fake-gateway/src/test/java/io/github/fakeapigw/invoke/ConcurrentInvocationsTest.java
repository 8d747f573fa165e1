package io.github.fakeapigw.invoke;

import static io.github.fakeapigw.TestDeployer.api;
import static io.github.fakeapigw.TestDeployer.mock;
import static io.github.fakeapigw.TestDeployer.response;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.TestDeployer;
import io.github.fakeapigw.recording.RecordedInvocation;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ConcurrentInvocationsTest {
  private static final int THREADS = 8;
  private static final int REQUESTS = 500;

  @Test
  void records_every_request_exactly_once_under_concurrency() throws Exception {
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      TestDeployer.Deployed d = TestDeployer.deploy(gateway,
          api("busy").method("/items/{id}", "POST", mock()
              .param("integration.request.header.X-Id", "method.request.path.id")
              .respond(response("200"))),
          "dev");
      InvokeHttp http = new InvokeHttp();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<Future<List<String>>> futures = new ArrayList<>();
      try {
        for (int t = 0; t < THREADS; t++) {
          int thread = t;
          Callable<List<String>> work = () -> {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
              HttpResponse<String> r = http.send("POST",
                  // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_extended.snapshot.json, test_export_swagger_openapi[TEST_IMPORT_PETSTORE_SWAGGER], "get-export-with-extensions"
                  d.url("/items/" + thread + "-" + i), "{\"statusCode\": 200}");
              assertThat(r.statusCode()).isEqualTo(200);
              ids.add(r.headers().firstValue("x-amzn-RequestId").orElseThrow());
            }
            return ids;
          };
          futures.add(pool.submit(work));
        }
        // A bound, not a speed check: generous enough for a loaded 2-core CI machine.
        Set<String> sent = new HashSet<>();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        for (Future<List<String>> f : futures) {
          sent.addAll(f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
        }

        List<RecordedInvocation> recorded = gateway.invocations();
        assertThat(sent).hasSize(THREADS * REQUESTS);
        assertThat(recorded).hasSize(THREADS * REQUESTS);
        assertThat(recorded).extracting(RecordedInvocation::sequence)
            .containsExactlyElementsOf(LongStream.rangeClosed(1, THREADS * REQUESTS).boxed().toList());
        assertThat(recorded).extracting(RecordedInvocation::requestId)
            .doesNotHaveDuplicates()
            .containsExactlyInAnyOrderElementsOf(sent);
        assertThat(recorded).extracting(r -> r.methodRequest().path())
            .doesNotHaveDuplicates();
        assertThat(gateway.droppedInvocationCount()).isZero();
        assertThat(gateway.stageTraffic(d.apiId(), "dev").requests())
            .isEqualTo(THREADS * REQUESTS);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void keeps_the_newest_invocations_when_the_cap_is_reached_and_counts_the_dropped_ones() {
    try (FakeApiGateway gateway = new FakeApiGateway(
        io.github.fakeapigw.FakeApiGatewayOptions.defaults().withMaxRecordedInvocations(5))
        .start()) {
      TestDeployer.Deployed d = TestDeployer.deploy(gateway,
          api("capped").method("/x", "GET", mock().respond(response("200"))), "dev");
      InvokeHttp http = new InvokeHttp();

      for (int i = 0; i < 8; i++) {
        http.get(d.url("/x"));
      }

      assertThat(gateway.invocations()).extracting(RecordedInvocation::sequence)
          .containsExactly(4L, 5L, 6L, 7L, 8L);
      assertThat(gateway.droppedInvocationCount()).isEqualTo(3);
      assertThat(gateway.stageTraffic(d.apiId(), "dev").requests()).isEqualTo(8);
    }
  }
}
