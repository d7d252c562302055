package dev.anneal.internal.load;

import dev.anneal.internal.compile.Curve;
import java.util.function.DoublePredicate;

/**
 * The steps of a run of {@code n} steps that a rule reads: every step up to {@link #ALL}, else
 * every {@code stride}-th step and the last one; no step overflows, up to {@code Long.MAX_VALUE}.
 * They are read in bulk ({@link Curve#fill}), so a replayed PyTorch chain goes forward once.
 */
final class RunSample {
  /** Every step is read up to this many steps; above, a sample of about as many. */
  static final long ALL = 2_000_000;
  private static final int CHUNK = 4096;

  /** What a rule does with each step read; false stops the reading. */
  @FunctionalInterface
  interface Reader {
    boolean read(long step, double value);
  }

  private RunSample() {}

  /** {@return the distance between two steps read: {@code ceil(n / ALL)}, 1 up to {@link #ALL}} */
  static long stride(long n) {
    return n <= ALL ? 1 : (n - 1) / ALL + 1;
  }

  /** {@return the first step read where {@code test} holds of the value, or -1} */
  static long first(Curve curve, long n, DoublePredicate test) {
    long[] found = {-1};
    read(curve, n, (step, value) -> {
      if (!test.test(value)) return true;
      found[0] = step;
      return false;
    });
    return found[0];
  }

  /** Reads {@code curve} at the steps of a run of {@code n} steps, in order, until {@code reader} stops. */
  static void read(Curve curve, long n, Reader reader) {
    if (n <= 0) return;
    long stride = stride(n);
    long regular = (n - 1) / stride + 1; // the steps 0, stride, ... up to n - 1
    double[] chunk = new double[(int) Math.min(CHUNK, regular)];
    for (long i = 0; i < regular; i += chunk.length) {
      double[] into = regular - i >= chunk.length ? chunk : new double[(int) (regular - i)];
      curve.fill(into, i * stride, stride);
      for (int j = 0; j < into.length; j++) {
        if (!reader.read((i + j) * stride, into[j])) return;
      }
    }
    long last = (regular - 1) * stride;
    if (last != n - 1) reader.read(n - 1, curve.atSteps().applyAsDouble(n - 1));
  }
}
