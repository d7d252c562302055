package dev.anneal.bench;

import ai.djl.training.tracker.Tracker;
import dev.anneal.Schedule;
import dev.anneal.ScheduleFile;
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
 * {@code torch.SequentialLR}: {@code LinearLR} warmup then {@code CosineAnnealingLR}, loaded from
 * YAML, over its 100 steps (past {@code T_max} PyTorch's cosine rises again, where DJL's and the
 * DL4J one hold): anneal against its peers.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class TorchSequentialBench extends PeerState {
  static final int LAST_STEP = 100;

  static final String YAML = String.join("\n",
      "base_lr: 0.1",
      "schedule:",
      "  type: torch.SequentialLR",
      "  milestones: [10]",
      "  schedulers:",
      "    - {type: torch.LinearLR, start_factor: 0.01, total_iters: 10}",
      "    - {type: torch.CosineAnnealingLR, T_max: 90}");

  private Schedule anneal;
  private Schedule lambda;
  private ISchedule dl4j;
  private Tracker djl;
  /** How closely each peer matched anneal over the whole run. */
  List<Agreement.Result> agreed;

  @Setup
  public void setup() {
    anneal = ScheduleFile.parse("bench.yaml", YAML, "").compile().get("lr");
    lambda = HandWritten::torchSequential;
    dl4j = Dl4jSchedules.torchSequential();
    djl = DjlTrackers.torchSequential();
    agreed = agreement(anneal, lambda, dl4j, djl);
    sample(LAST_STEP);
  }

  static List<Agreement.Result> agreement(Schedule anneal, Schedule lambda, ISchedule dl4j, Tracker djl) {
    return List.of(
        Agreement.check("torch-sequential: lambda", LAST_STEP, anneal::valueAt, lambda::valueAt, Agreement.DOUBLE, 0),
        Agreement.check("torch-sequential: dl4j", LAST_STEP, anneal::valueAt, s -> dl4j.valueAt((int) s, 0),
            Agreement.DOUBLE, 0),
        Agreement.check("torch-sequential: djl", LAST_STEP, anneal::valueAt,
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
    return dl4j.valueAt(step(), 0);
  }

  @Benchmark
  public float djl() {
    return djl.getNewValue(step());
  }
}
