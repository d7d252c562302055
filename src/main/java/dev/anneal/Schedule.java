package dev.anneal;

import dev.anneal.spec.Context;
import dev.anneal.spec.Node;

/**
 * A schedule: a pure function from a step (a non-negative {@code long}, the number of optimizer
 * updates done so far) to a value (a learning rate, a momentum, a weight decay...).
 *
 * <p>The value at step {@code k} never depends on which steps were asked before; resuming a run
 * at step {@code k} is just asking for step {@code k}. Schedules described by the format are built
 * as {@link Node} trees and compiled once with {@link #of(Node)}; any lambda is a
 * schedule too:
 *
 * <pre>{@code
 * Schedule halving = step -> 0.1 * Math.pow(0.5, step / 1000);
 * assertThat(halving.valueAt(999)).isEqualTo(0.1);
 * assertThat(halving.valueAt(2500)).isEqualTo(0.025);
 * }</pre>
 *
 * <p>From Kotlin, {@code schedule[step]} and {@code schedule(step)} both read the value.
 *
 * <p>Schedules combine pointwise with {@link #times(double)}, {@link #times(Schedule)} and
 * {@link #plus(Schedule)}, which Kotlin writes {@code lr * 0.5}, {@code lr * other} and
 * {@code lr + other}:
 *
 * <pre>{@code
 * Schedule base = Schedule.of(linear(0.0, 1e-3, 1_000));
 * Schedule halving = step -> Math.pow(0.5, step / 1_000);
 * Schedule lr = base.times(halving).plus(step -> 1e-5).times(2.0); // (base * halving + 1e-5) * 2
 * assertThat(lr.valueAt(500)).isEqualTo((5e-4 * 1.0 + 1e-5) * 2);
 * assertThat(lr.valueAt(2_000)).isEqualTo((1e-3 * 0.25 + 1e-5) * 2);
 * }</pre>
 *
 * These are for compiled schedules and lambdas, and give a function, not a tree. To combine
 * schedules that a file can hold, combine their {@link Node}s before compiling, with
 * {@link Node#times(double)}, {@link Node#times(Node)} and {@link Node#plus(Node)} (or
 * {@code scale}, {@code multiply} and {@code add} in YAML): the result is still a tree, checked
 * and writable with {@link Schedules#toYaml(Node)}.
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
   * Compiles a tree without file settings: durations must be plain step counts and there is no
   * {@code base_lr} for torch nodes.
   *
   * @param node the tree
   * @return the fast step-to-value function of the tree
   * @throws dev.anneal.spec.SpecException when a rule across nodes is broken (a part of a sequence
   *     without a duration, a duration that needs {@code total_steps}...); its key and message say
   *     which
   */
  static Schedule of(Node node) {
    return of(node, Context.EMPTY);
  }

  /**
   * Compiles a tree with the file-level settings that {@code "5%"}, {@code "3ep"}, {@code rest} and
   * torch nodes need.
   *
   * @param node the tree
   * @param context {@code total_steps}, {@code steps_per_epoch} and {@code base_lr}
   * @return the fast step-to-value function of the tree
   * @throws dev.anneal.spec.SpecException when a rule across nodes is broken or a setting is missing
   */
  static Schedule of(Node node, Context context) {
    return new CompiledSchedule(CompiledFile.tree(node, context).curve());
  }




  /**
   * Bulk evaluation, for tables and plots: the values at {@code from}, {@code from + every},
   * {@code from + 2 * every}, ... into every slot of {@code into}, each exactly {@link #valueAt(long)}
   * at its step.
   *
   * @param into where the values go, one per slot
   * @param from the first step, {@code >= 0}
   * @param every the distance between two steps, {@code >= 1}
   * @throws IllegalArgumentException when {@code from < 0}, {@code every < 1}, or the last step is
   *     beyond {@code Long.MAX_VALUE}
   */
  default void fill(double[] into, long from, long every) {
    Arguments.checkFill(into, from, every);
    long step = from;
    for (int i = 0; i < into.length; i++, step += every) into[i] = valueAt(step);
  }

  /**
   * The values at steps {@code from} (inclusive) to {@code to} (exclusive), each exactly
   * {@link #valueAt(long)} at its step.
   *
   * @param from the first step, {@code >= 0}
   * @param to the step after the last one, {@code >= from}
   * @return one value per step, in order
   * @throws IllegalArgumentException when {@code from < 0}, {@code to < from}, or there are more than
   *     {@code Integer.MAX_VALUE - 8} steps
   */
  default double[] values(long from, long to) {
    if (from < 0) throw new IllegalArgumentException("values: from must be >= 0, got " + from);
    if (to < from) throw new IllegalArgumentException("values: to must be >= from (" + from + "), got " + to);
    if (to - from > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("values: to - from must be at most " + (Integer.MAX_VALUE - 8) + ", got "
          + (to - from));
    }
    double[] values = new double[(int) (to - from)];
    fill(values, from, 1);
    return values;
  }

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

  /**
   * This schedule scaled: the value at {@code step} is {@code factor * this.valueAt(step)}.
   * Kotlin's {@code schedule * factor}. For a node tree, {@link Node#times(double)}
   * keeps it a tree.
   *
   * @param factor the factor, finite
   * @return the scaled schedule, whose {@link #fill} goes through this one's (a replayed torch
   *     scheduler stays a forward replay)
   * @throws IllegalArgumentException when {@code factor} is not finite
   */
  default Schedule times(double factor) {
    return Pointwise.scaled(this, factor);
  }

  /**
   * The pointwise product: the value at {@code step} is
   * {@code this.valueAt(step) * other.valueAt(step)}. Kotlin's {@code schedule * other}. For node
   * trees, {@link Node#times(Node)} keeps it a tree.
   *
   * @param other the other factor
   * @return the product, whose {@link #fill} goes through both schedules' own
   */
  default Schedule times(Schedule other) {
    return Pointwise.product(this, other);
  }

  /**
   * The pointwise sum: the value at {@code step} is
   * {@code this.valueAt(step) + other.valueAt(step)}. Kotlin's {@code schedule + other}. For node
   * trees, {@link Node#plus(Node)} keeps it a tree.
   *
   * @param other the other term
   * @return the sum, whose {@link #fill} goes through both schedules' own
   */
  default Schedule plus(Schedule other) {
    return Pointwise.sum(this, other);
  }
}
