package dev.anneal.bench;

import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.RampSchedule;
import org.nd4j.linalg.schedule.ScheduleType;

/**
 * The benchmarked shapes as Deeplearning4j schedules ({@code org.nd4j.linalg.schedule}, nd4j-api
 * 1.0.0-M2.1). nd4j has a warmup ({@link RampSchedule}) but no cosine, no cosine restarts and no
 * linear ramp from a start value, so those are written here the way a DL4J user would: small
 * {@link ISchedule} classes in the style of nd4j's own ({@code PolySchedule}, {@code StepSchedule}).
 *
 * <p>{@link RampSchedule} multiplies by {@code (iteration + 1) / N}: it reaches the full value at
 * iteration {@code N - 1}, one before anneal's (and DJL's and PyTorch's) warmup, which is
 * {@code t / N}. So the ramped shapes are asked at {@code iteration = step - 1}, with the cosine
 * starting at iteration {@code N - 1}; the values then match anneal's to the last bit or so.
 */
final class Dl4jSchedules {
  private Dl4jSchedules() {}

  /** The iteration to ask a ramped schedule for at anneal's {@code step}. */
  static int rampIteration(long step) {
    return (int) step - 1;
  }

  /** {@code warmup(500, cosine(3e-4, 3e-5, 9_500))}; ask at {@link #rampIteration}. */
  static ISchedule warmupCosine() {
    return new RampSchedule(new CosineSchedule(ScheduleType.ITERATION, 3e-4, 3e-5, 499, 9_500), 500);
  }

  /** {@code warmup(500, cosine(3e-4, 3e-5, 9_500).restarting().withPeriodMult(2))}; ask at {@link #rampIteration}. */
  static ISchedule warmupCosineRestarts() {
    return new RampSchedule(
        new CosineRestartsSchedule(ScheduleType.ITERATION, 3e-4, 3e-5, 499, 9_500, 2), 500);
  }

  /** {@code torch.SequentialLR(LinearLR(0.01, 10), CosineAnnealingLR(90))} on lr 0.1; ask at the step. */
  static ISchedule torchSequential() {
    return new LinearRampSchedule(ScheduleType.ITERATION, 0.001, 10,
        new CosineSchedule(ScheduleType.ITERATION, 0.1, 0.0, 10, 90));
  }

  /**
   * Cosine from {@code initialValue} to {@code finalValue} over {@code maxIter} iterations starting
   * at {@code startIter}; {@code initialValue} before, {@code finalValue} after.
   */
  static final class CosineSchedule implements ISchedule {
    private final ScheduleType scheduleType;
    private final double initialValue;
    private final double finalValue;
    private final int startIter;
    private final int maxIter;

    CosineSchedule(ScheduleType scheduleType, double initialValue, double finalValue, int startIter,
        int maxIter) {
      this.scheduleType = scheduleType;
      this.initialValue = initialValue;
      this.finalValue = finalValue;
      this.startIter = startIter;
      this.maxIter = maxIter;
    }

    @Override
    public double valueAt(int iteration, int epoch) {
      int i = (scheduleType == ScheduleType.ITERATION ? iteration : epoch) - startIter;
      if (i <= 0) return initialValue;
      if (i >= maxIter) return finalValue;
      return finalValue + (initialValue - finalValue) * (1 + Math.cos(Math.PI * i / maxIter)) / 2;
    }

    @Override
    public ISchedule clone() {
      return new CosineSchedule(scheduleType, initialValue, finalValue, startIter, maxIter);
    }
  }

  /**
   * SGDR: from {@code startIter}, cosines from {@code initialValue} to {@code finalValue} over
   * {@code period}, then {@code period * periodMult}... iterations.
   */
  static final class CosineRestartsSchedule implements ISchedule {
    private final ScheduleType scheduleType;
    private final double initialValue;
    private final double finalValue;
    private final int startIter;
    private final int period;
    private final int periodMult;

    CosineRestartsSchedule(ScheduleType scheduleType, double initialValue, double finalValue,
        int startIter, int period, int periodMult) {
      this.scheduleType = scheduleType;
      this.initialValue = initialValue;
      this.finalValue = finalValue;
      this.startIter = startIter;
      this.period = period;
      this.periodMult = periodMult;
    }

    @Override
    public double valueAt(int iteration, int epoch) {
      int i = (scheduleType == ScheduleType.ITERATION ? iteration : epoch) - startIter;
      if (i <= 0) return initialValue;
      long length = period;
      while (i >= length) {
        i -= length;
        length *= periodMult;
      }
      return finalValue + (initialValue - finalValue) * (1 + Math.cos(Math.PI * i / length)) / 2;
    }

    @Override
    public ISchedule clone() {
      return new CosineRestartsSchedule(scheduleType, initialValue, finalValue, startIter, period,
          periodMult);
    }
  }

  /**
   * Linear from {@code startValue} to {@code baseSchedule}'s value at {@code numIter} over the first
   * {@code numIter} iterations, then {@code baseSchedule} ({@link RampSchedule} with a start value).
   */
  static final class LinearRampSchedule implements ISchedule {
    private final ScheduleType scheduleType;
    private final double startValue;
    private final int numIter;
    private final ISchedule baseSchedule;
    private final double endValue;

    LinearRampSchedule(ScheduleType scheduleType, double startValue, int numIter, ISchedule baseSchedule) {
      this.scheduleType = scheduleType;
      this.startValue = startValue;
      this.numIter = numIter;
      this.baseSchedule = baseSchedule;
      this.endValue = baseSchedule.valueAt(numIter, numIter);
    }

    @Override
    public double valueAt(int iteration, int epoch) {
      int i = scheduleType == ScheduleType.ITERATION ? iteration : epoch;
      if (i >= numIter) return baseSchedule.valueAt(iteration, epoch);
      return startValue + (endValue - startValue) * i / numIter;
    }

    @Override
    public ISchedule clone() {
      return new LinearRampSchedule(scheduleType, startValue, numIter, baseSchedule.clone());
    }
  }
}
