package io.github.fakeapigw.internal.invoke;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.CanarySide;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanaryRouterTest {

  @Test
  void successive_force_next_calls_queue_up_in_order() {
    CanaryRouter router = new CanaryRouter(1);
    router.forceNext(2, CanarySide.CANARY);
    router.forceNext(1, CanarySide.BASE);
    assertThat(router.forcedRemaining()).isEqualTo(3);

    List<String> decisions = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      CanaryRouter.Decision d = router.decide(50.0);
      decisions.add(d.canary() + " " + d.forced().orElseThrow());
    }

    assertThat(decisions)
        .containsExactly(
            "true forceNext(2, CANARY): request 1 of 2",
            "true forceNext(2, CANARY): request 2 of 2",
            "false forceNext(1, BASE): request 1 of 1");
    assertThat(router.forcedRemaining()).isZero();
    assertThat(router.decide(50.0).forced()).isEmpty();
  }

  @Test
  void forcing_consumes_draws_so_later_random_decisions_keep_the_seeded_sequence() {
    CanaryRouter forced = new CanaryRouter(99);
    CanaryRouter free = new CanaryRouter(99);
    forced.forceNext(5, CanarySide.CANARY);
    for (int i = 0; i < 5; i++) {
      forced.decide(30.0);
      free.decide(30.0);
    }
    for (int i = 0; i < 100; i++) {
      assertThat(forced.decide(30.0)).isEqualTo(free.decide(30.0));
    }
  }

  @Test
  void release_drops_every_queued_forcing() {
    CanaryRouter router = new CanaryRouter(3);
    router.forceNext(4, CanarySide.CANARY);
    router.forceAll(CanarySide.BASE);
    router.release();
    assertThat(router.forcedRemaining()).isZero();
    assertThat(router.decide(0.0).canary()).isFalse();
    assertThat(router.decide(100.0).canary()).isTrue();
  }

  @Test
  void reseed_starts_the_draws_again_from_the_seed() {
    CanaryRouter router = new CanaryRouter(42);
    List<Double> first = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      first.add(router.decide(50.0).draw());
    }
    router.decide(50.0); // a draw of an earlier test

    router.reseed();

    List<Double> again = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      again.add(router.decide(50.0).draw());
    }
    assertThat(again).isEqualTo(first);
  }
  /**
   * The canary takes draws strictly below {@code percentTraffic}: a draw equal to the share goes to
   * the base, so 0% never routes a request to the canary, as AWS documents ("the percentage (0.0 -
   * 100.0) of traffic routed to the canary deployment", canarySettings.percentTraffic in
   * https://docs.aws.amazon.com/apigateway/latest/api/API_CanarySettings.html).
   */
  @Test
  void a_draw_equal_to_the_share_goes_to_the_base() {
    long seed = 42;
    double firstDraw = new java.util.Random(seed).nextDouble() * 100;
    double secondDraw;
    {
      java.util.Random r = new java.util.Random(seed);
      r.nextDouble();
      secondDraw = r.nextDouble() * 100;
    }
    CanaryRouter router = new CanaryRouter(seed);

    CanaryRouter.Decision equal = router.decide(firstDraw);
    CanaryRouter.Decision justAbove = router.decide(Math.nextUp(secondDraw));

    assertThat(equal.draw()).isEqualTo(firstDraw);
    assertThat(equal.canary()).as("draw %s with share %s", firstDraw, firstDraw).isFalse();
    assertThat(justAbove.draw()).isEqualTo(secondDraw);
    assertThat(justAbove.canary()).as("draw %s with share just above it", secondDraw).isTrue();
  }
}
