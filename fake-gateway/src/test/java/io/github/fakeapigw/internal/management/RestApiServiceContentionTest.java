package io.github.fakeapigw.internal.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.fakeapigw.FakeApiGatewayOptions;
import io.github.fakeapigw.internal.runtime.GatewayRuntime;
import io.github.fakeapigw.model.Integration;
import io.github.fakeapigw.model.IntegrationResponse;
import io.github.fakeapigw.model.IntegrationType;
import io.github.fakeapigw.model.Method;
import io.github.fakeapigw.model.Resource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One management request never stalls the others: expensive checks take linear time and hold no
 * lock, and one API's writes never wait on another's. The time bounds are many times what the
 * fixed code needs on a loaded 2-core machine, and a fraction of what the quadratic code took.
 */
class RestApiServiceContentionTest {
  private final GatewayRuntime runtime =
      new GatewayRuntime(FakeApiGatewayOptions.defaults().withSeed(11), "fake-apigw-test-");
  private final RestApiService service = new RestApiService(runtime);
  private final ExecutorService pool = Executors.newFixedThreadPool(8);

  @AfterEach
  void close() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("test threads ended").isTrue();
    runtime.close();
  }

  private static RestApiService.CreateRestApi named(String name) {
    return new RestApiService.CreateRestApi(name, Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), false);
  }

  private static Integration mock() {
    return new Integration(IntegrationType.MOCK, null, null, null, null, null, Map.of(), Map.of(), null, null, 0,
        null, List.of(), Map.of(), null);
  }

  private static Method get() {
    return new Method("GET", "NONE", null, false, null, null, Map.of(), Map.of(), Map.of(), null, List.of());
  }

  /** An API with GET / on a MOCK integration; returns its id and root resource id. */
  private String[] apiWithMockGet(String name) {
    String api = service.createRestApi(named(name)).id();
    String root = service.restApi(api).rootResourceId();
    service.putMethod(api, root, get());
    service.putIntegration(api, root, "GET", mock());
    return new String[] {api, root};
  }

  @Test
  void a_one_megabyte_selection_pattern_is_checked_and_stored_in_linear_time() {
    String[] api = apiWithMockGet("patterns");
    // a literal start made Pattern.compile quadratic: 200 KB took about a minute, 1 MB never ended
    String pattern = "4".repeat(1_000_000) + "\\d*";

    IntegrationResponse stored = assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
        service.putIntegrationResponse(api[0], api[1], "GET",
            new IntegrationResponse("400", Optional.of(pattern), Map.of(), Map.of(), Optional.empty())));

    assertThat(stored.selectionPattern()).contains(pattern);
    IntegrationResponse updated = assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
        service.updateIntegrationResponse(api[0], api[1], "GET", "400",
            r -> r.withSelectionPattern(Optional.of(pattern + "5"))));
    assertThat(updated.selectionPattern()).contains(pattern + "5");
  }

  @Test
  void an_invalid_long_selection_pattern_is_refused_in_linear_time() {
    String[] api = apiWithMockGet("bad-patterns");
    String pattern = "4".repeat(500_000) + "(";

    ManagementError.Invalid e = assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
        org.assertj.core.api.Assertions.catchThrowableOfType(ManagementError.Invalid.class, () ->
            service.putIntegrationResponse(api[0], api[1], "GET",
                new IntegrationResponse("400", Optional.of(pattern), Map.of(), Map.of(), Optional.empty()))));

    assertThat(e).as("the refusal of an unclosed group").isNotNull();
    assertThat(e.field()).isEqualTo(ManagementError.Field.SELECTION_PATTERN);
    assertThat(service.integration(api[0], api[1], "GET").integrationResponses()).isEmpty();
  }

  @Test
  void a_pattern_that_java_refuses_at_its_start_is_still_refused() {
    String[] api = apiWithMockGet("dangling");
    for (String pattern : List.of("*4", "+4", "?4")) {
      ManagementError.Invalid e = org.assertj.core.api.Assertions.catchThrowableOfType(ManagementError.Invalid.class,
          () -> service.putIntegrationResponse(api[0], api[1], "GET",
              new IntegrationResponse("400", Optional.of(pattern), Map.of(), Map.of(), Optional.empty())));
      assertThat(e).as("refusal of %s", pattern).isNotNull();
    }
  }

  @Test
  void another_apis_write_proceeds_while_one_apis_write_is_held() throws Exception {
    String held = service.createRestApi(named("held")).id();
    String free = service.createRestApi(named("free")).id();
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);

    Future<?> slow = pool.submit(() -> service.updateRestApi(held, a -> {
      inside.countDown();
      awaitQuietly(release);
      return a.withDescription(Optional.of("slow"));
    }));
    assertThat(inside.await(10, TimeUnit.SECONDS)).as("the held write started").isTrue();

    try {
      Future<?> other = pool.submit(() -> service.updateRestApi(free, a -> a.withDescription(Optional.of("quick"))));
      other.get(10, TimeUnit.SECONDS); // a global lock kept this waiting until release
      Future<?> create = pool.submit(() -> service.createRestApi(named("created meanwhile")));
      create.get(10, TimeUnit.SECONDS);
      assertThat(service.restApi(free).description()).contains("quick");
      assertThat(service.restApi(held).description()).as("readers see the held API as it was").isEmpty();
    } finally {
      release.countDown();
    }
    slow.get(10, TimeUnit.SECONDS);
    assertThat(service.restApi(held).description()).contains("slow");
  }

  @Test
  void concurrent_writes_to_one_api_are_all_kept() throws Exception {
    String api = service.createRestApi(named("tagged")).id();
    String arn = "arn:aws:apigateway:us-east-1::/restapis/" + api;
    List<Future<?>> writers = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int thread = t;
      writers.add(pool.submit(() -> {
        for (int i = 0; i < 50; i++) {
          service.retag(arn, Map.of("t" + thread + "-" + i, "v"), List.of());
        }
      }));
    }
    for (Future<?> w : writers) {
      w.get(30, TimeUnit.SECONDS);
    }
    assertThat(service.tags(arn)).as("no write lost").hasSize(8 * 50);
  }

  @Test
  void renaming_the_top_of_a_4500_deep_tree_takes_linear_time() {
    // built in one step: 4,500 CreateResource calls would measure creation, not the rename
    var created = service.createRestApi(named("deep"));
    String api = created.id();
    Map<String, Resource> tree = new java.util.LinkedHashMap<>(service.apiState(api).definition().resources());
    String parent = created.rootResourceId();
    StringBuilder path = new StringBuilder();
    String top = null;
    for (int i = 0; i < 4_500; i++) {
      String id = "r" + i;
      path.append("/p").append(i);
      tree.put(id, new Resource(id, Optional.of(parent), Optional.of("p" + i), path.toString(), Map.of()));
      parent = id;
      top = top == null ? id : top;
    }
    service.deleteRestApi(api);
    service.createApi(new io.github.fakeapigw.model.ApiDefinition(created, tree, Map.of(), Map.of(), Map.of()),
        List.of(), List.of());
    String deepest = parent;
    String topId = top;

    Resource renamed = assertTimeoutPreemptively(Duration.ofSeconds(3), () ->
        service.updateResource(api, topId, r -> r.withPathPart(Optional.of("renamed"))));

    assertThat(renamed.path()).isEqualTo("/renamed");
    String deepPath = service.resource(api, deepest).path();
    assertThat(deepPath).startsWith("/renamed/p1/p2/").endsWith("/p4498/p4499");
    assertThat(deepPath.split("/")).hasSize(4_501);

    assertTimeoutPreemptively(Duration.ofSeconds(3), () -> service.deleteResource(api, topId));
    assertThat(service.resources(api)).hasSize(1);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
