/**
 * The front door: {@link io.github.fakeapigw.FakeApiGateway} and its options.
 *
 * @since 0.1.0
 */
package io.github.fakeapigw;
