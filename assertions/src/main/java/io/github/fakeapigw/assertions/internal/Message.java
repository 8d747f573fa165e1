package io.github.fakeapigw.assertions.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A failure message as lines: rendered as a format of {@code %s} placeholders joined by {@code %n},
 * so user text (which may contain {@code %}) is never parsed as a format and newlines follow the
 * platform. Not API.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Message {
  private final List<String> lines = new ArrayList<>();

  /** Appends text; embedded line breaks start new lines. */
  public Message line(String text) {
    for (String l : text.split("\r?\n", -1)) {
      lines.add(l);
    }
    return this;
  }

  /** Appends each line of a block indented by two spaces. */
  public Message indented(String block) {
    for (String l : block.split("\r?\n", -1)) {
      lines.add("  " + l);
    }
    return this;
  }

  /** Appends every line of another message. */
  public Message append(Message other) {
    lines.addAll(other.lines);
    return this;
  }

  /** The format: one {@code %s} per line, joined by {@code %n}. */
  public String format() {
    return String.join("%n", Collections.nCopies(lines.size(), "%s"));
  }

  /** The lines, in order. */
  public List<String> lines() {
    return List.copyOf(lines);
  }

  /** The lines, in order, one per placeholder of {@link #format()}. */
  public Object[] args() {
    return lines.toArray();
  }

  /** The lines joined by {@code \n}. */
  @Override
  public String toString() {
    return String.join("\n", lines);
  }
}
