package dev.anneal.spec;

import org.jspecify.annotations.Nullable;

/**
 * {@code one_minus_sqrt}: {@code to + (from - to) * (1 - sqrt(p))}, the cooldown of
 * warmup-stable-decay schedules. Past its end it holds {@code to}.
 *
 * @param from the value at step 0, finite; null only for a later part of a {@link Sequence}, which
 *     then starts where the previous part ended
 * @param to the value at the end and after it, finite (0 when a file leaves it out)
 * @param steps the duration
 */
public record OneMinusSqrt(@Nullable Double from, double to, Steps steps) implements Node {
  /**
   * Checks the arguments.
   *
   * @param from the value for the {@code from} record component
   * @param to the value for the {@code to} record component
   * @param steps the value for the {@code steps} record component
   * @throws SpecException when one breaks its rule; the message names it, as in
   *     {@code one_minus_sqrt: <key> must be <constraint>, got <value>}
   */
  public OneMinusSqrt {
    if (from != null) Check.finite("one_minus_sqrt", "from", from);
    Check.finite("one_minus_sqrt", "to", to);
  }

  @Override
  public <R extends @Nullable Object> R accept(NodeVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "one_minus_sqrt";
  }
}
