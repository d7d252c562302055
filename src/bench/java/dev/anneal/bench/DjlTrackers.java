package dev.anneal.bench;

import ai.djl.training.tracker.Tracker;
import ai.djl.training.tracker.WarmUpTracker;

/**
 * The benchmarked shapes as DJL trackers ({@code ai.djl.training.tracker}, ai.djl:api 0.38.0).
 * {@link WarmUpTracker} (linear from a begin value to the main tracker's first value over N
 * updates, then the main tracker shifted by N) and {@code CosineTracker} (base to final over
 * {@code maxUpdates}, then final) have anneal's conventions exactly; DJL has no cosine restarts
 * ({@code CyclicalTracker} is triangular), so that one is a {@link Tracker} written here, with
 * {@code CosineTracker}'s formula. DJL computes in {@code float}: values agree with anneal's to
 * float precision, not to 1e-12.
 */
final class DjlTrackers {
  private DjlTrackers() {}

  /** {@code warmup(500, cosine(3e-4, 3e-5, 9_500))}. */
  static Tracker warmupCosine() {
    return Tracker.warmUp()
        .optWarmUpSteps(500)
        .optWarmUpBeginValue(0f)
        .setMainTracker(Tracker.cosine().setBaseValue(3e-4f).optFinalValue(3e-5f).setMaxUpdates(9_500).build())
        .build();
  }

  /** {@code warmup(500, cosine(3e-4, 3e-5, 9_500).restarting().withPeriodMult(2))}. */
  static Tracker warmupCosineRestarts() {
    return Tracker.warmUp()
        .optWarmUpSteps(500)
        .optWarmUpBeginValue(0f)
        .setMainTracker(new CosineRestartsTracker(3e-4f, 3e-5f, 9_500, 2))
        .build();
  }

  /** {@code torch.SequentialLR(LinearLR(0.01, 10), CosineAnnealingLR(90))} on lr 0.1. */
  static Tracker torchSequential() {
    return Tracker.warmUp()
        .optWarmUpSteps(10)
        .optWarmUpBeginValue(0.001f)
        .setMainTracker(Tracker.cosine().setBaseValue(0.1f).optFinalValue(0f).setMaxUpdates(90).build())
        .build();
  }

  /** SGDR with {@code CosineTracker}'s formula: cycles of {@code period}, {@code period * periodMult}... updates. */
  static final class CosineRestartsTracker implements Tracker {
    private final float baseValue;
    private final float finalValue;
    private final int period;
    private final int periodMult;

    CosineRestartsTracker(float baseValue, float finalValue, int period, int periodMult) {
      this.baseValue = baseValue;
      this.finalValue = finalValue;
      this.period = period;
      this.periodMult = periodMult;
    }

    @Override
    public float getNewValue(int numUpdate) {
      long length = period;
      while (numUpdate >= length) {
        numUpdate -= length;
        length *= periodMult;
      }
      float step = (baseValue - finalValue) / 2 * (1 + (float) Math.cos(Math.PI * numUpdate / length));
      return finalValue + step;
    }
  }
}
