package dev.anneal.spec;

import org.jspecify.annotations.Nullable;

/**
 * {@code linear}: {@code from + (to - from) * p}. Past its end it holds {@code to}. Without
 * {@code from} (only as a later part of a {@link Sequence}) it starts where the previous part ended.
 *
 * @param from the value at step 0, finite; null only for a later part of a {@link Sequence}, which
 *     then starts where the previous part ended
 * @param to the value at the end and after it, finite
 * @param steps the duration
 */
public record Linear(@Nullable Double from, double to, Steps steps) implements Node {
  /**
   * Checks the arguments.
   *
   * @param from the value for the {@code from} record component
   * @param to the value for the {@code to} record component
   * @param steps the value for the {@code steps} record component
   * @throws SpecException when one breaks its rule; the message names it, as in
   *     {@code linear: <key> must be <constraint>, got <value>}
   */
  public Linear {
    if (from != null) Check.finite("linear", "from", from);
    Check.finite("linear", "to", to);
  }

  @Override
  public <R extends @Nullable Object> R accept(NodeVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "linear";
  }
}
