package dev.anneal.spec;

import org.jspecify.annotations.Nullable;

/**
 * {@code rex}: {@code to + (from - to) * (1 - p) / (1 - 0.9 * p)}, the REX decay ("reflected
 * exponential") as axolotl's {@code RexLR} computes it ({@code z / (0.1 + 0.9 * z)}, z = 1 - p): it
 * stays near {@code from} longer than a straight line and falls to {@code to} at the end. Past its
 * end it holds {@code to}.
 *
 * @param from the value at step 0, finite; null only for a later part of a {@link Sequence}, which
 *     then starts where the previous part ended
 * @param to the value at the end and after it, finite (0 when a file leaves it out)
 * @param steps the duration
 */
public record Rex(@Nullable Double from, double to, Steps steps) implements Node {
  /**
   * Checks the arguments.
   *
   * @param from the value for the {@code from} record component
   * @param to the value for the {@code to} record component
   * @param steps the value for the {@code steps} record component
   * @throws SpecException when one breaks its rule; the message names it, as in
   *     {@code rex: <key> must be <constraint>, got <value>}
   */
  public Rex {
    if (from != null) Check.finite("rex", "from", from);
    Check.finite("rex", "to", to);
  }

  @Override
  public <R extends @Nullable Object> R accept(NodeVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "rex";
  }
}
