package io.github.fakeapigw.internal.integration;

import java.util.Optional;

/**
 * What a Lambda integration answered.
 *
 * @param response for AWS_PROXY the method response built from the function's result; for AWS the
 *     endpoint response (status 200, the payload as body)
 * @param errorMessage for AWS (custom) integrations, the function error's {@code errorMessage}: the
 *     value selection patterns are matched against (empty on success)
 */
public record LambdaOutcome(EndpointResponse response, Optional<String> errorMessage) {}
