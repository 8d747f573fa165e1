/**
 * A fluent Java DSL that builds REST APIs for {@link io.github.fakeapigw.FakeApiGateway#deploy}.
 * Start from the static factories of {@link io.github.fakeapigw.dsl.GatewayDsl}.
 *
 * @since 0.1.0
 */
package io.github.fakeapigw.dsl;
