package dev.anneal;

import dev.anneal.internal.load.YamlWriter;
import dev.anneal.spec.*;
import java.util.Arrays;
import java.util.List;

/**
 * Fluent factories for every native node, with the format's defaults. Each factory builds the
 * spec record of the same name; see there for the formula. With
 * {@code import static dev.anneal.Schedules.*}:
 *
 * <pre>{@code
 * // warmup 500 steps, then cosine from 3e-4 to 3e-5 over 9,500 steps, restarting with doubling periods
 * Node spec = warmup(500, cosine(3e-4, 3e-5, 9_500).restarting().withPeriodMult(2));
 * Schedule lr = Schedule.of(spec);
 * assertThat(lr.valueAt(250)).isCloseTo(1.5e-4, within(1e-18)); // half-way up the warmup
 * assertThat(lr.valueAt(10_000)).isEqualTo(3e-4); // 500 + 9,500: the second cycle starts
 * }</pre>
 *
 * The records reach what the factories leave out: a part of a {@link Sequence} without
 * {@code from} ({@code new Cosine(null, 0.0, Steps.rest())}), the {@code torch.*} nodes.
 */
public final class Schedules {
  private Schedules() {}

  /**
   * {@return the tree as a YAML node mapping, loadable again into an equal tree}
   *
   * @param node the tree
   */
  public static String toYaml(Node node) {
    return YamlWriter.write(node);
  }

  /**
   * {@return a {@link Constant}: {@code value} forever}
   *
   * @param value the value, finite
   */
  public static Constant constant(double value) {
    return new Constant(value, null);
  }

  /**
   * {@return a {@link Constant}: {@code value}, lasting {@code steps} steps inside a sequence}
   *
   * @param value the value, finite
   * @param steps its length inside a {@link Sequence}, {@code >= 1}
   */
  public static Constant constant(double value, long steps) {
    return new Constant(value, Steps.of(steps));
  }

  /**
   * {@return a {@link Constant}: {@code value}, lasting {@code steps} inside a sequence ({@code rest}...)}
   *
   * @param value the value, finite
   * @param steps its length inside a {@link Sequence}
   */
  public static Constant constant(double value, Steps steps) {
    return new Constant(value, steps);
  }

  /**
   * {@return a {@link Linear}: {@code from} to {@code to} over {@code steps} steps}
   *
   * @param from the value at step 0, finite
   * @param to the value from {@code steps} on, finite
   * @param steps the duration, {@code >= 1}
   */
  public static Linear linear(double from, double to, long steps) {
    return new Linear(from, to, Steps.of(steps));
  }

  /**
   * {@return a {@link Linear} over any duration}
   *
   * @param from the value at step 0, finite
   * @param to the value at the end, finite
   * @param steps the duration
   */
  public static Linear linear(double from, double to, Steps steps) {
    return new Linear(from, to, steps);
  }

  /**
   * {@return a {@link Cosine}: {@code from} to {@code to} over {@code steps} steps}
   *
   * @param from the value at step 0, finite
   * @param to the value from {@code steps} on, finite
   * @param steps the duration, {@code >= 1}
   */
  public static Cosine cosine(double from, double to, long steps) {
    return new Cosine(from, to, Steps.of(steps));
  }

  /**
   * {@return a {@link Cosine} over any duration}
   *
   * @param from the value at step 0, finite
   * @param to the value at the end, finite
   * @param steps the duration
   */
  public static Cosine cosine(double from, double to, Steps steps) {
    return new Cosine(from, to, steps);
  }

  /**
   * {@return a {@link Polynomial}: {@code from} to {@code to} over {@code steps} steps, as {@code power}}
   *
   * @param from the value at step 0, finite
   * @param to the value from {@code steps} on, finite
   * @param steps the duration, {@code >= 1}
   * @param power the exponent, {@code > 0} (1 is linear)
   */
  public static Polynomial polynomial(double from, double to, long steps, double power) {
    return new Polynomial(from, to, Steps.of(steps), power);
  }

  /**
   * {@return a {@link CosineCycles}: {@code cycles} cosine waves from {@code from} to {@code to} over
   * {@code steps} steps, restarting at {@code from} after each when {@code hardRestarts}}
   *
   * @param from the value at step 0, finite
   * @param to the value at the bottom of each wave, finite
   * @param steps the duration, {@code >= 1}
   * @param cycles how many waves, {@code > 0}
   * @param hardRestarts whether each wave jumps back to {@code from}
   */
  public static CosineCycles cosineCycles(double from, double to, long steps, double cycles, boolean hardRestarts) {
    return new CosineCycles(from, to, Steps.of(steps), cycles, hardRestarts);
  }

  /**
   * {@return a {@link OneMinusSqrt}: the {@code 1 - sqrt(p)} cooldown from {@code from} to
   * {@code to}}
   *
   * @param from the value at step 0, finite
   * @param to the value from {@code steps} on, finite
   * @param steps the duration, {@code >= 1}
   */
  public static OneMinusSqrt oneMinusSqrt(double from, double to, long steps) {
    return new OneMinusSqrt(from, to, Steps.of(steps));
  }

