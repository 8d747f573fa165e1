package io.github.fakeapigw.assertions;

import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.recording.RecordedFunctionCall;
import io.github.fakeapigw.recording.RecordedInvocation;
import io.github.fakeapigw.recording.StageTraffic;
import org.apiguardian.api.API;
import org.assertj.core.util.CheckReturnValue;

/**
 * The entry point of the fake gateway's AssertJ assertions: on a gateway's recording, one recorded
 * invocation, a stage's traffic or one Lambda function call.
 *
 * <pre>{@code
 * import static io.github.fakeapigw.assertions.GatewayAssertions.assertThat;
 *
 * assertThat(gateway).hasNoUnmatchedInvocations().hasReceivedExactly(1, "GET", "/orders/{id}");
 * assertThat(gateway).invocation("GET", "/orders/{id}")
 *     .hasStatus(200)
 *     .hasMappedParameter("integration.request.header.X-Order-Id", "42")
 *     .integrationCall().hasPath("/v1/orders/42");
 * }</pre>
 *
 * <p>It can be imported next to AssertJ's {@code Assertions.assertThat}: the overloads take only
 * this project's types.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@CheckReturnValue
public final class GatewayAssertions {
  private GatewayAssertions() {}

  /**
   * Creates an assert on everything a gateway recorded; every check reads the recording again.
   *
   * @param gateway the running gateway
   * @return the assert
   */
  public static FakeApiGatewayAssert assertThat(FakeApiGateway gateway) {
    return new FakeApiGatewayAssert(gateway);
  }

  /**
   * Creates an assert on one recorded invocation.
   *
   * @param invocation the invocation, from {@link FakeApiGateway#invocations()}
   * @return the assert
   */
  public static RecordedInvocationAssert assertThat(RecordedInvocation invocation) {
    return new RecordedInvocationAssert(invocation);
  }

  /**
   * Creates an assert on a stage's traffic split.
   *
   * @param traffic the stage's counts
   * @return the assert
   */
  public static StageTrafficAssert assertThat(StageTraffic traffic) {
    return new StageTrafficAssert(traffic);
  }

  /**
   * Creates an assert on one call of an in-process Lambda function.
   *
   * @param call the recorded call
   * @return the assert
   */
  public static FunctionCallAssert assertThat(RecordedFunctionCall call) {
    return new FunctionCallAssert(call);
  }
}
