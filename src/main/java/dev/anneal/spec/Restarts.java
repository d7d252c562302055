package dev.anneal.spec;

import org.jspecify.annotations.Nullable;

/**
 * {@code restarts}: {@code of} (a node with a finite duration {@code D}) going round again. Cycle
 * {@code i} (from 0) lasts {@code L_i = round(D * period_mult^i)} steps; inside it {@code of} is
 * stretched in time by {@code L_i / D} (every duration inside it is multiplied by that factor), and
 * each value {@code v} is drawn toward the end value {@code e} of {@code of} (its value at
 * {@code p = 1}): {@code e + (v - e) * decay^i}. Without {@code cycles} it goes round forever; after
 * the last of {@code cycles} cycles it stays at {@code e}.
 *
 * <pre>{@code
 * Restarts sgdr = cosine(0.1, 0.0, 1_000).restarting().withPeriodMult(2).withDecay(0.5).withCycles(3);
 * Schedule lr = Schedule.of(sgdr);
 * assertThat(lr.valueAt(1_000)).isEqualTo(0.05); // cycle 1, 2,000 steps long, starts at half the peak
 * assertThat(lr.valueAt(7_000)).isEqualTo(0.0); // after 1,000 + 2,000 + 4,000 steps: the end value
 * }</pre>
 *
 * @param of the cycle: a node with a finite duration {@code D}
 * @param periodMult {@code period_mult}: each cycle is this many times as long as the one before,
 *     {@code >= 1}
 * @param decay the factor drawing cycle {@code i} toward the end value, as {@code decay^i}, finite
 * @param cycles the number of cycles, {@code >= 1}, or null to go round forever
 */
public record Restarts(Node of, double periodMult, double decay, @Nullable Long cycles) implements Node {
  /**
   * Checks the arguments.
   *
   * @param of the value for the {@code of} record component
   * @param periodMult the value for the {@code periodMult} record component
   * @param decay the value for the {@code decay} record component
   * @param cycles the value for the {@code cycles} record component
   * @throws SpecException when one breaks its rule; the message names it, as in
   *     {@code restarts: <key> must be <constraint>, got <value>}
   */
  public Restarts {
    Check.atLeast("restarts", "period_mult", 1.0, periodMult);
    Check.finite("restarts", "decay", decay);
    if (cycles != null) Check.atLeast("restarts", "cycles", 1L, cycles);
  }

  /**
   * {@return these restarts with each cycle {@code periodMult} times as long as the one before}
   *
   * @param periodMult the growth factor of the cycles' lengths, {@code >= 1}
   */
  public Restarts withPeriodMult(double periodMult) {
    return new Restarts(of, periodMult, decay, cycles);
  }

  /**
   * {@return these restarts with the values of cycle {@code i} drawn toward the end value by
   * {@code decay^i}}
   *
   * @param decay the factor per cycle, finite
   */
  public Restarts withDecay(double decay) {
    return new Restarts(of, periodMult, decay, cycles);
  }

  /**
   * {@return these restarts stopping after {@code cycles} cycles, then holding the end value}
   *
   * @param cycles the number of cycles, {@code >= 1}
   */
  public Restarts withCycles(long cycles) {
    return new Restarts(of, periodMult, decay, cycles);
  }

  @Override
  public <R extends @Nullable Object> R accept(NodeVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "restarts";
  }
}