  /**
   * {@return a {@link OneMinusSqrt} over any duration}
   *
   * @param from the value at step 0, finite
   * @param to the value at the end, finite
   * @param steps the duration
   */
  public static OneMinusSqrt oneMinusSqrt(double from, double to, Steps steps) {
    return new OneMinusSqrt(from, to, steps);
  }

  /**
   * {@return an {@link Exponential}: {@code from * rate^t}, smoothly, forever}
   *
   * @param from the value at step 0, finite
   * @param rate the factor per step, {@code > 0}
   */
  public static Exponential exponential(double from, double rate) {
    return new Exponential(from, rate, 1, false, null);
  }

  /**
   * {@return a {@link Step}: {@code from}, times {@code gamma} every {@code every} steps}
   *
   * @param from the value at step 0, finite
   * @param gamma the factor at each drop, finite
   * @param every the steps between drops, {@code >= 1}
   */
  public static Step stepDecay(double from, double gamma, long every) {
    return new Step(from, gamma, every, null);
  }

  /**
   * {@return a {@link MultiStep}: {@code from}, times {@code gamma} at each milestone}
   *
   * @param from the value at step 0, finite
   * @param gamma the factor at each milestone, finite
   * @param milestones the steps where it drops, strictly increasing, at least one
   */
  public static MultiStep multistep(double from, double gamma, long... milestones) {
    return new MultiStep(from, gamma, Arrays.stream(milestones).boxed().toList(), null);
  }

  /**
   * {@return a {@link PiecewiseConstant}: {@code values[i]} after {@code i} of the boundaries}
   *
   * @param values the values, one more than the boundaries
   * @param boundaries the steps where the value changes, strictly increasing
   */
  public static PiecewiseConstant piecewiseConstant(List<Double> values, List<Long> boundaries) {
    return new PiecewiseConstant(values, boundaries, null);
  }

  /**
   * {@return an {@link InverseSqrt}: {@code from / sqrt(1 + t / timescale)}}
   *
   * @param from the value at step 0, finite
   * @param timescale the steps after which the value is {@code from / sqrt(2)}, {@code > 0}
   */
  public static InverseSqrt inverseSqrt(double from, double timescale) {
    return new InverseSqrt(from, timescale, null);
  }

  /**
   * {@return a {@link Sequence}: the parts one after another}
   *
   * @param parts the parts, at least one; every one but the last needs a duration
   */
  public static Sequence sequence(Node... parts) {
    return new Sequence(List.of(parts));
  }

  /**
   * {@return a {@link Warmup}: linear from 0 to {@code then(0)} over {@code steps}, then {@code then}}
   *
   * @param steps the length of the warmup, {@code >= 1}
   * @param then what follows the warmup, shifted by {@code steps}
   */
  public static Warmup warmup(long steps, Node then) {
    return new Warmup(Steps.of(steps), 0.0, then);
  }

  /**
   * {@return a {@link Warmup} over any duration}
   *
   * @param steps the length of the warmup
   * @param then what follows the warmup, shifted by {@code steps}
   */
  public static Warmup warmup(Steps steps, Node then) {
    return new Warmup(steps, 0.0, then);
  }

  /**
   * {@return a {@link Restarts}: {@code of} round and round with equal periods; see its {@code with...}}
   *
   * @param of the cycle, a node with a finite duration
   */
  public static Restarts restarts(Node of) {
    return new Restarts(of, 1.0, 1.0, null);
  }

  /**
   * {@return a {@link Scale}: {@code by * of(t)}}
   *
   * @param by the factor, finite
   * @param of the scaled node
   */
  public static Scale scale(double by, Node of) {
    return new Scale(by, of);
  }

  /**
   * {@return a {@link Multiply}: the product of the nodes}
   *
   * @param of the factors, at least one
   */
  public static Multiply multiply(Node... of) {
    return new Multiply(List.of(of));
  }

  /**
   * {@return an {@link Add}: the sum of the nodes}
   *
   * @param of the terms, at least one
   */
  public static Add add(Node... of) {
    return new Add(List.of(of));
  }

  /**
   * {@return a {@link Clamp}: {@code of} bounded to {@code [min, max]}}
   *
   * @param min the lowest value, finite
   * @param max the highest value, finite, {@code >= min}
   * @param of the bounded node
   */
  public static Clamp clamp(double min, double max, Node of) {
    return new Clamp(min, max, of);
  }

  /**
   * {@return a {@link Shift}: {@code of(max(0, t - by))}}
   *
   * @param by the delay in steps; negative starts {@code of} part-way through
   * @param of the shifted node
   */
  public static Shift shift(long by, Node of) {
    return new Shift(by, of);
  }
}
