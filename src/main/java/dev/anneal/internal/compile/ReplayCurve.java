package dev.anneal.internal.compile;

import dev.anneal.internal.torch.TorchCompiler.Replay;
import java.util.function.LongToDoubleFunction;

/** A PyTorch scheduler as a curve: its value at whole steps, and a bulk fill that replays forward. */
record ReplayCurve(Replay replay) implements Curve {
  @Override
  public double at(double t) {
    return replay.value((long) t);
  }

  /** A replay counts steps as longs: no step beyond 2^53 is rounded on the way. */
  @Override
  public LongToDoubleFunction atSteps() {
    return replay.steps();
  }

  @Override
  public void fill(double[] into, long from, long every) {
    replay.fill(into, from, every);
  }
}
