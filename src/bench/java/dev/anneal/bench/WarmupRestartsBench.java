package dev.anneal.bench;

import static dev.anneal.Schedules.cosine;
import static dev.anneal.Schedules.warmup;

import ai.djl.training.tracker.Tracker;
import dev.anneal.Schedule;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.schedule.ISchedule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code warmup(500, cosine(3e-4, 3e-5, 9_500).restarting().withPeriodMult(2))} (SGDR, doubling
 * periods) over the warmup and four cycles, 143,000 steps: anneal against its peers.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class WarmupRestartsBench extends PeerState {
  static final int LAST_STEP = 500 + 9_500 * (1 + 2 + 4 + 8);

  private Schedule anneal;
  private Schedule lambda;
  private ISchedule dl4j;
  private Tracker djl;
  /** How closely each peer matched anneal over the whole run. */
  List<Agreement.Result> agreed;

  @Setup
  public void setup() {
    anneal = Schedule.of(warmup(500, cosine(3e-4, 3e-5, 9_500).restarting().withPeriodMult(2)));
    lambda = HandWritten::warmupCosineRestarts;
    dl4j = Dl4jSchedules.warmupCosineRestarts();
    djl = DjlTrackers.warmupCosineRestarts();
    agreed = agreement(anneal, lambda, dl4j, djl);
    sample(LAST_STEP);
  }

  static List<Agreement.Result> agreement(Schedule anneal, Schedule lambda, ISchedule dl4j, Tracker djl) {
    return List.of(
        Agreement.check("warmup-restarts: lambda", LAST_STEP, anneal::valueAt, lambda::valueAt, Agreement.DOUBLE, 0),
        Agreement.check("warmup-restarts: dl4j", LAST_STEP, anneal::valueAt,
            s -> dl4j.valueAt(Dl4jSchedules.rampIteration(s), 0), Agreement.DOUBLE, 0),
        Agreement.check("warmup-restarts: djl", LAST_STEP, anneal::valueAt,
            s -> djl.getNewValue((int) s), 0, Agreement.FLOAT_OF_PEAK));
  }

  @Benchmark
  public double anneal() {
    return anneal.valueAt(step());
  }

  @Benchmark
  public double lambda() {
    return lambda.valueAt(step());
  }

  @Benchmark
  public double dl4j() {
    return dl4j.valueAt(Dl4jSchedules.rampIteration(step()), 0);
  }

  @Benchmark
  public float djl() {
    return djl.getNewValue(step());
  }
}
