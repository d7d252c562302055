package dev.anneal.bench;

import java.util.Locale;
import java.util.function.LongToDoubleFunction;

/**
 * Checks that a peer gives anneal's value at every step of a run, before anything is timed: a
 * benchmark of a different formula would compare nothing.
 */
final class Agreement {
  /** Relative tolerance for the double peers (the hand-written method and DL4J). */
  static final double DOUBLE = 1e-12;
  /** DJL works in float; its 1 + cos(x) cancels near a cosine's end: tolerance relative to the peak. */
  static final double FLOAT_OF_PEAK = 1e-6;

  /** The largest differences seen. */
  record Result(String what, long steps, long identical, double maxRelative, double maxOfPeak) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%-40s %,9d steps, %,9d bit-identical, max |diff| %.2g relative, %.2g of the peak",
          what, steps, identical, maxRelative, maxOfPeak);
    }
  }

  private Agreement() {}

  /**
   * Compares {@code peer} with {@code anneal} at every step in {@code [0, lastStep]}; throws when any
   * differs by more than {@code relative} of anneal's value and {@code ofPeak} of the largest value.
   */
  static Result check(String what, long lastStep, LongToDoubleFunction anneal, LongToDoubleFunction peer,
      double relative, double ofPeak) {
    double peak = 0;
    for (long s = 0; s <= lastStep; s++) peak = Math.max(peak, Math.abs(anneal.applyAsDouble(s)));
    long identical = 0;
    double maxRelative = 0;
    double maxOfPeak = 0;
    for (long s = 0; s <= lastStep; s++) {
      double want = anneal.applyAsDouble(s);
      double got = peer.applyAsDouble(s);
      double diff = Math.abs(got - want);
      if (got == want) identical++;
      double rel = diff == 0 ? 0 : diff / Math.abs(want);
      maxRelative = Math.max(maxRelative, rel);
      maxOfPeak = Math.max(maxOfPeak, diff / peak);
      if (!(rel <= relative || diff <= ofPeak * peak)) {
        throw new IllegalStateException(String.format(Locale.ROOT,
            "%s: %.17g at step %d, anneal says %.17g", what, got, s, want));
      }
    }
    return new Result(what, lastStep + 1, identical, maxRelative, maxOfPeak);
  }
}
