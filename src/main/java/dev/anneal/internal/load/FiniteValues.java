package dev.anneal.internal.load;

import dev.anneal.internal.compile.Curve;
import dev.anneal.spec.Context;
import dev.anneal.spec.Node;
import org.jspecify.annotations.Nullable;

/**
 * A schedule that validates gives a number at every step of its run: one whose values its spec
 * does not bound ({@link Bounds}: a rate above 1, a {@code decay} above 1, factors that multiply
 * without limit, the PyTorch composites) is read over the run ({@link RunSample}) and refused at the
 * first step where it overflows to infinity or NaN.
 */
final class FiniteValues {
  private FiniteValues() {}

  /** {@return the problem of schedule {@code name} (compiled as {@code curve}) over {@code n} steps, or null} */
  static @Nullable String problem(String name, Node node, Curve curve, Context context, long n) {
    if (Double.isFinite(Bounds.magnitude(node, context))) return null;
    long step = RunSample.first(curve, n, value -> !Double.isFinite(value));
    if (step < 0) return null;
    double v = curve.atSteps().applyAsDouble(step);
    return name + " is not a finite number from step " + step + " of the " + n + " steps of the run (" + v
        + "): a value overflows a double; bound it (a restarts decay <= 1, a rate <= 1, fewer factors above 1)"
        + " or shorten total_steps";
  }
}
