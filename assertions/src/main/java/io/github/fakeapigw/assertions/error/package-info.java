/**
 * The failure messages of the gateway assertions, as AssertJ {@code ErrorMessageFactory}s ({@code
 * ShouldX.shouldX(..)}).
 *
 * @since 0.1.0
 */
package io.github.fakeapigw.assertions.error;
