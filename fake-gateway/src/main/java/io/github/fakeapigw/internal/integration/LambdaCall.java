package io.github.fakeapigw.internal.integration;

import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.invoke.InvocationContext;
import io.github.fakeapigw.internal.invoke.MethodRequest;
import io.github.fakeapigw.model.Integration;

/**
 * What an AWS or AWS_PROXY (Lambda) integration call gets.
 *
 * @param integration the integration ({@code type}, {@code uri} with stage variables resolved in
 *     {@code resolvedUri})
 * @param resolvedUri the integration uri after {@code ${stageVariables.x}} substitution
 * @param methodRequest the method request (AWS_PROXY builds its event from it)
 * @param context {@code requestContext} of the proxy event
 * @param headers the integration request headers after mapping (AWS: {@code
 *     X-Amz-Invocation-Type} chooses {@code Event} or {@code RequestResponse})
 * @param payload the integration request body (AWS: the rendered or passed-through body)
 */
public record LambdaCall(
    Integration integration,
    String resolvedUri,
    MethodRequest methodRequest,
    InvocationContext context,
    HttpHeaders headers,
    byte[] payload) {}
