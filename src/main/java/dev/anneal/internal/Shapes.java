package dev.anneal.internal;

import java.util.Arrays;
import java.util.List;

/** The native primitive nodes: each formula here is the one the spec records document. */
final class Shapes {
  private Shapes() {}

  private static double progress(double t, double steps) {
    return Math.min(t, steps) / steps;
  }

  static Compiled linear(double from, double to, double steps) {
    return new Compiled(t -> from + (to - from) * progress(t, steps), steps);
  }

  static Compiled cosine(double from, double to, double steps) {
    return new Compiled(t -> to + (from - to) * (1 + Math.cos(Math.PI * progress(t, steps))) / 2, steps);
  }

  static Compiled polynomial(double from, double to, double steps, double power) {
    return new Compiled(t -> to + (from - to) * Math.pow(1 - progress(t, steps), power), steps);
  }

  static Compiled oneMinusSqrt(double from, double to, double steps) {
    return new Compiled(t -> to + (from - to) * (1 - Math.sqrt(progress(t, steps))), steps);
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
