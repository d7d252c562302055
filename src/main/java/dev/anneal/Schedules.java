package dev.anneal;

import dev.anneal.spec.Add;
import dev.anneal.spec.Clamp;
import dev.anneal.spec.Constant;
import dev.anneal.spec.Cosine;
import dev.anneal.spec.Exponential;
import dev.anneal.spec.InverseSqrt;
import dev.anneal.spec.Linear;
import dev.anneal.spec.MultiStep;
import dev.anneal.spec.Multiply;
import dev.anneal.spec.Node;
import dev.anneal.spec.OneMinusSqrt;
import dev.anneal.spec.PiecewiseConstant;
import dev.anneal.spec.Polynomial;
import dev.anneal.spec.Restarts;
import dev.anneal.spec.Scale;
import dev.anneal.spec.Sequence;
import dev.anneal.spec.Shift;
import dev.anneal.spec.Step;
import dev.anneal.spec.Steps;
import dev.anneal.spec.Warmup;
import java.util.Arrays;
import java.util.List;

/**
 * Fluent factories for every native node, with the format's defaults. With
 * {@code import static dev.anneal.Schedules.*}:
 *
 * <pre>{@code
 * // warmup 500 steps, then cosine from 3e-4 to 3e-5 over 9,500 steps, restarting with doubling periods
 * Schedule lr = warmup(500, cosine(3e-4, 3e-5, 9_500).restarting().withPeriodMult(2)).compile();
 * }</pre>
 *
 * Each factory builds the spec record of the same name; see there for the formula.
 */
public final class Schedules {
  private Schedules() {}

  /** {@link Constant}: {@code value} forever. */
  public static Constant constant(double value) {
    return new Constant(value, null);
  }

  /** {@link Constant}: {@code value} for {@code steps} steps (its length inside a sequence). */
  public static Constant constant(double value, long steps) {
    return new Constant(value, Steps.of(steps));
  }

  /** {@link Constant}: {@code value} for {@code steps} (e.g. {@link Steps#rest()}). */
  public static Constant constant(double value, Steps steps) {
    return new Constant(value, steps);
  }

  /** {@link Linear}: {@code from} to {@code to} over {@code steps}. */
  public static Linear linear(double from, double to, long steps) {
    return new Linear(from, to, Steps.of(steps));
  }

  /** {@link Linear} over any duration. */
  public static Linear linear(double from, double to, Steps steps) {
    return new Linear(from, to, steps);
  }

  /** {@link Cosine}: {@code from} to {@code to} over {@code steps}. */
  public static Cosine cosine(double from, double to, long steps) {
    return new Cosine(from, to, Steps.of(steps));
  }

  /** {@link Cosine} over any duration. */
  public static Cosine cosine(double from, double to, Steps steps) {
    return new Cosine(from, to, steps);
  }

  /** {@link Polynomial}: {@code from} to {@code to} over {@code steps} with exponent {@code power}. */
  public static Polynomial polynomial(double from, double to, long steps, double power) {
    return new Polynomial(from, to, Steps.of(steps), power);
  }

  /** {@link OneMinusSqrt}: the {@code 1 - sqrt(p)} cooldown from {@code from} to {@code to}. */
  public static OneMinusSqrt oneMinusSqrt(double from, double to, long steps) {
    return new OneMinusSqrt(from, to, Steps.of(steps));
  }

  /** {@link OneMinusSqrt} over any duration. */
  public static OneMinusSqrt oneMinusSqrt(double from, double to, Steps steps) {
    return new OneMinusSqrt(from, to, steps);
  }

  /** {@link Exponential}: {@code from * rate^t}, smoothly, forever. */
  public static Exponential exponential(double from, double rate) {
    return new Exponential(from, rate, 1, false, null);
  }

  /** {@link Step}: {@code from}, times {@code gamma} every {@code every} steps. */
  public static Step stepDecay(double from, double gamma, long every) {
    return new Step(from, gamma, every, null);
  }

  /** {@link MultiStep}: {@code from}, times {@code gamma} at each milestone. */
  public static MultiStep multistep(double from, double gamma, long... milestones) {
    return new MultiStep(from, gamma, Arrays.stream(milestones).boxed().toList(), null);
  }

  /** {@link PiecewiseConstant}: {@code values[i]} after {@code i} of the {@code boundaries}. */
  public static PiecewiseConstant piecewiseConstant(List<Double> values, List<Long> boundaries) {
    return new PiecewiseConstant(values, boundaries, null);
  }

  /** {@link InverseSqrt}: {@code from / sqrt(1 + t / timescale)}. */
  public static InverseSqrt inverseSqrt(double from, double timescale) {
    return new InverseSqrt(from, timescale, null);
  }

  /** {@link Sequence}: the parts one after another. */
  public static Sequence sequence(Node... parts) {
    return new Sequence(List.of(parts));
  }

  /** {@link Warmup}: linear from 0 to {@code then}'s first value over {@code steps}, then {@code then}. */
  public static Warmup warmup(long steps, Node then) {
    return new Warmup(Steps.of(steps), 0.0, then);
  }

  /** {@link Warmup} over any duration. */
  public static Warmup warmup(Steps steps, Node then) {
    return new Warmup(steps, 0.0, then);
  }

  /** {@link Restarts}: {@code of} going round forever with equal periods; refine with {@code with...}. */
  public static Restarts restarts(Node of) {
    return new Restarts(of, 1.0, 1.0, null);
  }

  /** {@link Scale}: {@code by * of(t)}. */
  public static Scale scale(double by, Node of) {
    return new Scale(by, of);
  }

  /** {@link Multiply}: the product of the nodes. */
  public static Multiply multiply(Node... of) {
    return new Multiply(List.of(of));
  }

  /** {@link Add}: the sum of the nodes. */
  public static Add add(Node... of) {
    return new Add(List.of(of));
  }

  /** {@link Clamp}: {@code of} bounded to {@code [min, max]}. */
  public static Clamp clamp(double min, double max, Node of) {
    return new Clamp(min, max, of);
  }

  /** {@link Shift}: {@code of(max(0, t - by))}. */
  public static Shift shift(long by, Node of) {
    return new Shift(by, of);
  }
}
