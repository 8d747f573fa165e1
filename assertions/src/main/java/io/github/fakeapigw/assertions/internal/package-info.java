/**
 * Rendering and matching helpers of the assertions. Not API: may change in any release.
 *
 * @since 0.1.0
 */
package io.github.fakeapigw.assertions.internal;
