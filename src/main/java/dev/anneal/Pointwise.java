package dev.anneal;

import dev.anneal.Schedule;
import java.util.Objects;
import java.util.function.DoubleBinaryOperator;

/**
 * The schedules behind {@code Schedule.times} and {@code Schedule.plus}: pointwise arithmetic on
 * schedules, whose {@code fill} goes through the operands' own {@code fill} (a torch replay stays a
 * replay) and gives exactly what {@code valueAt} gives.
 */
final class Pointwise {
  private Pointwise() {}

  /** {@code factor * of(step)}; {@code factor} finite. */
  static Schedule scaled(Schedule of, double factor) {
    Arguments.checkFinite("times", "factor", factor);
    return new Scaled(Objects.requireNonNull(of, "of"), factor);
  }

  /** {@code a(step) * b(step)}. */
  static Schedule product(Schedule a, Schedule b) {
    return new Combined(Objects.requireNonNull(a, "a"), Objects.requireNonNull(b, "other"), (x, y) -> x * y);
  }

  /** {@code a(step) + b(step)}. */
  static Schedule sum(Schedule a, Schedule b) {
    return new Combined(Objects.requireNonNull(a, "a"), Objects.requireNonNull(b, "other"), Double::sum);
  }

  private record Scaled(Schedule of, double factor) implements Schedule {
    @Override
    public double valueAt(long step) {
      return factor * of.valueAt(step);
    }

    @Override
    public void fill(double[] into, long from, long every) {
      Arguments.checkFill(into, from, every);
      of.fill(into, from, every);
      for (int i = 0; i < into.length; i++) into[i] = factor * into[i];
    }
  }

  /** {@code op(a(step), b(step))}. */
  private record Combined(Schedule a, Schedule b, DoubleBinaryOperator op) implements Schedule {
    @Override
    public double valueAt(long step) {
      return op.applyAsDouble(a.valueAt(step), b.valueAt(step));
    }

    @Override
    public void fill(double[] into, long from, long every) {
      Arguments.checkFill(into, from, every);
      double[] other = new double[into.length];
      a.fill(into, from, every);
      b.fill(other, from, every);
      for (int i = 0; i < into.length; i++) into[i] = op.applyAsDouble(into[i], other[i]);
    }
  }
}
