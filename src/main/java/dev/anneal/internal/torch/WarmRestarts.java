package dev.anneal.internal.torch;

import dev.anneal.spec.CosineAnnealingWarmRestarts;

/** CosineAnnealingWarmRestarts: cycles of {@code T_0 * T_mult^i} steps, found with exact integers. */
final class WarmRestarts extends Absolute {
  private final double base;
  private final long t0;
  private final long tMult;
  private final double etaMin;

  WarmRestarts(CosineAnnealingWarmRestarts spec, double base) {
    this.base = base;
    this.t0 = spec.t0();
    this.tMult = spec.tMult();
    this.etaMin = spec.etaMin();
  }

  @Override
  double value(long k) {
    long tCur = k;
    double tI = t0;
    if (tMult == 1) {
      tCur = k % t0;
    } else {
      // exact while a cycle's length fits in a long; a longer cycle outlasts every step there is
      long length = t0;
      while (tCur >= length) {
        tCur -= length;
        if (length > Long.MAX_VALUE / tMult) {
          tI = (double) length * tMult;
          length = Long.MAX_VALUE;
          break;
        }
        length *= tMult;
        tI = length;
      }
    }
    return etaMin + (base - etaMin) * (1 + Math.cos(Math.PI * tCur / tI)) / 2;
  }
}
