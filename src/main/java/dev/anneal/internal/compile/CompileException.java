package dev.anneal.internal.compile;

import dev.anneal.internal.torch.MissingSettingException;
import dev.anneal.spec.SpecException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * A rule across nodes that a tree breaks, found while compiling it; {@link #pointer()} is where,
 * as a JSON Pointer relative to the compiled root ({@code ""} for the root itself).
 */
public final class CompileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final Reason reason;
  private final @Nullable MissingSetting missing;

  CompileException(String pointer, Reason reason, String message) {
    this(pointer, reason, message, null);
  }

  private CompileException(String pointer, Reason reason, String message, @Nullable MissingSetting missing) {
    super(message);
    this.pointer = pointer;
    this.reason = reason;
    this.missing = missing;
  }

  /** A node at this place needs a setting the file does not give. */
  static CompileException missing(MissingSettingException e) {
    return new CompileException("", Reason.MISSING_SETTING, e.getMessage(),
        new MissingSetting(e.nodeType(), e.setting(), e.meaning()));
  }

  /** {@return where, relative to the compiled root} */
  public String pointer() {
    return pointer;
  }

  /** {@return which kind of rule the tree breaks} */
  public Reason reason() {
    return reason;
  }

  /** The missing file setting, when that is the problem. */
  public @Nullable MissingSetting missingSetting() {
    return missing;
  }

  /**
   * A setting of the file that a node needs and the file does not give.
   *
   * @param nodeType the node's type, e.g. {@code torch.StepLR}
   * @param setting the file-level key, e.g. {@code base_lr}
   * @param meaning what the setting is, e.g. {@code the optimizer's lr}
   */
  public record MissingSetting(String nodeType, String setting, String meaning) {}

  /** The same problem, seen from the parent that holds this node under {@code key}. */
  CompileException under(String key) {
    CompileException moved = new CompileException("/" + key + pointer, reason, getMessage(), missing);
    moved.setStackTrace(getStackTrace());
    return moved;
  }
}
