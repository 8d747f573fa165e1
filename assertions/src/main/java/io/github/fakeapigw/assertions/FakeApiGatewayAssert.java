package io.github.fakeapigw.assertions;

import static io.github.fakeapigw.assertions.error.ShouldHaveNoUnmatchedInvocations.shouldHaveNoUnmatchedInvocations;
import static io.github.fakeapigw.assertions.error.ShouldHaveReceived.shouldHaveReceived;

import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.assertions.error.NearMiss;
import io.github.fakeapigw.assertions.error.ShouldHaveReceived;
import io.github.fakeapigw.assertions.error.ShouldHaveReceived.Count;
import io.github.fakeapigw.assertions.internal.InvocationCriteria;
import io.github.fakeapigw.recording.RecordedInvocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.IntPredicate;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;

/**
 * Assertions on what a {@link FakeApiGateway} recorded: how many invocations matched a method and
 * path, whether any matched no resource, and navigation to one invocation, one stage or one
 * function.
 *
 * <p>A path containing <code>{</code> is a resource path and matches the resource the request was
 * routed to ({@code GET /pets/{petId}}); any other path matches the request path as received
 * ({@code GET /pets/42}). The method {@code ANY} matches every verb. {@link #inApi}, {@link
 * #inStage}, {@link #withStatus}, {@link #servedByCanary} and {@link #servedByBase} narrow the
 * invocations that count, and return a new assert.
 *
 * <p>Every check reads the gateway's recording again, so the assertions work inside Awaitility's
 * {@code untilAsserted}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class FakeApiGatewayAssert extends AbstractAssert<FakeApiGatewayAssert, FakeApiGateway> {
  private final Optional<String> api;
  private final Optional<String> stage;
  private final OptionalInt status;
  private final Optional<Boolean> canary;

  /**
   * Creates an assert on the gateway's recording; use {@link GatewayAssertions#assertThat}.
   *
   * @param actual the gateway
   */
  protected FakeApiGatewayAssert(FakeApiGateway actual) {
    this(actual, Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty());
  }

  private FakeApiGatewayAssert(
      FakeApiGateway actual,
      Optional<String> api,
      Optional<String> stage,
      OptionalInt status,
      Optional<Boolean> canary) {
    super(actual, FakeApiGatewayAssert.class);
    this.api = api;
    this.stage = stage;
    this.status = status;
    this.canary = canary;
  }

  /**
   * Narrows the invocations that count to one REST API, given by id or by name.
   *
   * <pre>{@code
   * assertThat(gateway).inApi("orders").hasReceivedExactly(1, "GET", "/orders/{id}");
   * }</pre>
   *
   * @param idOrName the REST API's id, or its name
   * @return a new assert counting only that API's invocations
   */
  public FakeApiGatewayAssert inApi(String idOrName) {
    Objects.requireNonNull(idOrName, "idOrName");
    return copy(Optional.of(idOrName), stage, status, canary);
  }

  /**
   * Narrows the invocations that count to one stage name.
   *
   * @param stageName the stage name (TestInvokeMethod calls have none and never match)
   * @return a new assert counting only that stage's invocations
   */
  public FakeApiGatewayAssert inStage(String stageName) {
    Objects.requireNonNull(stageName, "stageName");
    return copy(api, Optional.of(stageName), status, canary);
  }

  /**
   * Narrows the invocations that count to those answered with a final status.
   *
   * @param statusCode the final status sent to the caller
   * @return a new assert counting only invocations answered with that status
   */
  public FakeApiGatewayAssert withStatus(int statusCode) {
    return copy(api, stage, OptionalInt.of(statusCode), canary);
  }

  /**
   * Narrows the invocations that count to those a canary deployment served.
   *
   * @return a new assert counting only canary invocations
   */
  public FakeApiGatewayAssert servedByCanary() {
    return copy(api, stage, status, Optional.of(true));
  }

  /**
   * Narrows the invocations that count to those the base deployment of a stage with canary settings
   * served.
   *
   * @return a new assert counting only base invocations of canary stages
   */
  public FakeApiGatewayAssert servedByBase() {
    return copy(api, stage, status, Optional.of(false));
  }

  /**
   * Verifies that exactly {@code count} recorded invocations match the method and path.
   *
   * <pre>{@code
   * // passes after one GET /orders/42 routed to resource /orders/{id}
   * assertThat(gateway).hasReceivedExactly(1, "GET", "/orders/{id}");
   * // fails: it lists every recorded invocation and the three closest candidates
   * assertThat(gateway).hasReceivedExactly(2, "GET", "/orders/{id}");
   * }</pre>
   *
   * @param count the expected number of matching invocations
   * @param method the verb, or {@code ANY}
   * @param path a resource path ({@code /orders/{id}}) or a concrete path ({@code /orders/42})
   * @return this assert
   * @throws AssertionError if the number of matching invocations is not {@code count}
   */
  public FakeApiGatewayAssert hasReceivedExactly(int count, String method, String path) {
    requireCount(count);
    isNotNull();
    check(Count.EXACTLY, count, criteria(method, path), n -> n == count);
    return myself;
  }

  /**
   * Verifies that at least {@code count} recorded invocations match the method and path.
   *
   * <pre>{@code
   * // passes after three GET /orders/42
   * assertThat(gateway).hasReceivedAtLeast(2, "GET", "/orders/{id}");
   * // fails
   * assertThat(gateway).hasReceivedAtLeast(4, "GET", "/orders/{id}");
   * }</pre>
   *
   * @param count the minimum number of matching invocations
   * @param method the verb, or {@code ANY}
   * @param path a resource path or a concrete path
   * @return this assert
   * @throws AssertionError if fewer invocations match
   */
  public FakeApiGatewayAssert hasReceivedAtLeast(int count, String method, String path) {
    requireCount(count);
    isNotNull();
    check(Count.AT_LEAST, count, criteria(method, path), n -> n >= count);
    return myself;
  }

  /**
   * Verifies that at least one recorded invocation matches the method and path.
   *
   * <pre>{@code
   * // passes after GET /orders/42
   * assertThat(gateway).hasReceived("GET", "/orders/42");
   * // fails
   * assertThat(gateway).hasReceived("DELETE", "/orders/42");
   * }</pre>
   *
   * @param method the verb, or {@code ANY}
   * @param path a resource path or a concrete path
   * @return this assert
   * @throws AssertionError if no invocation matches
   */
  public FakeApiGatewayAssert hasReceived(String method, String path) {
    return hasReceivedAtLeast(1, method, path);
  }

  /**
   * Verifies that no recorded invocation matches the method and path.
   *
   * <pre>{@code
   * // passes when nothing deleted an order
   * assertThat(gateway).hasNotReceived("DELETE", "/orders/{id}");
   * // fails after GET /orders/42, listing the matching invocations
   * assertThat(gateway).hasNotReceived("GET", "/orders/{id}");
   * }</pre>
   *
   * @param method the verb, or {@code ANY}
   * @param path a resource path or a concrete path
   * @return this assert
   * @throws AssertionError if any invocation matches
   */
  public FakeApiGatewayAssert hasNotReceived(String method, String path) {
    isNotNull();
    check(Count.NONE, 0, criteria(method, path), n -> n == 0);
    return myself;
  }

  /**
   * Verifies that every recorded invocation (in scope) matched a resource and method.
   *
   * <pre>{@code
   * // passes when every request was routed
   * assertThat(gateway).hasNoUnmatchedInvocations();
   * // fails after GET /order/42 (a typo) answered 403 Missing Authentication Token
   * assertThat(gateway).hasNoUnmatchedInvocations();
   * }</pre>
   *
   * @return this assert
   * @throws AssertionError if an invocation matched no resource or method; the message gives the
   *     gateway's reason for each
   */
  public FakeApiGatewayAssert hasNoUnmatchedInvocations() {
    isNotNull();
    InvocationCriteria scope = criteria("ANY", "");
    List<RecordedInvocation> recorded =
        GatewayRecordings.invocations(actual).stream().filter(i -> inScope(scope, i)).toList();
    if (recorded.stream().anyMatch(i -> !i.isMatched())) {
      throw assertionError(shouldHaveNoUnmatchedInvocations(recorded));
    }
    return myself;
  }

  /**
   * Navigates to the one recorded invocation matching the method and path.
   *
   * <pre>{@code
   * // passes after one GET /orders/42
   * assertThat(gateway).invocation("GET", "/orders/{id}").hasStatus(200);
   * // fails when none or several match, listing the recorded invocations and closest candidates
   * assertThat(gateway).invocation("GET", "/customers/{id}");
   * }</pre>
   *
   * @param method the verb, or {@code ANY}
   * @param path a resource path or a concrete path
   * @return an assert on that invocation
   * @throws AssertionError unless exactly one invocation matches
   */
  public RecordedInvocationAssert invocation(String method, String path) {
    isNotNull();
    InvocationCriteria criteria = criteria(method, path);
    List<RecordedInvocation> matching = check(Count.EXACTLY, 1, criteria, n -> n == 1);
    return new RecordedInvocationAssert(matching.get(0));
  }

  /**
   * Navigates to every recorded invocation matching the method and path, oldest first, as an
   * AssertJ list assert (possibly empty).
   *
   * <pre>{@code
   * assertThat(gateway).invocations("GET", "/orders/{id}")
   *     .extracting(RecordedInvocation::status).containsOnly(200);
   * }</pre>
   *
   * @param method the verb, or {@code ANY}
   * @param path a resource path or a concrete path
   * @return a list assert on the matching invocations
   */
  public ListAssert<RecordedInvocation> invocations(String method, String path) {
    isNotNull();
    InvocationCriteria criteria = criteria(method, path);
    List<RecordedInvocation> matching =
        GatewayRecordings.invocations(actual).stream().filter(criteria::matches).toList();
    return Assertions.assertThat(matching).as("invocations matching %s", criteria.describe());
  }

  /**
   * Navigates to a stage's traffic, for canary checks.
   *
   * <pre>{@code
   * assertThat(gateway).stage("orders", "test").canaryShare().isCloseTo(0.10, within(0.03));
   * }</pre>
   *
   * @param apiIdOrName the REST API's id or name
   * @param stageName the stage name
   * @return an assert on the stage's traffic
   */
  public StageAssert stage(String apiIdOrName, String stageName) {
    Objects.requireNonNull(apiIdOrName, "apiIdOrName");
    Objects.requireNonNull(stageName, "stageName");
    isNotNull();
    String apiId = GatewayRecordings.apiId(actual, apiIdOrName);
    return new StageAssert(
        GatewayRecordings.stageTraffic(actual, apiId, stageName),
        GatewayRecordings.onStage(actual, apiId, stageName),
        this);
  }

  /**
   * Navigates to the calls of an in-process Lambda function, oldest first.
   *
   * <pre>{@code
   * assertThat(gateway).function("prices").hasBeenInvokedExactly(1);
   * }</pre>
   *
   * @param functionName the registered function's name
   * @return an assert on its calls
   */
  public FunctionCallsAssert function(String functionName) {
    Objects.requireNonNull(functionName, "functionName");
    isNotNull();
    return new FunctionCallsAssert(
        functionName, GatewayRecordings.functionCalls(actual, functionName), this);
  }

  private List<RecordedInvocation> check(
      Count count, int expected, InvocationCriteria criteria, IntPredicate ok) {
    List<RecordedInvocation> recorded = GatewayRecordings.invocations(actual);
    List<RecordedInvocation> matching = recorded.stream().filter(criteria::matches).toList();
    if (!ok.test(matching.size())) {
      List<NearMiss> nearMisses =
          criteria.closest(recorded, ShouldHaveReceived.MAX_CANDIDATES).stream()
              .map(
                  i ->
                      new NearMiss(
                          recorded.get(i), criteria.firstMismatch(recorded.get(i)).orElse("")))
              .toList();
      boolean canaryInvolved =
          criteria.canary().isPresent() || recorded.stream().anyMatch(i -> i.canary().isPresent());
      throw assertionError(
          shouldHaveReceived(
              count,
              expected,
              criteria.describe(),
              recorded,
              matching,
              nearMisses,
              GatewayRecordings.dropped(actual),
              canaryInvolved ? OptionalLong.of(actual.seed()) : OptionalLong.empty()));
    }
    return matching;
  }

  private boolean inScope(InvocationCriteria scope, RecordedInvocation inv) {
    return scope.api().map(a -> scope.apiIds().contains(inv.apiId())).orElse(true)
        && scope.stage().map(s -> inv.stage().equals(Optional.of(s))).orElse(true)
        && (scope.status().isEmpty() || inv.status() == scope.status().getAsInt())
        && scope
            .canary()
            .map(c -> inv.canary().map(d -> d.canary() == c).orElse(false))
            .orElse(true);
  }

  private InvocationCriteria criteria(String method, String path) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Set<String> ids = api.map(a -> GatewayRecordings.apiIds(actual, a)).orElse(Set.of());
    return new InvocationCriteria(method, path, api, ids, stage, status, canary);
  }

  private FakeApiGatewayAssert copy(
      Optional<String> a, Optional<String> s, OptionalInt st, Optional<Boolean> c) {
    isNotNull();
    FakeApiGatewayAssert copy = new FakeApiGatewayAssert(actual, a, s, st, c);
    copy.info.useRepresentation(info.representation());
    if (info.description() != null) {
      copy.info.description(info.description());
    }
    return copy;
  }

  private static void requireCount(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative; offending: " + count);
    }
  }
}
