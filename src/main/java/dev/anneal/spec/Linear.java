package dev.anneal.spec;

import dev.anneal.internal.Check;
import org.jspecify.annotations.Nullable;

/**
 * {@code linear}: {@code from + (to - from) * p}. Past its end it holds {@code to}. Without
 * {@code from} (only as a later part of a {@link Sequence}) it starts where the previous part ended.
 */
public record Linear(@Nullable Double from, double to, Steps steps) implements Node {
  public Linear {
    if (from != null) Check.finite("linear", "from", from);
    Check.finite("linear", "to", to);
  }

  @Override
  public String type() {
    return "linear";
  }
}
