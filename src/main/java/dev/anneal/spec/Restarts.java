package dev.anneal.spec;

import dev.anneal.internal.Check;
import org.jspecify.annotations.Nullable;

/**
 * {@code restarts}: {@code of} (a node with a finite duration {@code D}) going round again. Cycle
 * {@code i} (from 0) lasts {@code L_i = round(D * period_mult^i)} steps; inside it {@code of} is
 * stretched in time by {@code L_i / D} (every duration inside it is multiplied by that factor), and
 * each value {@code v} is drawn toward the end value {@code e} of {@code of} (its value at
 * {@code p = 1}): {@code e + (v - e) * decay^i}. Without {@code cycles} it goes round forever; after
 * the last of {@code cycles} cycles it stays at {@code e}.
 */
public record Restarts(Node of, double periodMult, double decay, @Nullable Long cycles) implements Node {
  public Restarts {
    Check.atLeast("restarts", "period_mult", 1.0, periodMult);
    Check.finite("restarts", "decay", decay);
    if (cycles != null) Check.atLeast("restarts", "cycles", 1L, cycles);
  }

  /** Each cycle {@code periodMult} times as long as the one before. */
  public Restarts withPeriodMult(double periodMult) {
    return new Restarts(of, periodMult, decay, cycles);
  }

  /** Peaks of cycle {@code i} drawn toward the floor by {@code decay^i}. */
  public Restarts withDecay(double decay) {
    return new Restarts(of, periodMult, decay, cycles);
  }

  /** Stops after {@code cycles} cycles, then holds the end value. */
  public Restarts withCycles(long cycles) {
    return new Restarts(of, periodMult, decay, cycles);
  }

  @Override
  public String type() {
    return "restarts";
  }
}
