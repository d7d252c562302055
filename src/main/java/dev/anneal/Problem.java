package dev.anneal;

/**
 * One problem found in a schedule file: where it is ({@code line} and {@code column} from 1 in the
 * user's own file, 1:1 when no better place is known, e.g. an unreadable file; {@code pointer} a
 * JSON Pointer such as {@code /schedule/parts/1/steps}) and what is wrong.
 */
public record Problem(String file, int line, int column, String pointer, String message) {

  /** {@code FILE:LINE:COLUMN: error: MESSAGE}, the form compilers and editors understand. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": error: " + message;
  }
}
