package io.github.fakeapigw.internal.huawei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.fakeapigw.internal.huawei.ApigApi.MockInfo;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The store the runtime will compile from: snapshots per environment, versions, atomicity. */
class HuaweiApigServiceTest {
  private final HuaweiApigService service = new HuaweiApigService(
      Clock.fixed(Instant.parse("2026-01-02T03:04:05.123456789Z"), ZoneOffset.UTC), 1L, "r");

  private static ApigApi mockApi(String groupId, String name, String content) {
    return new ApigApi(name, 1, null, "HTTPS", "GET", "/" + name, "NONE",
        new ApigApi.AuthOpt("DISABLE"), null, null, null, false, "NORMAL", "MOCK", groupId, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        new MockInfo(content, null, null, null, null, null, null), null, null, null, null, null,
        null);
  }

  @Test
  void published_apis_are_the_snapshots_taken_at_publication_not_the_api_as_modified_since() {
    ApigGroup g = service.createGroup("shop", null);
    ApigApi api = service.createApi(mockApi(g.id(), "hello", "v1"));
    service.publish(api.id(), ApigEnvironment.RELEASE_ID, null);

    service.updateApi(api.id(), mockApi(g.id(), "hello", "v2"));

    List<ApigPublication> release = service.publishedApis(g.id()).get("RELEASE");
    assertThat(release).singleElement()
        .satisfies(p -> assertThat(p.snapshot().mockInfo().resultContent()).isEqualTo("v1"));
    assertThat(service.api(api.id()).mockInfo().resultContent()).isEqualTo("v2");

    service.publish(api.id(), ApigEnvironment.RELEASE_ID, null);
    assertThat(service.publishedApis(g.id()).get("RELEASE")).singleElement()
        .satisfies(p -> assertThat(p.snapshot().mockInfo().resultContent()).isEqualTo("v2"));
  }

  @Test
  void published_apis_are_grouped_per_environment_and_leave_offline_ones_out() {
    ApigGroup g = service.createGroup("shop", null);
    ApigEnvironment test = service.createEnvironment("TEST", null);
    ApigApi a = service.createApi(mockApi(g.id(), "alpha", "a"));
    ApigApi b = service.createApi(mockApi(g.id(), "beta", "b"));
    service.publish(a.id(), ApigEnvironment.RELEASE_ID, null);
    service.publish(b.id(), ApigEnvironment.RELEASE_ID, null);
    service.publish(b.id(), test.id(), null);

    service.offline(a.id(), ApigEnvironment.RELEASE_ID);

    assertThat(service.publishedApis(g.id()).keySet()).containsExactly("RELEASE", "TEST");
    assertThat(service.publishedApis(g.id()).get("RELEASE")).extracting(ApigPublication::apiId)
        .containsExactly(b.id());
    assertThat(service.publishedApis("other")).isEmpty();
  }

  @Test
  void every_change_moves_the_version_and_tells_the_listeners_a_rejected_one_neither() {
    List<Long> seen = new CopyOnWriteArrayList<>();
    service.addListener(seen::add);
    long before = service.version();

    service.createGroup("shop", null);
    ApigException e =
        catchThrowableOfType(ApigException.class, () -> service.createGroup("shop", null));

    assertThat(e.errorCode()).isEqualTo("APIG.3201");
    assertThat(service.version()).isEqualTo(before + 1);
    assertThat(seen).containsExactly(before + 1);
    assertThat(service.state().groups()).hasSize(1);
  }

  @Test
  void a_failing_batch_entry_leaves_the_others_published() {
    ApigGroup g = service.createGroup("shop", null);
    ApigApi a = service.createApi(mockApi(g.id(), "alpha", "a"));

    List<HuaweiApigService.BatchOutcome> out =
        service.batch(true, List.of(a.id(), "missing"), ApigEnvironment.RELEASE_ID, null);

    assertThat(out).extracting(o -> o.success().isPresent()).containsExactly(true, false);
    assertThat(service.effectiveVersion(a.id(), ApigEnvironment.RELEASE_ID)).isPresent();
  }

  @Test
  void concurrent_creates_of_one_name_let_exactly_one_through() throws Exception {
    int writers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<String>> outcomes = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        outcomes.add(pool.submit(() -> {
          go.await();
          try {
            return service.createGroup("racing", null).id();
          } catch (ApigException e) {
            return e.errorCode();
          }
        }));
      }
      go.countDown();
      List<String> results = new ArrayList<>();
      for (Future<String> f : outcomes) {
        results.add(f.get(10, TimeUnit.SECONDS));
      }

      assertThat(results).filteredOn("APIG.3201"::equals).hasSize(writers - 1);
      assertThat(service.state().groups()).hasSize(1);
      assertThat(service.version()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void times_have_seven_fraction_digits_in_utc() {
    assertThat(service.createGroup("shop", null).registerTime())
        .isEqualTo("2026-01-02T03:04:05.1234567Z");
  }
}
