package io.github.fakeapigw.internal.template;

import io.github.fakeapigw.internal.context.InvocationContext;
import io.github.fakeapigw.internal.context.MethodRequest;

/**
 * What one template rendering sees.
 *
 * @param body the payload {@code $input} reads: the method request body for request templates, the
 *     endpoint response body for response templates
 * @param methodRequest the method request ({@code $input.params()} always reads it)
 * @param context {@code $context}; its stage variables are {@code $stageVariables}
 * @param priorOverrides overrides set by an earlier template of the same invocation (the request
 *     template's, when rendering the response template), visible as {@code $context.requestOverride}
 * @param response whether this is a response template (only then is {@code responseOverride}
 *     writable)
 */
public record TemplateInput(
    String body,
    MethodRequest methodRequest,
    InvocationContext context,
    Overrides priorOverrides,
    boolean response) {}
