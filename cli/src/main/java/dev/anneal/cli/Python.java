package dev.anneal.cli;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Values of a schedule file as Python literals that read back as the very same values. */
final class Python {
  private Python() {}

  /**
   * {@return {@code value} as a Python literal}: a double in Java's shortest round-tripping form
   * ({@code 3.0E-4}, which Python reads as the same double), a long as an int, a boolean as
   * {@code True}/{@code False}, a string quoted, a list as a list, null as {@code None}
   */
  static String literal(@Nullable Object value) {
    if (value == null) return "None";
    if (value instanceof Double d) return Double.toString(d);
    if (value instanceof Boolean b) return b ? "True" : "False";
    if (value instanceof String s) return quoted(s);
    if (value instanceof List<?> list) {
      List<String> items = new ArrayList<>();
      for (Object item : list) items.add(literal(item));
      return "[" + String.join(", ", items) + "]";
    }
    return value.toString();
  }

  /** {@code text} in single quotes, with backslashes, quotes and control characters escaped. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder("'");
    for (char c : text.toCharArray()) {
      if (c == '\\' || c == '\'') out.append('\\').append(c);
      else if (c < 0x20 || c == 0x7f) out.append(String.format("\\x%02x", (int) c));
      else out.append(c);
    }
    return out.append('\'').toString();
  }
}
