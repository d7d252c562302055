package dev.anneal.spec;

import org.jspecify.annotations.Nullable;

/**
 * {@code cosine_cycles}: a cosine of {@code cycles} waves over {@code steps}, the shape of Hugging
 * Face's cosine schedules. Without {@code hard_restarts}, {@code to + (from - to) * (1 + cos(2 * pi *
 * cycles * t / steps)) / 2} at every step {@code t}, also past {@code steps} (with {@code cycles} 0.5
 * a half-cosine from {@code from} to {@code to} that then rises again); with {@code hard_restarts},
 * {@code to + (from - to) * (1 + cos(pi * frac(cycles * t / steps))) / 2} before {@code steps} (each
 * of the {@code cycles} waves falls from {@code from} to {@code to}, then jumps back) and {@code to}
 * from {@code steps} on.
 *
 * @param from the value at step 0, finite; null only for a later part of a {@link Sequence}, which
 *     then starts where the previous part ended
 * @param to the value at the bottom of each wave, finite (0 when a file leaves it out)
 * @param steps the duration over which the {@code cycles} waves run
 * @param cycles how many waves in {@code steps}, {@code > 0} (0.5 when a file leaves it out)
 * @param hardRestarts whether each wave restarts at {@code from} (false when a file leaves it out)
 */
public record CosineCycles(@Nullable Double from, double to, Steps steps, double cycles, boolean hardRestarts)
    implements Node {
  /**
   * Checks the arguments.
   *
   * @param from the value for the {@code from} record component
   * @param to the value for the {@code to} record component
   * @param steps the value for the {@code steps} record component
   * @param cycles the value for the {@code cycles} record component
   * @param hardRestarts the value for the {@code hardRestarts} record component
   * @throws SpecException when one breaks its rule; the message names it, as in
   *     {@code cosine_cycles: <key> must be <constraint>, got <value>}
   */
  public CosineCycles {
    if (from != null) Check.finite("cosine_cycles", "from", from);
    Check.finite("cosine_cycles", "to", to);
    Check.positive("cosine_cycles", "cycles", cycles);
  }

  @Override
  public <R extends @Nullable Object> R accept(NodeVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "cosine_cycles";
  }
}
