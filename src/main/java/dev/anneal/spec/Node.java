package dev.anneal.spec;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One node of a schedule tree, as a YAML mapping whose {@code type} says which. Native nodes give
 * absolute values (the learning rate itself) and combinators build on other nodes; {@link TorchNode}s
 * reproduce PyTorch's schedulers exactly. A tree is compiled once into a {@link dev.anneal.Schedule}
 * with {@link dev.anneal.Schedule#of(Node)}, and written as YAML with
 * {@link dev.anneal.Schedules#toYaml(Node)}.
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
 * Schedule compiled = Schedule.of(lr);
 * assertThat(compiled.valueAt(0)).isEqualTo(2e-4);
 * assertThat(compiled.valueAt(1_100)).isEqualTo(1e-5);
 * }</pre>
 *
 * The results are nodes, so the tree can still be checked and written as YAML. Compiled schedules
 * and lambdas combine too, pointwise, with {@link dev.anneal.Schedule#times(double)},
 * {@link dev.anneal.Schedule#times(dev.anneal.Schedule)} and
 * {@link dev.anneal.Schedule#plus(dev.anneal.Schedule)}, giving a function.
 */
public sealed interface Node
    permits Constant, Linear, LogLinear, Cosine, CosineCycles, Polynomial, OneMinusSqrt, Tanh, Rex, Exponential, Step, MultiStep,
        PiecewiseConstant, InverseSqrt, Sequence, Warmup, Restarts, Scale, Multiply, Add, Clamp,
        Shift, Hold, TorchNode {

  /** {@return the node's {@code type} as written in a file, e.g. {@code cosine} or {@code torch.StepLR}} */
  String type();

  /**
   * {@return what {@code visitor} gives for this node}: its method for this node's kind.
   *
   * @param visitor the operation
   * @param <R> what the operation gives
   */
  <R extends @Nullable Object> R accept(NodeVisitor<R> visitor);

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
   * {@return a {@link Hold}: each value of this schedule held for {@code every} steps} A scheduler
   * stepped once an epoch of {@code every} optimizer steps.
   *
   * @param every the steps each value lasts, {@code >= 1}
   */
  default Hold heldFor(long every) {
    return new Hold(every, this);
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
