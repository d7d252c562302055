package dev.anneal.spec;

import org.jspecify.annotations.Nullable;

/**
 * {@code inverse_sqrt}: {@code from / sqrt(1 + t / timescale)}, the transformer decay; it never
 * ends. {@code steps} is only its length inside a {@link Sequence}.
 *
 * @param from the value at step 0, finite; null only for a later part of a {@link Sequence}, which
 *     then starts where the previous part ended
 * @param timescale the steps after which the value is {@code from / sqrt(2)}, {@code > 0}
 * @param steps its length inside a {@link Sequence}, or null
 */
public record InverseSqrt(@Nullable Double from, double timescale, @Nullable Steps steps) implements Node {
  /**
   * Checks the arguments.
   *
   * @param from the value for the {@code from} record component
   * @param timescale the value for the {@code timescale} record component
   * @param steps the value for the {@code steps} record component
   * @throws SpecException when one breaks its rule; the message names it, as in
   *     {@code inverse_sqrt: <key> must be <constraint>, got <value>}
   */
  public InverseSqrt {
    if (from != null) Check.finite("inverse_sqrt", "from", from);
    Check.positive("inverse_sqrt", "timescale", timescale);
  }

  @Override
  public <R extends @Nullable Object> R accept(NodeVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "inverse_sqrt";
  }
}
