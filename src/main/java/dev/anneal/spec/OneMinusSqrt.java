package dev.anneal.spec;

import dev.anneal.internal.Check;
import org.jspecify.annotations.Nullable;

/**
 * {@code one_minus_sqrt}: {@code to + (from - to) * (1 - sqrt(p))}, the cooldown of
 * warmup-stable-decay schedules. Past its end it holds {@code to}.
 */
public record OneMinusSqrt(@Nullable Double from, double to, Steps steps) implements Node {
  public OneMinusSqrt {
    if (from != null) Check.finite("one_minus_sqrt", "from", from);
    Check.finite("one_minus_sqrt", "to", to);
  }

  @Override
  public String type() {
    return "one_minus_sqrt";
  }
}
