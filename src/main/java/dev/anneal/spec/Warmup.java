package dev.anneal.spec;

import dev.anneal.internal.Check;

/**
 * {@code warmup}: linear from {@code from} (default 0) to {@code then}'s value at its step 0 over
 * {@code steps}, then {@code then} shifted by {@code steps}:
 * {@code t < steps ? from + (then(0) - from) * t / steps : then(t - steps)}. It lasts
 * {@code steps + duration(then)} when {@code then} has a duration.
 */
public record Warmup(Steps steps, double from, Node then) implements Node {
  public Warmup {
    Check.finite("warmup", "from", from);
  }

  @Override
  public String type() {
    return "warmup";
  }
}
