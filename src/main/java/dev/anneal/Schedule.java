package dev.anneal;

/**
 * A schedule: a pure function from a step (a non-negative {@code long}, the number of optimizer
 * updates done so far) to a value (a learning rate, a momentum, a weight decay...).
 *
 * <p>The value at step {@code k} never depends on which steps were asked before; resuming a run
 * at step {@code k} is just asking for step {@code k}. Schedules described by the format are built
 * as {@link dev.anneal.spec.Node} trees and compiled once with {@link dev.anneal.spec.Node#compile()};
 * any lambda is a schedule too:
 *
 * {@snippet class=dev.anneal.ApiExamplesTest region=lambda}
 *
 * <p>From Kotlin, {@code schedule[step]} and {@code schedule(step)} both read the value.
 */
@FunctionalInterface
public interface Schedule {

  /**
   * {@return the value at {@code step}}
   *
   * @param step the number of optimizer updates done so far, {@code >= 0}
   */
  double valueAt(long step);

  /**
   * {@return the value at {@code step}} Same as {@link #valueAt(long)}; Kotlin's
   * {@code schedule[step]}.
   *
   * @param step the number of optimizer updates done so far, {@code >= 0}
   */
  default double get(long step) {
    return valueAt(step);
  }

  /**
   * {@return the value at {@code step}} Same as {@link #valueAt(long)}; Kotlin's
   * {@code schedule(step)}.
   *
   * @param step the number of optimizer updates done so far, {@code >= 0}
   */
  default double invoke(long step) {
    return valueAt(step);
  }
}
