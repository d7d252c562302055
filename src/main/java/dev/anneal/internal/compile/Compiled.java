package dev.anneal.internal.compile;

/**
 * A compiled node and its duration in steps ({@link Double#NaN} when it has none and goes on
 * forever).
 */
record Compiled(Curve curve, double duration) {

  static Compiled endless(Curve curve) {
    return new Compiled(curve, Double.NaN);
  }

  boolean hasDuration() {
    return !Double.isNaN(duration);
  }

  /** The value where this node ends, at {@code p = 1}: the start of whatever follows it. */
  double end() {
    return curve.at(duration);
  }
}
