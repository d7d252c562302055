package dev.anneal.internal.torch;

import java.util.Arrays;

/**
 * The values {@code x(k) = next(k, x(k - 1))} of a PyTorch recursion for {@code from <= k <= to},
 * starting from {@code x(from)}: checkpoints every 64 steps, made on first need (doubling, so each
 * step is taken once) and shared by every thread. A value costs fewer than 64 steps and is the same
 * whatever was asked before.
 */
final class Recursion {
  /** One step of the recursion: the value at {@code k} given the one at {@code k - 1}. */
  @FunctionalInterface
  interface Step {
    double next(long k, double x);
  }

  private static final int SHIFT = 6;
  private final Step step;
  private final long from;
  private final int last;
  /** {@code checkpoints[j]}: the value at {@code from + 64 j}; grows on demand, never changes. */
  private volatile double[] checkpoints;

  Recursion(Step step, long from, double start, long to) {
    this.step = step;
    this.from = from;
    this.last = Math.toIntExact((to - from) >>> SHIFT);
    this.checkpoints = new double[] {start};
  }

  /** {@return the value at {@code k}, {@code from <= k <= to}} */
  double at(long k) {
    int j = (int) ((k - from) >>> SHIFT);
    return replay(step, checkpointsTo(j)[j], from + ((long) j << SHIFT), k);
  }

  /** {@return the value at {@code to}, taking the steps from {@code x}, the value at {@code from}} */
  double forward(double x, long from, long to) {
    return replay(step, x, from, to);
  }

  private static double replay(Step step, double x, long from, long to) {
    for (long k = from + 1; k <= to; k++) x = step.next(k, x);
    return x;
  }

  private double[] checkpointsTo(int j) {
    double[] at = checkpoints;
    if (j < at.length) return at;
    synchronized (this) {
      at = checkpoints;
      if (j < at.length) return at;
      double[] more = Arrays.copyOf(at, Math.min(Math.max(j + 1, 2 * at.length), last + 1));
      double x = at[at.length - 1];
      for (int i = at.length; i < more.length; i++) {
        x = replay(step, x, from + ((long) (i - 1) << SHIFT), from + ((long) i << SHIFT));
        more[i] = x;
      }
      checkpoints = more;
      return more;
    }
  }
}
