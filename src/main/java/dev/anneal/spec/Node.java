package dev.anneal.spec;

import dev.anneal.Schedule;
import dev.anneal.internal.Compiler;
import dev.anneal.internal.YamlWriter;
import java.util.List;

/**
 * One node of a schedule tree, as a YAML mapping whose {@code type} says which. Native nodes give
 * absolute values (the learning rate itself) and combinators build on other nodes; {@link TorchNode}s
 * reproduce PyTorch's schedulers exactly. A tree is compiled once into a {@link Schedule}.
 *
 * <p>{@code t} below is the step local to a node (0 at its first step) and
 * {@code p = min(t, steps) / steps} its progress through its duration.
 *
 * <p>Besides the records' constructors and the factories of {@link dev.anneal.Schedules}, the
 * methods below combine nodes fluently (from Kotlin, {@code *} and {@code +} call
 * {@link #times(double)}, {@link #times(Node)} and {@link #plus(Node)}):
 *
 * <pre>{@code
 * Node lr = cosine(1.0, 0.0, 1_000) // a factor from 1 down to 0
 *     .times(3e-4)                  // scaled by the peak
 *     .plus(constant(1e-5))         // over a floor
 *     .clampedTo(0.0, 2e-4)         // capped
 *     .delayedBy(100);              // from step 100 on (its first value until then)
 * Schedule compiled = lr.compile();
 * assertThat(compiled.valueAt(0)).isEqualTo(2e-4);
 * assertThat(compiled.valueAt(1_100)).isEqualTo(1e-5);
 * }</pre>
 *
 * The results are nodes, so the tree can still be checked and written as YAML. Compiled schedules
 * and lambdas combine too, pointwise, with {@link Schedule#times(double)},
 * {@link Schedule#times(Schedule)} and {@link Schedule#plus(Schedule)}, giving a function.
 */
public sealed interface Node
    permits Constant, Linear, Cosine, Polynomial, OneMinusSqrt, Exponential, Step, MultiStep,
        PiecewiseConstant, InverseSqrt, Sequence, Warmup, Restarts, Scale, Multiply, Add, Clamp,
        Shift, TorchNode {

  /** {@return the node's {@code type} as written in a file, e.g. {@code cosine} or {@code torch.StepLR}} */
  String type();

  /**
   * Compiles this tree without file settings: durations must be plain step counts and there is no
   * {@code base_lr} for torch nodes.
   *
   * @return the fast step-to-value function of this tree
   * @throws IllegalArgumentException when a rule across nodes is broken (a part of a sequence
   *     without a duration, a duration that needs {@code total_steps}...)
   */
  default Schedule compile() {
    return compile(Context.EMPTY);
  }

  /**
   * Compiles this tree with the file-level settings that {@code "5%"}, {@code "3ep"},
   * {@code rest} and torch nodes need.
   *
   * @param context {@code total_steps}, {@code steps_per_epoch} and {@code base_lr}
   * @return the fast step-to-value function of this tree
   * @throws IllegalArgumentException when a rule across nodes is broken or a setting is missing
   */
  default Schedule compile(Context context) {
    return Compiler.schedule(this, context);
  }

  /** {@return this tree as a YAML node mapping, loadable again into an equal tree} */
  default String toYaml() {
    return YamlWriter.write(this);
  }

  /**
   * {@return a {@link Scale}: {@code by * this(t)}} Write a schedule in factors, then scale it by
   * the peak.
   *
   * @param by the factor, finite
   */
  default Scale times(double by) {
    return new Scale(by, this);
  }

  /**
   * {@return a {@link Multiply}: {@code this(t) * other(t)}}
   *
   * @param other the other factor
   */
  default Multiply times(Node other) {
    return new Multiply(List.of(this, other));
  }

  /**
   * {@return an {@link Add}: {@code this(t) + other(t)}} E.g. a floor under a decaying schedule.
   *
   * @param other the other term
   */
  default Add plus(Node other) {
    return new Add(List.of(this, other));
  }

  /**
   * {@return a {@link Clamp}: this schedule bounded to {@code [min, max]}}
   *
   * @param min the lowest value, finite
   * @param max the highest value, finite, {@code >= min}
   */
  default Clamp clampedTo(double min, double max) {
    return new Clamp(min, max, this);
  }

  /**
   * {@return a {@link Shift}: this schedule started {@code steps} later} It holds its first value
   * until then.
   *
   * @param steps the delay; negative starts this schedule part-way through
   */
  default Shift delayedBy(long steps) {
    return new Shift(steps, this);
  }

  /**
   * {@return a {@link Restarts}: this schedule (which needs a duration) going round again forever}
   * Refine it with {@link Restarts#withPeriodMult}, {@link Restarts#withDecay} and
   * {@link Restarts#withCycles}.
   */
  default Restarts restarting() {
    return new Restarts(this, 1.0, 1.0, null);
  }
}
