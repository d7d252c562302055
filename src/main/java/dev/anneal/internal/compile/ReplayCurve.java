package dev.anneal.internal.compile;

import dev.anneal.internal.torch.TorchCompiler.Replay;

/** A PyTorch scheduler as a curve: its value at whole steps, and a bulk fill that replays forward. */
record ReplayCurve(Replay replay) implements Curve {
  @Override
  public double at(double t) {
    return replay.value((long) t);
  }

  /** A replay counts steps as longs: no step beyond 2^53 is rounded on the way. */
  @Override
  public double atStep(long step) {
    return replay.value(step);
  }

  @Override
  public void fill(double[] into, long from, long every) {
    replay.fill(into, from, every);
  }
}
