package dev.anneal.internal;

import org.jspecify.annotations.Nullable;

/**
 * A rule across nodes that a tree breaks, found while compiling it; {@link #pointer()} is where,
 * as a JSON Pointer relative to the compiled root ({@code ""} for the root itself).
 */
public final class CompileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final @Nullable MissingSettingException missing;

  CompileException(String pointer, String message) {
    this(pointer, message, null);
  }

  private CompileException(String pointer, String message, @Nullable MissingSettingException missing) {
    super(message);
    this.pointer = pointer;
    this.missing = missing;
  }

  /** A node at this place needs a setting the file does not give. */
  static CompileException missing(MissingSettingException e) {
    return new CompileException("", e.getMessage(), e);
  }

  public String pointer() {
    return pointer;
  }

  /** The missing file setting, when that is the problem. */
  public @Nullable MissingSettingException missingSetting() {
    return missing;
  }

  /** The same problem, seen from the parent that holds this node under {@code key}. */
  CompileException under(String key) {
    CompileException moved = new CompileException("/" + key + pointer, getMessage(), missing);
    moved.setStackTrace(getStackTrace());
    return moved;
  }
}
