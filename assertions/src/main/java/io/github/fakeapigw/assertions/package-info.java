/**
 * AssertJ assertions on what a {@code FakeApiGateway} recorded. Start from {@link
 * io.github.fakeapigw.assertions.GatewayAssertions#assertThat}.
 *
 * @since 0.1.0
 */
package io.github.fakeapigw.assertions;
