package dev.anneal.spec;

import dev.anneal.spec.SpecException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * {@code clamp}: {@code of(t)} bounded to {@code [min, max]} (either may be absent); lasts as long
 * as {@code of}.
 *
 * @param min the lowest value, finite, or null for no lower bound
 * @param max the highest value, finite and {@code >= min}, or null for no upper bound
 * @param of the bounded node
 */
public record Clamp(@Nullable Double min, @Nullable Double max, Node of) implements Node {
  /**
   * Checks the arguments.
   *
   * @param min the value for the {@code min} record component
   * @param max the value for the {@code max} record component
   * @param of the value for the {@code of} record component
   * @throws SpecException when one breaks its rule; the message names it, as in
   *     {@code clamp: <key> must be <constraint>, got <value>}
   */
  public Clamp {
    if (min != null) Check.finite("clamp", "min", min);
    if (max != null) Check.finite("clamp", "max", max);
    if (min != null && max != null && min > max) {
      throw Check.fail(Reason.OUT_OF_RANGE, "clamp", "max", ">= min " + Check.format(min), Check.format(max));
    }
  }

  @Override
  public <R extends @Nullable Object> R accept(NodeVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "clamp";
  }
}
