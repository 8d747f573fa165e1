/**
 * JUnit Jupiter support: {@link io.github.fakeapigw.junit.ApiGatewayTest @ApiGatewayTest} starts a
 * {@link io.github.fakeapigw.FakeApiGateway} per test class and injects it; {@link
 * io.github.fakeapigw.junit.FakeApiGatewayExtension} is the programmatic form for
 * {@code @RegisterExtension}.
 *
 * @since 0.1.0
 */
package io.github.fakeapigw.junit;
