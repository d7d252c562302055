package dev.anneal.internal;

/**
 * A rule across nodes that a tree breaks, found while compiling it; {@link #pointer()} is where,
 * as a JSON Pointer relative to the compiled root ({@code ""} for the root itself).
 */
public final class CompileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String pointer;

  CompileException(String pointer, String message) {
    super(message);
    this.pointer = pointer;
  }

  public String pointer() {
    return pointer;
  }

  /** The same problem, seen from the parent that holds this node under {@code key}. */
  CompileException under(String key) {
    CompileException moved = new CompileException("/" + key + pointer, getMessage());
    moved.setStackTrace(getStackTrace());
    return moved;
  }
}
