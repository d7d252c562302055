package dev.anneal.internal.load;

import dev.anneal.diagnostic.Rule;
import dev.anneal.spec.CosineAnnealingLR;
import dev.anneal.spec.CosineAnnealingWarmRestarts;
import dev.anneal.spec.CyclicLR;
import dev.anneal.spec.Restarts;

/**
 * Lint rule 6: a periodic node that reaches more than {@link #MANY_CYCLES} minima in the steps it
 * is active (a period in epochs, counted as steps). {@code active} is NaN where it is not known.
 */
final class TooManyCycles {
  static final Rule RULE = Rule.TOO_MANY_CYCLES;
  /** More cosine minima (or cycles) than this within a run is suspicious. */
  static final double MANY_CYCLES = 20;

  private TooManyCycles() {}

  /** {@code N / (2 T_max)} minima; true when it warned (then rule 1 is not also given). */
  static boolean check(LintRun run, CosineAnnealingLR c, String where, double active) {
    return many(run, where + "/T_max", "torch.CosineAnnealingLR", "T_max " + c.tMax(), active / (2.0 * c.tMax()),
        active, "T_max");
  }

  /** {@code N / T_0} minima, when {@code T_mult} is 1. */
  static void check(LintRun run, CosineAnnealingWarmRestarts w, String where, double active) {
    if (w.tMult() != 1) return;
    many(run, where + "/T_0", "torch.CosineAnnealingWarmRestarts", "T_0 " + w.t0(), active / w.t0(), active, "T_0");
  }

  /** {@code N / (step_size_up + step_size_down)} cycles. */
  static void check(LintRun run, CyclicLR c, String where, double active) {
    double down = c.stepSizeDown() == null ? c.stepSizeUp() : c.stepSizeDown();
    many(run, where + "/step_size_up", "torch.CyclicLR", "a cycle of " + LintRun.num(c.stepSizeUp() + down) + " steps",
        active / (c.stepSizeUp() + down), active, "step_size_up and step_size_down");
  }

  /** {@code N / D} cycles of a native {@code restarts} with {@code period_mult} 1, at most its {@code cycles}. */
  static void check(LintRun run, Restarts r, String where, double active) {
    if (r.periodMult() != 1 || Double.isNaN(active)) return;
    double d = run.duration(where + "/of");
    double cycles = active / d;
    if (r.cycles() != null) cycles = Math.min(cycles, r.cycles());
    String at = run.document().keys().containsKey(where + "/of/steps") ? where + "/of/steps" : where + "/of";
    many(run, at, "restarts", "a period of " + Math.round(d) + " steps", cycles, active, "the steps of its of");
  }

  private static boolean many(LintRun run, String where, String type, String period, double minima, double active,
      String keys) {
    if (Double.isNaN(minima) || !(minima > MANY_CYCLES)) return false;
    long count = (long) Math.floor(minima);
    run.warnAtValue(where, RULE, type + " with " + period + " goes round " + count + " times in the "
        + Math.round(active) + " steps it runs: far more often than a training run would want; if the period is in"
        + " epochs while steps are counted, multiply " + keys + " by steps_per_epoch");
    return true;
  }
}
