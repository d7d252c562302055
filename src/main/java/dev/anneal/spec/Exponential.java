package dev.anneal.spec;

import org.jspecify.annotations.Nullable;

/**
 * {@code exponential}: {@code from * rate^(t / every)}, or {@code from * rate^floor(t / every)}
 * when
 * {@code staircase}. {@code every} is 1 by default. It never ends: {@code steps} is only its length
 * inside a {@link Sequence}.
 *
 * @param from the value at step 0, finite; null only for a later part of a {@link Sequence}, which
 *     then starts where the previous part ended
 * @param rate the factor per {@code every} steps, {@code > 0}
 * @param every the steps over which the value is multiplied by {@code rate}, {@code >= 1}
 * @param staircase whether the value drops in jumps every {@code every} steps instead of smoothly
 * @param steps its length inside a {@link Sequence}, or null
 */
public record Exponential(@Nullable Double from, double rate, long every, boolean staircase,
    @Nullable Steps steps) implements Node {
  /**
   * Checks the arguments.
   *
   * @param from the value for the {@code from} record component
   * @param rate the value for the {@code rate} record component
   * @param every the value for the {@code every} record component
   * @param staircase the value for the {@code staircase} record component
   * @param steps the value for the {@code steps} record component
   * @throws SpecException when one breaks its rule; the message names it, as in
   *     {@code exponential: <key> must be <constraint>, got <value>}
   */
  public Exponential {
    if (from != null) Check.finite("exponential", "from", from);
    Check.positive("exponential", "rate", rate);
    Check.atLeast("exponential", "every", 1L, every);
  }

  /**
   * {@return the same decay, applied every {@code every} steps, in jumps when {@code staircase}}
   *
   * @param every the steps over which the value is multiplied by {@code rate}, {@code >= 1}
   * @param staircase whether the value drops in jumps instead of smoothly
   */
  public Exponential withEvery(long every, boolean staircase) {
    return new Exponential(from, rate, every, staircase, steps);
  }

  @Override
  public <R extends @Nullable Object> R accept(NodeVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "exponential";
  }
}
