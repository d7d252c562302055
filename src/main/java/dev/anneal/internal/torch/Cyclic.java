package dev.anneal.internal.torch;

import dev.anneal.spec.CyclicLR;

/** CyclicLR's {@code get_lr}, lr and momentum. */
final class Cyclic extends Absolute {
  private final CyclicLR spec;
  private final double totalSize;
  private final double stepRatio;

  Cyclic(CyclicLR spec) {
    this.spec = spec;
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
  boolean hasMomentum() {
    return spec.cycleMomentum();
  }

  @Override
  double momentum(long k) {
    double baseHeight = (spec.maxMomentum() - spec.baseMomentum()) * scaleFactor(k);
    return spec.maxMomentum() - baseHeight * scale(k);
  }
}
