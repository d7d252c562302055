package dev.anneal.internal.load;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A parsed document and where each of its parts is in the file: for every JSON Pointer, the
 * position of its key (for a mapping entry) and of its value, lines and columns from 1.
 */
public record Located(JsonNode root, Map<String, Position> keys, Map<String, Position> values) {

  /** A line and column, from 1. */
  public record Position(int line, int column) {}

  static final Position UNKNOWN = new Position(1, 1);

  /** Where the key of {@code pointer} is, else its value, else the nearest enclosing one. */
  public Position key(String pointer) {
    Position p = keys.get(pointer);
    return p != null ? p : value(pointer);
  }

  /** Where the value of {@code pointer} is, else the nearest enclosing one. */
  public Position value(String pointer) {
    for (String at = pointer; ; at = at.substring(0, at.lastIndexOf('/'))) {
      Position p = values.get(at);
      if (p != null) return p;
      if (at.isEmpty()) return UNKNOWN;
    }
  }

  /**
   * The pointer of the schedule {@code name} of the schedule file at {@code at}: its {@code schedule}
   * when the file says {@code schedule:}, else {@code schedules/name}.
   */
  public String schedule(String at, String name) {
    boolean single = !root.at(at + "/schedule").isMissingNode();
    return at + (single ? "/schedule" : "/schedules/" + Pointers.escape(name));
  }
}
