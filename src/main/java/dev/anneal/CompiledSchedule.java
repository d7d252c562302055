package dev.anneal;

import dev.anneal.internal.compile.Curve;

/** A compiled tree: its curve at whole steps, and the curve's own bulk fill (a torch replay goes forward). */
record CompiledSchedule(Curve curve) implements Schedule {
  @Override
  public double valueAt(long step) {
    return curve.atStep(step);
  }

  @Override
  public void fill(double[] into, long from, long every) {
    Arguments.checkFill(into, from, every);
    curve.fill(into, from, every);
  }
}
