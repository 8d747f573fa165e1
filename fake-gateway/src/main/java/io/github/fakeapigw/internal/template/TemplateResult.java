package io.github.fakeapigw.internal.template;

/** The rendered text (verbatim) and every override in effect after the template ran. */
public record TemplateResult(String output, Overrides overrides) {}
