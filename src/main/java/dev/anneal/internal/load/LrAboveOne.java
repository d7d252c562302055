package dev.anneal.internal.load;

import dev.anneal.diagnostic.Rule;
import dev.anneal.internal.compile.Curve;

/** Lint rule 4: the lr schedule goes above 1 (every step up to {@link RunSample#ALL} steps, else a sample). */
final class LrAboveOne {
  static final Rule RULE = Rule.LR_ABOVE_ONE;

  private LrAboveOne() {}

  /** Checks the lr schedule at {@code root}, compiled as {@code compiled}. */
  static void check(LintRun run, String root, Curve compiled) {
    long n = run.n();
    long stride = RunSample.stride(n);
    long first = -1;
    double max = Double.NEGATIVE_INFINITY;
    long maxAt = 0;
    for (long step = 0; step < n; step = RunSample.next(step, n, stride)) {
      double v = compiled.at(step);
      if (v > 1 && first < 0) first = step;
      if (v > max) {
        max = v;
        maxAt = step;
      }
      if (step == n - 1) break;
    }
    if (first < 0) return;
    run.warnAtKey(root, RULE, "the learning rate goes above 1 from step " + first + " (peak " + LintRun.num(max)
        + " at step " + maxAt + "): that is far above any usual learning rate; check the exponent (3e-4, not 3e4) or"
        + " whether a factor was written where an absolute learning rate is meant (scale by the peak lr)");
  }
}
