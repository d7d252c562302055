package dev.anneal.bench;

/**
 * The limit: each benchmarked shape as one hand-written method, the same formula anneal documents
 * for it, with the numbers written in. Each returns exactly anneal's value (checked by
 * {@link Agreement}).
 */
final class HandWritten {
  private HandWritten() {}

  /** {@code warmup(500, cosine(3e-4, 3e-5, 9_500))}: linear from 0 over 500 steps, then cosine, then hold. */
  static double warmupCosine(long step) {
    if (step < 500) return 3e-4 * (step / 500.0);
    double p = Math.min(step - 500, 9_500) / 9_500.0;
    return 3e-5 + (3e-4 - 3e-5) * ((1 + Math.cos(Math.PI * p)) / 2);
  }

  /**
   * {@code warmup(500, cosine(3e-4, 3e-5, 9_500).restarting().withPeriodMult(2))}: after the warmup,
   * cycles of 9,500, 19,000, 38,000... steps, each a whole cosine from 3e-4 to 3e-5.
   */
  static double warmupCosineRestarts(long step) {
    if (step < 500) return 3e-4 * (step / 500.0);
    long t = step - 500;
    long length = 9_500;
    while (t >= length) {
      t -= length;
      length *= 2;
    }
    double p = (double) t / length;
    return 3e-5 + (3e-4 - 3e-5) * ((1 + Math.cos(Math.PI * p)) / 2);
  }

  /**
   * {@code torch.SequentialLR([LinearLR(start_factor=0.01, total_iters=10), CosineAnnealingLR(T_max=90)],
   * milestones=[10])} on {@code lr = 0.1}: PyTorch's closed forms, the cosine restarted at 10.
   */
  static double torchSequential(long k) {
    if (k < 10) return 0.1 * (0.01 + (1.0 - 0.01) * k / 10);
    return 0.1 * (1 + Math.cos(Math.PI * (k - 10) / 90)) / 2;
  }
}
