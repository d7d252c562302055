package dev.anneal.spec;

import org.jspecify.annotations.Nullable;

/**
 * {@code log_linear}: {@code from * (to / from)^p}, a straight line in log space: the value is
 * multiplied by the same factor every step, from {@code from} to {@code to} (both {@code > 0}). The
 * exponential sweep of a learning-rate range test, or a warmup that spends its steps evenly across
 * decades. Past its end it holds {@code to}. Without {@code from} (only as a later part of a
 * {@link Sequence}) it starts where the previous part ended, which must then be {@code > 0}.
 *
 * @param from the value at step 0, finite and {@code > 0}; null only for a later part of a
 *     {@link Sequence}, which then starts where the previous part ended
 * @param to the value at the end and after it, finite and {@code > 0}
 * @param steps the duration
 */
public record LogLinear(@Nullable Double from, double to, Steps steps) implements Node {
  /**
   * Checks the arguments.
   *
   * @param from the value for the {@code from} record component
   * @param to the value for the {@code to} record component
   * @param steps the value for the {@code steps} record component
   * @throws SpecException when one breaks its rule; the message names it, as in
   *     {@code log_linear: <key> must be <constraint>, got <value>}
   */
  public LogLinear {
    if (from != null) Check.positive("log_linear", "from", from);
    Check.positive("log_linear", "to", to);
  }

  @Override
  public <R extends @Nullable Object> R accept(NodeVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "log_linear";
  }
}
