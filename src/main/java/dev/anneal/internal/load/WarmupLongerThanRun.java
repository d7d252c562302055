package dev.anneal.internal.load;

import dev.anneal.diagnostic.Rule;
import dev.anneal.spec.Linear;
import dev.anneal.spec.Sequence;
import dev.anneal.spec.Steps;
import dev.anneal.spec.Warmup;

/**
 * Lint rule 3: a warmup at least as long as the steps it is active in the run: a {@code warmup}
 * node, or the first part of a top-level {@code sequence} that is a {@code linear} from 0 up.
 */
final class WarmupLongerThanRun {
  static final Rule RULE = Rule.WARMUP_LONGER_THAN_RUN;

  private WarmupLongerThanRun() {}

  /** A {@code warmup} node at {@code where}, active for {@code active} steps (NaN: not known). */
  static void check(LintRun run, Warmup w, String where, double active) {
    long steps = w.steps().resolve(run.context());
    if (!Double.isNaN(active) && active > 0 && steps >= active) {
      warn(run, where + "/steps", steps, Math.round(active), run.curve(where + "/then").at(0));
    }
  }

  /** The first part of the top-level sequence {@code s} at {@code root}. */
  static void firstPart(LintRun run, Sequence s, String root) {
    if (s.parts().size() < 2) return;
    if (!(s.parts().get(0) instanceof Linear l) || l.from() == null || l.from() != 0 || !(l.to() > 0)) return;
    if (l.steps() == Steps.rest()) return;
    long steps = l.steps().resolve(run.context());
    if (steps >= run.n()) warn(run, root + "/parts/0/steps", steps, run.n(), l.to());
  }

  private static void warn(LintRun run, String where, long steps, long active, double peak) {
    run.warnAtValue(where, RULE, "the warmup lasts " + steps + " steps, " + (steps == active ? "as long as" : "longer than")
        + " the " + active + " steps of the run: the learning rate never gets past warmup to its peak "
        + LintRun.num(peak) + "; shorten the warmup (e.g. \"5%\") or check that its steps are steps, not epochs");
  }
}
