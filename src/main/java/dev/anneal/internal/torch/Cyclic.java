package dev.anneal.internal.torch;

import dev.anneal.spec.CyclicLR;

/**
 * CyclicLR's {@code get_lr}, lr and momentum. Its constructor's step runs inside
 * {@code super().__init__}, before {@code self.base_lrs = base_lrs}: that one step uses
 * {@code base_lrs = [initial_lr]}, which is the optimizer's {@code initial_lr} (set by a scheduler
 * constructed earlier, else CyclicLR's own {@code base_lr}); at step 0 the scale factor is 0, so the
 * lr it leaves is {@code initial_lr} itself.
 */
final class Cyclic extends Absolute {
  private final CyclicLR spec;
  private final double totalSize;
  private final double stepRatio;
  private final double initialLr;

  /** {@code initialLr}: the optimizer's {@code initial_lr} once this scheduler sets its default. */
  Cyclic(CyclicLR spec, double initialLr) {
    this.spec = spec;
    this.initialLr = initialLr;
    double up = spec.stepSizeUp();
    double down = spec.stepSizeDown() == null ? up : spec.stepSizeDown();
    this.totalSize = up + down;
    this.stepRatio = up / totalSize;
  }

  private double cycle(long k) {
    return Math.floor(1 + k / totalSize);
  }

  private double scaleFactor(long k) {
    double x = 1. + k / totalSize - cycle(k);
    return x <= stepRatio ? x / stepRatio : (x - 1) / (stepRatio - 1);
  }

  /** PyTorch's {@code scale_fn}, of the cycle for triangular modes and of the step for exp_range. */
  private double scale(long k) {
    switch (spec.mode()) {
      case "triangular2":
        return 1 / Math.pow(2., cycle(k) - 1);
      case "exp_range":
        return Math.pow(spec.gamma(), k);
      default:
        return 1.;
    }
  }

  @Override
  double value(long k) {
    double baseHeight = (spec.maxLr() - spec.baseLr()) * scaleFactor(k);
    return spec.baseLr() + baseHeight * scale(k);
  }

  @Override
  double constructed(double lr) {
    return initialLr + (spec.maxLr() - initialLr) * scaleFactor(0) * scale(0);
  }

  @Override
  boolean hasMomentum() {
    return spec.cycleMomentum();
  }

  @Override
  double momentum(long k) {
    double baseHeight = (spec.maxMomentum() - spec.baseMomentum()) * scaleFactor(k);
    return spec.maxMomentum() - baseHeight * scale(k);
  }
}
