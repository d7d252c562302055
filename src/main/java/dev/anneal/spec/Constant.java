package dev.anneal.spec;

import org.jspecify.annotations.Nullable;

/**
 * {@code constant}: {@code value} at every step. {@code steps} is only its length inside a
 * {@link Sequence}; it stays at {@code value} forever.
 *
 * @param value the value, finite
 * @param steps its length inside a {@link Sequence}, or null
 */
public record Constant(double value, @Nullable Steps steps) implements Node {
  /**
   * Checks the arguments.
   *
   * @param value the value for the {@code value} record component
   * @param steps the value for the {@code steps} record component
   * @throws SpecException when one breaks its rule; the message names it, as in
   *     {@code constant: <key> must be <constraint>, got <value>}
   */
  public Constant {
    Check.finite("constant", "value", value);
  }

  @Override
  public <R extends @Nullable Object> R accept(NodeVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "constant";
  }
}
