package dev.anneal.internal;

/** A node argument that breaks a rule; {@link #key()} names it ({@code milestones[2]} for an item). */
final class SpecException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String key;

  SpecException(String key, String message) {
    super(message);
    this.key = key;
  }

  public String key() {
    return key;
  }

  /** The key as a relative JSON Pointer: {@code milestones[2]} becomes {@code milestones/2}. */
  public String pointer() {
    return key.replace("[", "/").replace("]", "").replace(".", "/");
  }
}
