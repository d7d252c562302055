package dev.anneal.internal.load;

import dev.anneal.diagnostic.Rule;
import dev.anneal.internal.compile.Curve;

/** Lint rule 4: the lr schedule goes above 1 (every step up to {@link RunSample#ALL} steps, else a sample). */
final class LrAboveOne {
  static final Rule RULE = Rule.LR_ABOVE_ONE;

  private LrAboveOne() {}

  /** Checks the lr schedule at {@code root}, compiled as {@code compiled}. */
  static void check(LintRun run, String root, Curve compiled) {
    Peak peak = new Peak();
    RunSample.read(compiled, run.n(), peak);
    long first = peak.firstAboveOne;
    double max = peak.max;
    long maxAt = peak.maxAt;
    if (first < 0) return;
    run.warnAtKey(root, RULE, "the learning rate goes above 1 from step " + first + " (peak " + LintRun.num(max)
        + " at step " + maxAt + "): that is far above any usual learning rate; check the exponent (3e-4, not 3e4) or"
        + " whether a factor was written where an absolute learning rate is meant (scale by the peak lr)");
  }

  /** The first step above 1, and the highest value and its first step. */
  private static final class Peak implements RunSample.Reader {
    long firstAboveOne = -1;
    double max = Double.NEGATIVE_INFINITY;
    long maxAt;

    @Override
    public boolean read(long step, double value) {
      if (value > 1 && firstAboveOne < 0) firstAboveOne = step;
      if (value > max) {
        max = value;
        maxAt = step;
      }
      return true;
    }
  }
}
