package dev.anneal.internal.compile;

import java.util.function.LongToDoubleFunction;

/**
 * A compiled node: its value at local time {@code t} (steps, fractional inside stretched restarts),
 * and its values at whole steps in bulk.
 */
@FunctionalInterface
public interface Curve {
  /** {@return the value at local time {@code t}} */
  double at(double t);

  /**
   * {@return the value at each whole step}: {@link #at}, unless a curve counts steps exactly (a
   * PyTorch replay, whose steps beyond 2^53 a double would round)
   */
  default LongToDoubleFunction atSteps() {
    return step -> at(step);
  }

  /**
   * The values at steps {@code from}, {@code from + every}, ... into every slot of {@code into},
   * each exactly {@link #at} at its step; the caller has checked the arguments.
   */
  default void fill(double[] into, long from, long every) {
    long step = from;
    for (int i = 0; i < into.length; i++, step += every) into[i] = at(step);
  }
}
