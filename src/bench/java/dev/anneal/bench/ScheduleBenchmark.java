package dev.anneal.bench;

import static dev.anneal.Schedules.cosine;
import static dev.anneal.Schedules.warmup;

import dev.anneal.Schedule;
import dev.anneal.ScheduleFile;
import dev.anneal.spec.CosineAnnealingWarmRestarts;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One value of a compiled schedule, at a step that moves through the run. Run with the command in
 * docs/benchmarks.md (bench/jmh.sh); compiled only under the {@code bench} Maven profile.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScheduleBenchmark {
  private Schedule warmupCosine;
  private Schedule sgdr;
  private Schedule torchRestarts;
  private Schedule torchSequential;
  private long step;

  @Setup
  public void compile() {
    warmupCosine = Schedule.of(warmup(500, cosine(3e-4, 3e-5, 9_500)));
    sgdr = Schedule.of(cosine(0.1, 0.001, 10).restarting().withPeriodMult(2));
    torchRestarts = ScheduleFile.of(new CosineAnnealingWarmRestarts(10, 2, 0.001)).withBaseLr(0.1)
        .compile().get("lr");
    torchSequential = ScheduleFile.parse("bench.yaml", String.join("\n",
        "base_lr: 0.1",
        "schedule:",
        "  type: torch.SequentialLR",
        "  milestones: [10]",
        "  schedulers:",
        "    - {type: torch.LinearLR, start_factor: 0.01, total_iters: 10}",
        "    - {type: torch.CosineAnnealingLR, T_max: 90}"), "").compile().get("lr");
  }

  private long next() {
    step = (step + 7919) & ((1 << 20) - 1);
    return step;
  }

  @Benchmark
  public double warmupThenCosine() {
    return warmupCosine.valueAt(next());
  }

  @Benchmark
  public double restartsDoublingPeriods() {
    return sgdr.valueAt(next());
  }

  @Benchmark
  public double torchCosineAnnealingWarmRestarts() {
    return torchRestarts.valueAt(next());
  }

  @Benchmark
  public double torchSequentialLinearCosine() {
    return torchSequential.valueAt(next());
  }
}
