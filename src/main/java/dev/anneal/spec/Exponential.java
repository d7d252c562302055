package dev.anneal.spec;

import dev.anneal.internal.Check;
import org.jspecify.annotations.Nullable;

/**
 * {@code exponential}: {@code from * rate^(t / every)}, or {@code from * rate^floor(t / every)} when
 * {@code staircase}. {@code every} is 1 by default. It never ends: {@code steps} is only its length
 * inside a {@link Sequence}.
 */
public record Exponential(@Nullable Double from, double rate, long every, boolean staircase,
    @Nullable Steps steps) implements Node {
  public Exponential {
    if (from != null) Check.finite("exponential", "from", from);
    Check.positive("exponential", "rate", rate);
    Check.atLeast("exponential", "every", 1L, every);
  }

  /** Same decay, applied every {@code every} steps, in jumps when {@code staircase}. */
  public Exponential withEvery(long every, boolean staircase) {
    return new Exponential(from, rate, every, staircase, steps);
  }

  @Override
  public String type() {
    return "exponential";
  }
}
