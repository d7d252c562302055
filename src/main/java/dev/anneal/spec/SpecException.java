package dev.anneal.spec;

/**
 * A node argument that breaks a rule, thrown by the node constructors (and by compiling, for a rule
 * across nodes): the message reads {@code <node>: <key> must be <constraint>, got <value>}, and
 * {@link #key()} names the key ({@code milestones[2]} for an item of a list).
 */
public final class SpecException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Which kind of rule a value breaks; a file's problem names it as a rule id. */
  public enum Reason {
    /** A number or count outside its range. */
    OUT_OF_RANGE,
    /** A list that must be strictly increasing is not. */
    NOT_INCREASING,
    /** A list that must not be empty is. */
    EMPTY_LIST,
    /** A string that is not one of the values it may take. */
    NOT_ONE_OF,
    /** A key that must be given (alone, or with another) is not. */
    MISSING_KEY,
    /** A duration that does not resolve to a whole number of steps, at least 1. */
    INVALID_DURATION,
    /** A duration or node that needs a file setting ({@code total_steps}...) that is not given. */
    MISSING_SETTING,
    /** {@code rest} leaves less than one step. */
    REST_TOO_SMALL,
    /** {@code rest} said by more than one part of a sequence. */
    REST_MORE_THAN_ONCE,
    /** {@code rest} outside the parts of a sequence. */
    REST_OUTSIDE_SEQUENCE,
    /** A node without a duration where one is needed. */
    MISSING_DURATION,
    /** A {@code momentum} schedule beside the momentum that a torch {@code lr} sets. */
    DUPLICATE_MOMENTUM,
    /** Any other rule about a value. */
    INVALID_VALUE
  }

  /** The key that breaks its rule, as {@code milestones} or {@code milestones[2]}. */
  private final String key;

  /** Which kind of rule it breaks. */
  private final Reason reason;

  /**
   * An exception for {@code key} with its whole message.
   *
   * @param key the key, as {@code milestones} or {@code milestones[2]}
   * @param reason which kind of rule it breaks
   * @param message the message, {@code <node>: <key> must be <constraint>, got <value>}
   */
  public SpecException(String key, Reason reason, String message) {
    super(message);
    this.key = key;
    this.reason = reason;
  }

  /**
   * {@return an exception whose message reads {@code <node>: <key> must be <constraint>, got <got>}}
   *
   * @param reason which kind of rule it breaks
   * @param node the node type, e.g. {@code cosine}
   * @param key the key
   * @param constraint what the key must be
   * @param got what it was
   */
  public static SpecException of(Reason reason, String node, String key, String constraint, Object got) {
    return new SpecException(key, reason, node + ": " + key + " must be " + constraint + ", got " + got);
  }

  /** {@return which kind of rule the value breaks} */
  public Reason reason() {
    return reason;
  }

  /**
   * {@return the same problem at another key (a place further out, as {@code parts[1].steps})}
   *
   * @param key the other key
   */
  public SpecException at(String key) {
    return new SpecException(key, reason, getMessage());
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
