package dev.anneal.spec;

import org.jspecify.annotations.Nullable;


/**
 * {@code warmup}: linear from {@code from} (default 0) to {@code then}'s value at its step 0 over
 * {@code steps}, then {@code then} shifted by {@code steps}:
 * {@code t < steps ? from + (then(0) - from) * t / steps : then(t - steps)}. It lasts
 * {@code steps + duration(then)} when {@code then} has a duration.
 *
 * @param steps the length of the warmup
 * @param from the value at step 0, finite (0 when a file leaves it out)
 * @param then what follows, shifted by {@code steps}
 */
public record Warmup(Steps steps, double from, Node then) implements Node {
  /**
   * Checks the arguments.
   *
   * @param steps the value for the {@code steps} record component
   * @param from the value for the {@code from} record component
   * @param then the value for the {@code then} record component
   * @throws SpecException when one breaks its rule; the message names it, as in
   *     {@code warmup: <key> must be <constraint>, got <value>}
   */
  public Warmup {
    Check.finite("warmup", "from", from);
  }

  @Override
  public <R extends @Nullable Object> R accept(NodeVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "warmup";
  }
}
