/**
 * Read-only records of what the gateway did with each request: the method request, the route it
 * matched, mapped parameters, rendered templates, the integration call as sent, the chosen
 * integration response, the canary decision, the final response and any error with its cause.
 *
 * @since 0.1.0
 */
package io.github.fakeapigw.recording;
