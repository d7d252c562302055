package dev.anneal.spec;

import org.jspecify.annotations.Nullable;

/**
 * {@code step}: {@code from * gamma^floor(t / every)}, multiplied by {@code gamma} every
 * {@code every} steps, forever. {@code steps} is only its length inside a {@link Sequence}.
 *
 * @param from the value at step 0, finite; null only for a later part of a {@link Sequence}, which
 *     then starts where the previous part ended
 * @param gamma the factor at each drop, finite
 * @param every the steps between drops, {@code >= 1}
 * @param steps its length inside a {@link Sequence}, or null
 */
public record Step(@Nullable Double from, double gamma, long every, @Nullable Steps steps) implements Node {
  /**
   * Checks the arguments.
   *
   * @param from the value for the {@code from} record component
   * @param gamma the value for the {@code gamma} record component
   * @param every the value for the {@code every} record component
   * @param steps the value for the {@code steps} record component
   * @throws SpecException when one breaks its rule; the message names it, as in
   *     {@code step: <key> must be <constraint>, got <value>}
   */
  public Step {
    if (from != null) Check.finite("step", "from", from);
    Check.finite("step", "gamma", gamma);
    Check.atLeast("step", "every", 1L, every);
  }

  @Override
  public <R extends @Nullable Object> R accept(NodeVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "step";
  }
}
