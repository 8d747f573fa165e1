package io.github.fakeapigw.internal.template;

/** A mapping template failed to parse or to render; the message names line and column. */
public final class TemplateException extends Exception {
  private static final long serialVersionUID = 1L;

  public TemplateException(String message, Throwable cause) {
    super(message, cause);
  }
}
