package dev.anneal.spec;

import dev.anneal.internal.Check;
import org.jspecify.annotations.Nullable;

/**
 * {@code cosine}: {@code to + (from - to) * (1 + cos(pi * p)) / 2}, from {@code from} down (or up)
 * to {@code to} (default 0). Past its end it holds {@code to}; use {@link Restarts} to go round
 * again. Without {@code from} it starts where the previous part of a {@link Sequence} ended.
 */
public record Cosine(@Nullable Double from, double to, Steps steps) implements Node {
  public Cosine {
    if (from != null) Check.finite("cosine", "from", from);
    Check.finite("cosine", "to", to);
  }

  /** Same cosine reaching {@code to} instead. */
  public Cosine withTo(double to) {
    return new Cosine(from, to, steps);
  }

  @Override
  public String type() {
    return "cosine";
  }
}
