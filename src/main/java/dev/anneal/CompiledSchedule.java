package dev.anneal;

import dev.anneal.internal.compile.Curve;
import java.util.function.LongToDoubleFunction;

/** A compiled tree: its value at each whole step, and its curve's own bulk fill (a torch replay goes forward). */
final class CompiledSchedule implements Schedule {
  private final LongToDoubleFunction steps;
  private final Curve curve;

  CompiledSchedule(Curve curve) {
    this.steps = curve.atSteps();
    this.curve = curve;
  }

  @Override
  public double valueAt(long step) {
    if (step < 0) throw new IllegalArgumentException("valueAt: step must be >= 0, got " + step);
    return steps.applyAsDouble(step);
  }

  @Override
  public void fill(double[] into, long from, long every) {
    Arguments.checkFill(into, from, every);
    curve.fill(into, from, every);
  }
}
