package dev.anneal.diagnostic;

import java.util.Locale;

/**
 * One problem found in a schedule file: where it is ({@code line} and {@code column} from 1 in the
 * user's own file, 1:1 when no better place is known, e.g. an unreadable file; {@code pointer} a
 * JSON Pointer such as {@code /schedule/parts/1/steps}), what is wrong, and how bad it is: an
 * {@link Severity#ERROR} makes the file unusable, a {@link Severity#WARNING} is a valid but
 * suspicious setting (see {@link dev.anneal.ScheduleFile#check}).
 *
 * @param file the file's name as given to the loader
 * @param line the line, from 1
 * @param column the column, from 1
 * @param pointer the JSON Pointer of the offending key or value, {@code ""} for the whole document
 * @param message what is wrong, starting with the pointer (e.g. {@code /schedule/steps: steps
 *     must be >= 1, got 0})
 * @param severity how bad it is
 */
public record Problem(String file, int line, int column, String pointer, String message, Severity severity) {

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
   * Checks that the severity is given.
   *
   * @param file the value for the {@code file} record component
   * @param line the value for the {@code line} record component
   * @param column the value for the {@code column} record component
   * @param pointer the value for the {@code pointer} record component
   * @param message the value for the {@code message} record component
   * @param severity the value for the {@code severity} record component
   * @throws NullPointerException when {@code severity} is null
   */
  public Problem {
    java.util.Objects.requireNonNull(severity, "severity");
  }

  /**
   * An error.
   *
   * @param file the file's name as given to the loader
   * @param line the line, from 1
   * @param column the column, from 1
   * @param pointer the JSON Pointer of the offending key or value
   * @param message what is wrong
   */
  public Problem(String file, int line, int column, String pointer, String message) {
    this(file, line, column, pointer, message, Severity.ERROR);
  }

  /**
   * {@return a warning}
   *
   * @param file the file's name as given to the loader
   * @param line the line, from 1
   * @param column the column, from 1
   * @param pointer the JSON Pointer of the offending key or value
   * @param message what is suspicious
   */
  public static Problem warning(String file, int line, int column, String pointer, String message) {
    return new Problem(file, line, column, pointer, message, Severity.WARNING);
  }

  /** {@return whether this is a warning rather than an error} */
  public boolean isWarning() {
    return severity == Severity.WARNING;
  }

  /** {@code FILE:LINE:COLUMN: error: MESSAGE} (or {@code warning:}), the form compilers and editors understand. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + severity + ": " + message;
  }
}
