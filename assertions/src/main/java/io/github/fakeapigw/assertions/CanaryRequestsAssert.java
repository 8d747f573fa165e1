package io.github.fakeapigw.assertions;

import static io.github.fakeapigw.assertions.error.ShouldAllBeServedWith.shouldAllBeServedWith;
import static io.github.fakeapigw.assertions.internal.Render.quote;

import io.github.fakeapigw.assertions.internal.Render;
import io.github.fakeapigw.recording.RecordedInvocation;
import io.github.fakeapigw.recording.StageTraffic;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions every recorded request of one side of a canary split (canary or base) must meet. They
 * fail when that side served no request, so a test cannot pass vacuously.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class CanaryRequestsAssert
    extends AbstractAssert<CanaryRequestsAssert, List<RecordedInvocation>> {
  private final StageTraffic traffic;
  private final boolean canary;
  private final StageAssert stage;

  /**
   * Creates the assert; reach it through {@link StageAssert#everyCanaryRequest()}.
   *
   * @param traffic the stage's traffic, for messages
   * @param actual the requests of one side
   * @param canary whether they are the canary's
   * @param stage the stage assert to return to
   */
  protected CanaryRequestsAssert(
      StageTraffic traffic, List<RecordedInvocation> actual, boolean canary, StageAssert stage) {
    super(List.copyOf(actual), CanaryRequestsAssert.class);
    this.traffic = traffic;
    this.canary = canary;
    this.stage = stage;
  }

  /**
   * Verifies that every request of this side ran a deployment.
   *
   * <pre>{@code
   * stageAssert.everyCanaryRequest().ranDeployment(canaryDeploymentId); // passes
   * stageAssert.everyCanaryRequest().ranDeployment(baseDeploymentId);   // fails, with the seed
   * }</pre>
   *
   * @param deploymentId the expected deployment id
   * @return this assert
   * @throws AssertionError if this side served no request, or one ran another deployment
   */
  public CanaryRequestsAssert ranDeployment(String deploymentId) {
    Objects.requireNonNull(deploymentId, "deploymentId");
    isNotNull();
    return every(
        "run deployment",
        deploymentId,
        i ->
            i.deploymentId().equals(Optional.of(deploymentId))
                ? Optional.empty()
                : Optional.of(
                    "ran deployment " + i.deploymentId().map(Render::quote).orElse("(none)")));
  }

  /**
   * Verifies that every request of this side saw a stage variable (canary overrides applied).
   *
   * <pre>{@code
   * stageAssert.everyCanaryRequest().hasStageVariable("flavour", "new"); // passes
   * stageAssert.everyBaseRequest().hasStageVariable("flavour", "new");   // fails, with the seed
   * }</pre>
   *
   * @param name the variable name
   * @param expectedValue the expected value
   * @return this assert
   * @throws AssertionError if this side served no request, or one saw another value
   */
  public CanaryRequestsAssert hasStageVariable(String name, String expectedValue) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expectedValue, "expectedValue");
    isNotNull();
    return every(
        "stage variable " + quote(name),
        expectedValue,
        i -> {
          String v = i.stageVariables().get(name);
          if (expectedValue.equals(v)) {
            return Optional.empty();
          }
          return Optional.of(
              v == null ? quote(name) + " was not set" : quote(name) + " was " + quote(v));
        });
  }

  /**
   * Goes back to the stage assert.
   *
   * @return the stage assert this came from
   */
  public StageAssert returnToStage() {
    return stage;
  }

  private CanaryRequestsAssert every(
      String property, String expected, Function<RecordedInvocation, Optional<String>> miss) {
    List<String> offenders = new ArrayList<>();
    for (RecordedInvocation inv : actual) {
      miss.apply(inv)
          .ifPresent(
              why ->
                  offenders.add("#" + inv.sequence() + " " + Render.shortLine(inv) + ": " + why));
    }
    if (actual.isEmpty() || !offenders.isEmpty()) {
      throw assertionError(
          shouldAllBeServedWith(
              canary ? "canary" : "base",
              traffic.apiId(),
              traffic.stage(),
              property,
              expected,
              actual.size(),
              offenders,
              traffic.seed()));
    }
    return myself;
  }
}
