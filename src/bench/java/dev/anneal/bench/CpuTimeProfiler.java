package dev.anneal.bench;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * {@code -prof dev.anneal.bench.CpuTimeProfiler}: the CPU time the benchmark's JVM used per
 * operation ({@code cpu.time}, ns/op). Unlike the wall-clock score it leaves out the time the
 * machine gave to other processes, so it stays usable on a busy 2-core machine; on an idle one the
 * two agree (it includes the JIT and GC threads, idle once warmed up).
 */
public final class CpuTimeProfiler implements InternalProfiler {
  private long start;

  @Override
  public String getDescription() {
    return "CPU time of the benchmark JVM per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    start = cpuNanos();
  }

  @Override
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration,
      IterationResult result) {
    long used = cpuNanos() - start;
    long ops = result.getMetadata().getMeasuredOps();
    return List.of(new ScalarResult("cpu.time", (double) used / ops, "ns/op", AggregationPolicy.AVG));
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
