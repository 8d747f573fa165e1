package io.github.fakeapigw.internal.json;

import java.util.ArrayList;
import java.util.Collection;

/**
 * A JSON array as a Java list. Unlike a plain list it prints as compact JSON ({@code
 * [{"foo":"bar"}]}), which is what API Gateway prints for arrays obtained through {@code
 * $input.path}, also when the array is nested inside a printed map.
 */
public final class JsonArrayList extends ArrayList<Object> {
  private static final long serialVersionUID = 1L;

  /** Creates an empty array. */
  public JsonArrayList() {
    super();
  }

  /** Creates an array holding a copy of the given elements. */
  public JsonArrayList(Collection<?> elements) {
    super(elements);
  }

  /** Returns this array as compact JSON text. */
  @Override
  public String toString() {
    return JsonText.write(this);
  }
}
