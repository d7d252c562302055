package dev.anneal.diagnostic;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One problem found in a schedule file: where it is ({@code line} and {@code column} from 1 in the
 * user's own file, 1:1 when no better place is known, e.g. an unreadable file; {@code pointer} a
 * JSON Pointer such as {@code /schedule/parts/1/steps}), which {@link Rule} it breaks, what is
 * wrong, and how bad it is: an {@link Severity#ERROR} makes the file unusable, a
 * {@link Severity#WARNING} is a valid but suspicious setting (see
 * {@link dev.anneal.ScheduleFile#check}).
 *
 * @param file the file's name as given to the loader
 * @param line the line, from 1
 * @param column the column, from 1
 * @param pointer the JSON Pointer of the offending key or value, {@code ""} for the whole document
 * @param message what is wrong, without the pointer (e.g. {@code steps must be >= 1, got 0});
 *     {@link #fullMessage()} puts the pointer in front
 * @param severity how bad it is: the rule's {@link Rule#severity()}
 * @param rule the rule the file breaks; {@link Rule#id()} is its stable id
 * @param suggestion the value or key that was probably meant (the message's "did you mean"), or null
 */
public record Problem(String file, int line, int column, String pointer, String message, Severity severity,
    Rule rule, @Nullable String suggestion) {

  /** How bad a problem is. */
  public enum Severity {
    /** The file cannot be used. */
    ERROR,
    /** The file is valid, but probably not what was meant. */
    WARNING;

    /** {@code error} or {@code warning}, as printed. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Checks that every component but the suggestion is given.
   *
   * @param file the value for the {@code file} record component
   * @param line the value for the {@code line} record component
   * @param column the value for the {@code column} record component
   * @param pointer the value for the {@code pointer} record component
   * @param message the value for the {@code message} record component
   * @param severity the value for the {@code severity} record component
   * @param rule the value for the {@code rule} record component
   * @param suggestion the value for the {@code suggestion} record component
   * @throws NullPointerException when one is null
   */
  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(rule, "rule");
  }

  /**
   * A problem with the rule's severity and no suggestion.
   *
   * @param file the file's name as given to the loader
   * @param line the line, from 1
   * @param column the column, from 1
   * @param pointer the JSON Pointer of the offending key or value
   * @param rule the rule the file breaks
   * @param message what is wrong, without the pointer
   */
  public Problem(String file, int line, int column, String pointer, Rule rule, String message) {
    this(file, line, column, pointer, message, rule.severity(), rule, null);
  }

  /**
   * {@return this problem with a suggestion: the value or key that was probably meant}
   *
   * @param meant the suggestion, or null for none
   */
  public Problem withSuggestion(@Nullable String meant) {
    return new Problem(file, line, column, pointer, message, severity, rule, meant);
  }

  /** {@return whether this is a warning rather than an error} */
  public boolean isWarning() {
    return severity == Severity.WARNING;
  }

  /**
   * {@return the message as printed: {@code POINTER: MESSAGE}, the pointer written {@code /} for
   * the document's root; just the message when the problem is with the text itself
   * ({@link Rule#aboutText()}) and has no pointer}
   */
  public String fullMessage() {
    if (!pointer.isEmpty()) return oneLine(pointer + ": " + message);
    return oneLine(rule.aboutText() ? message : "/: " + message);
  }

  /** The text with its line breaks and other control characters escaped: a problem is one line. */
  private static String oneLine(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c != 0x7f) {
        if (out != null) out.append(c);
        continue;
      }
      if (out == null) out = new StringBuilder(text.substring(0, i));
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * {@code FILE:LINE:COLUMN: error: POINTER: MESSAGE} (or {@code warning:}), the form compilers
   * and editors understand (see {@link #fullMessage()}).
   */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + severity + ": " + fullMessage();
  }
}
