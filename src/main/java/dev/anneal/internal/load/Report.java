package dev.anneal.internal.load;

import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.Rule;
import dev.anneal.internal.load.Located.Position;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Where the binder's problems go: each located at a key or value of the document, with its rule. */
final class Report {
  private final String file;
  private final Located document;
  private final List<Problem> problems;

  Report(String file, Located document, List<Problem> problems) {
    this.file = file;
    this.document = document;
    this.problems = problems;
  }

  /** Whether the value at {@code pointer} already has a problem. */
  boolean isBroken(String pointer) {
    for (Problem p : problems) {
      if (p.pointer().equals(pointer)) return true;
    }
    return false;
  }

  /** A problem at the value of {@code pointer}; {@code message} does not repeat the pointer. */
  void atValue(String pointer, Rule rule, String message) {
    atValue(pointer, rule, message, null);
  }

  /** A problem at the value of {@code pointer}, with the key or value probably meant. */
  void atValue(String pointer, Rule rule, String message, @Nullable String suggestion) {
    add(document.value(pointer), pointer, rule, message, suggestion);
  }

  /** A problem at the key of {@code pointer}, with the key or value probably meant. */
  void atKey(String pointer, Rule rule, String message, @Nullable String suggestion) {
    add(document.key(pointer), pointer, rule, message, suggestion);
  }

  private void add(Position at, String pointer, Rule rule, String message, @Nullable String suggestion) {
    problems.add(new Problem(file, at.line(), at.column(), pointer, rule, message).withSuggestion(suggestion));
  }

  /** A value as the user wrote it, for messages. */
  static String show(JsonNode value) {
    if (value.isNull()) return "null";
    if (value.isBinary()) return "binary data (!!binary)";
    if (value.isString()) return quoted(value.stringValue());
    if (value.isObject()) return "a mapping";
    if (value.isArray()) return "a list";
    return value.toString();
  }

  /** At most this many characters of a value are shown in a message. */
  private static final int SHOWN = 60;

  /** A string value in quotes, cut after {@value #SHOWN} characters with how long it is. */
  static String quoted(String value) {
    if (value.length() <= SHOWN) return "\"" + value + "\"";
    return "\"" + value.substring(0, SHOWN) + "\"... (" + value.length() + " characters)";
  }

  /**
   * A key or a type name as a message shows it: as written when it is plain ASCII ({@code steps},
   * {@code torch.StepLR}), else in quotes with every other character as {@code \}{@code uXXXX}, so
   * that a trailing space or a look-alike letter ({@code "t\}{@code u0443pe"}) can be seen.
   */
  static String name(String name) {
    if (name.matches("[A-Za-z0-9_.-]+")) return name;
    StringBuilder out = new StringBuilder("\"");
    for (char c : (name.length() > SHOWN ? name.substring(0, SHOWN) : name).toCharArray()) {
      if (c >= 0x20 && c < 0x7f) {
        out.append(c);
      } else {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return out.append(name.length() > SHOWN ? "\"..." : "\"").toString();
  }
}
