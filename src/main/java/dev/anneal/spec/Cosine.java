package dev.anneal.spec;

import org.jspecify.annotations.Nullable;

/**
 * {@code cosine}: {@code to + (from - to) * (1 + cos(pi * p^k)) / 2} (k 1 but for timm's k-decay), from {@code from} down (or up)
 * to {@code to} (default 0). Past its end it holds {@code to}; use {@link Restarts} to go round
 * again. Without {@code from} it starts where the previous part of a {@link Sequence} ended.
 *
 * @param from the value at step 0, finite; null only for a later part of a {@link Sequence}, which
 *     then starts where the previous part ended
 * @param to the value at the end and after it, finite (0 when a file leaves it out)
 * @param steps the duration
 * @param k the k-decay exponent on the progress, finite and > 0 (1 when a file leaves it out)
 */
public record Cosine(@Nullable Double from, double to, Steps steps, double k) implements Node {
  /**
   * Checks the arguments.
   *
   * @param from the value for the {@code from} record component
   * @param to the value for the {@code to} record component
   * @param steps the value for the {@code steps} record component
   * @param k the value for the {@code k} record component
   * @throws SpecException when one breaks its rule; the message names it, as in
   *     {@code cosine: <key> must be <constraint>, got <value>}
   */
  public Cosine {
    if (from != null) Check.finite("cosine", "from", from);
    Check.finite("cosine", "to", to);
    Check.positive("cosine", "k", k);
  }

  /**
   * A cosine with {@code k} 1.
   *
   * @param from the value for the {@code from} record component
   * @param to the value for the {@code to} record component
   * @param steps the value for the {@code steps} record component
   */
  public Cosine(@Nullable Double from, double to, Steps steps) {
    this(from, to, steps, 1.0);
  }

  /**
   * {@return the same cosine, reaching {@code to} instead}
   *
   * @param to the value at the end and after it, finite
   */
  public Cosine withTo(double to) {
    return new Cosine(from, to, steps, k);
  }

  @Override
  public <R extends @Nullable Object> R accept(NodeVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "cosine";
  }
}
