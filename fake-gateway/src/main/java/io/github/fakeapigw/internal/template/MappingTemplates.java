package io.github.fakeapigw.internal.template;

/**
 * A gateway's mapping-template engine (one per gateway, never a static singleton). Templates are
 * parsed once and cached by their text; rendering never re-parses.
 */
public interface MappingTemplates {
  /** Renders a template; parse and runtime failures throw with line and column in the message. */
  TemplateResult render(String template, TemplateInput input) throws TemplateException;
}
