package io.github.fakeapigw.internal.template;

/**
 * What {@code $input.path} returns when the path matches nothing (or matches JSON {@code null}).
 * Like on API Gateway it renders as empty text and compares equal both to {@code $null} and to
 * {@code ""}; {@code #if} treats it as false. (Velocity's duck typing reads {@code getAsString},
 * {@code getAsNumber} and {@code getAsBoolean}.)
 */
public final class AbsentValue {
  /** The only instance (immutable). */
  public static final AbsentValue INSTANCE = new AbsentValue();

  private AbsentValue() {}

  /** Empty text, so that the value equals {@code ""}. */
  public String getAsString() {
    return "";
  }

  /** No number, which makes Velocity treat the value as null in {@code == $null}. */
  public Number getAsNumber() {
    return null;
  }

  /** False in {@code #if}. */
  public boolean getAsBoolean() {
    return false;
  }

  /** Empty text. */
  @Override
  public String toString() {
    return "";
  }
}
