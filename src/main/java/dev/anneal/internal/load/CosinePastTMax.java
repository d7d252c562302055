package dev.anneal.internal.load;

import dev.anneal.diagnostic.Rule;
import dev.anneal.spec.CosineAnnealingLR;

/**
 * Lint rule 1: a {@code torch.CosineAnnealingLR} active for at least {@code T_max + 2} steps, where
 * PyTorch's cosine rises back to {@code base_lr}; not given when it goes round too often (rule 6).
 */
final class CosinePastTMax {
  static final Rule RULE = Rule.COSINE_PAST_T_MAX;

  private CosinePastTMax() {}

  /** The node at {@code where}, active from step {@code start} for {@code active} steps (NaN: not known). */
  static void check(LintRun run, CosineAnnealingLR c, String where, double start, double active) {
    if (Double.isNaN(active)) return;
    long steps = Math.round(active);
    if (TooManyCycles.check(run, c, where, active)) return;
    if (steps - c.tMax() < 2) return;
    long n = run.n();
    String of = start == 0 && steps == n ? "of the " + n + " steps of the run"
        : "of the " + steps + " steps it runs from step " + Math.round(start);
    run.warnAtValue(where + "/T_max", RULE, "torch.CosineAnnealingLR runs past T_max (" + c.tMax() + ") for "
        + (steps - c.tMax()) + " " + of + ": PyTorch's cosine rises back to base_lr after T_max; set T_max to "
        + steps + " or use a native cosine, which holds its end value");
  }
}
