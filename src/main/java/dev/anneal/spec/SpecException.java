package dev.anneal.spec;

/**
 * A node argument that breaks a rule, thrown by the node constructors (and by compiling, for a rule
 * across nodes): the message reads {@code <node>: <key> must be <constraint>, got <value>}, and
 * {@link #key()} names the key ({@code milestones[2]} for an item of a list).
 */
public final class SpecException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The key that breaks its rule, as {@code milestones} or {@code milestones[2]}. */
  private final String key;

  /**
   * An exception for {@code key} with its whole message.
   *
   * @param key the key, as {@code milestones} or {@code milestones[2]}
   * @param message the message, {@code <node>: <key> must be <constraint>, got <value>}
   */
  public SpecException(String key, String message) {
    super(message);
    this.key = key;
  }

  /**
   * {@return an exception whose message reads {@code <node>: <key> must be <constraint>, got <got>}}
   *
   * @param node the node type, e.g. {@code cosine}
   * @param key the key
   * @param constraint what the key must be
   * @param got what it was
   */
  public static SpecException of(String node, String key, String constraint, Object got) {
    return new SpecException(key, node + ": " + key + " must be " + constraint + ", got " + got);
  }

  /** {@return the key, as {@code milestones} or {@code milestones[2]}} */
  public String key() {
    return key;
  }

  /** {@return the key as a relative JSON Pointer: {@code milestones[2]} becomes {@code milestones/2}} */
  public String pointer() {
    return key.replace("[", "/").replace("]", "").replace(".", "/");
  }
}
