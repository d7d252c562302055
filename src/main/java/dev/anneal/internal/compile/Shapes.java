package dev.anneal.internal.compile;

import java.util.Arrays;
import java.util.List;

/** The native primitive nodes: each formula here is the one the spec records document. */
final class Shapes {
  private Shapes() {}

  /** {@code min(t, steps) / steps}, written as a comparison so that the JIT keeps it a branch. */
  private static double progress(double t, double steps) {
    return t >= steps ? 1 : t / steps;
  }

  static Compiled linear(double from, double to, double steps) {
    double lo = Math.min(from, to);
    double hi = Math.max(from, to);
    return new Compiled(t -> {
      double p = progress(t, steps);
      return p == 1 ? to : within(from + (to - from) * p, lo, hi);
    }, steps);
  }

  /** {@code from * (to / from)^p}, {@code to} exactly from the end on; both are {@code > 0}. */
  static Compiled logLinear(double from, double to, double steps) {
    double lo = Math.min(from, to);
    double hi = Math.max(from, to);
    double ratio = to / from;
    return new Compiled(t -> {
      double p = progress(t, steps);
      return p == 1 ? to : within(from * Math.pow(ratio, p), lo, hi);
    }, steps);
  }

  static Compiled cosine(double from, double to, double steps, double k) {
    double lo = Math.min(from, to);
    double hi = Math.max(from, to);
    if (k != 1) {
      return new Compiled(t -> mix(from, to, (1 + Math.cos(Math.PI * Math.pow(progress(t, steps), k))) / 2, lo, hi), steps);
    }
    return new Compiled(t -> mix(from, to, (1 + Math.cos(Math.PI * progress(t, steps))) / 2, lo, hi), steps);
  }

  /** {@code cosine_cycles}: see {@link dev.anneal.spec.CosineCycles}; the arithmetic is Hugging Face's. */
  static Compiled cosineCycles(double from, double to, double steps, double cycles, boolean hard) {
    double lo = Math.min(from, to);
    double hi = Math.max(from, to);
    if (hard) {
      return new Compiled(t -> t >= steps ? to
          : mix(from, to, 0.5 * (1.0 + Math.cos(Math.PI * ((cycles * (t / steps)) % 1.0))), lo, hi), steps);
    }
    return new Compiled(t -> mix(from, to, 0.5 * (1.0 + Math.cos(Math.PI * cycles * 2.0 * (t / steps))), lo, hi),
        steps);
  }

  static Compiled polynomial(double from, double to, double steps, double power, double k) {
    double lo = Math.min(from, to);
    double hi = Math.max(from, to);
    if (k != 1) {
      return new Compiled(t -> mix(from, to, Math.pow(1 - Math.pow(progress(t, steps), k), power), lo, hi), steps);
    }
    return new Compiled(t -> mix(from, to, Math.pow(1 - progress(t, steps), power), lo, hi), steps);
  }

  static Compiled oneMinusSqrt(double from, double to, double steps) {
    double lo = Math.min(from, to);
    double hi = Math.max(from, to);
    return new Compiled(t -> mix(from, to, 1 - Math.sqrt(progress(t, steps)), lo, hi), steps);
  }

  /** timm's tanh: the weight {@code (1 - tanh(lb * (1 - p) + ub * p)) / 2} before the end, 0 (so {@code to}) from it on. */
  static Compiled tanh(double from, double to, double steps, double lb, double ub) {
    double lo = Math.min(from, to);
    double hi = Math.max(from, to);
    return new Compiled(t -> {
      double p = progress(t, steps);
      return mix(from, to, p == 1 ? 0 : 0.5 * (1 - Math.tanh(lb * (1 - p) + ub * p)), lo, hi);
    }, steps);
  }

  /** REX: the weight {@code (1 - p) / (1 - 0.9 * p)}, axolotl's {@code z / (0.1 + 0.9 * z)} with z = 1 - p. */
  static Compiled rex(double from, double to, double steps) {
    double lo = Math.min(from, to);
    double hi = Math.max(from, to);
    return new Compiled(t -> {
      double z = 1 - progress(t, steps);
      return mix(from, to, z / (0.1 + 0.9 * z), lo, hi);
    }, steps);
  }

  /**
   * {@code to + (from - to) * w} for a weight {@code w} in [0, 1]: exactly {@code from} at
   * {@code w = 1} and {@code to} at {@code w = 0} (so a shape starts at its {@code from} and holds its
   * {@code to} to the last bit), and never outside [lo, hi] = [min, max](from, to) by a rounding error.
   */
  private static double mix(double from, double to, double w, double lo, double hi) {
    if (w == 1) return from;
    if (w == 0) return to;
    return within(to + (from - to) * w, lo, hi);
  }

  /** {@code value} clamped to [lo, hi]; NaN stays NaN. */
  private static double within(double value, double lo, double hi) {
    return value < lo ? lo : value > hi ? hi : value;
  }

  static Curve exponential(double from, double rate, long every, boolean staircase) {
    if (staircase) return t -> from * Math.pow(rate, Math.floor(t / every));
    return t -> from * Math.pow(rate, t / every);
  }

  static Curve step(double from, double gamma, long every) {
    return t -> from * Math.pow(gamma, Math.floor(t / every));
  }

  static Curve multistep(double from, double gamma, List<Long> milestones) {
    double[] at = toArray(milestones);
    return t -> from * Math.pow(gamma, countAtOrBelow(at, t));
  }

  static Curve piecewise(List<Double> values, List<Long> boundaries) {
    double[] at = toArray(boundaries);
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    return t -> v[countAtOrBelow(at, t)];
  }

  static Curve inverseSqrt(double from, double timescale) {
    return t -> from / Math.sqrt(1 + t / timescale);
  }

  /** How many of the sorted {@code points} are {@code <= t}. */
  static int countAtOrBelow(double[] points, double t) {
    int i = Arrays.binarySearch(points, t);
    if (i < 0) return -i - 1;
    while (i + 1 < points.length && points[i + 1] == t) i++;
    return i + 1;
  }

  private static double[] toArray(List<Long> steps) {
    return steps.stream().mapToDouble(Long::doubleValue).toArray();
  }
}
