package dev.anneal.cli;

import dev.anneal.Schedule;
import dev.anneal.ScheduleFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code anneal table}: the schedule as CSV, one row per step. */
@Command(name = "table", mixinStandardHelpOptions = true,
    description = "Print the schedule as CSV: step,lr[,other schedules], one row per step 0, K, 2K, ... below N.",
    footer = {"", "Example:", "  anneal table --steps 1000 --every 100 samples/warmup-cosine.yaml"})
final class TableCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin FileOptions input;

  @Option(names = "--steps", paramLabel = "N", description = "Rows below step N (default: the file's total_steps).")
  Long steps;

  @Option(names = "--every", paramLabel = "K", defaultValue = "1", description = "One row every K steps (default: 1).")
  long every;

  @Override
  public Integer call() {
    if (every < 1) throw new ParameterException(spec.commandLine(), "--every must be >= 1, got " + every);
    if (steps != null && steps < 0) throw new ParameterException(spec.commandLine(), "--steps must be >= 0, got " + steps);
    ScheduleFile file = input.load(spec.commandLine().getErr());
    if (file == null) return 1;
    Long n = steps != null ? steps : file.totalSteps();
    if (n == null) {
      throw new ParameterException(spec.commandLine(),
          "--steps is needed: " + input.file + " has no total_steps");
    }
    write(file.compile(), n);
    return 0;
  }

  private void write(Map<String, Schedule> schedules, long n) {
    Schedule[] columns = schedules.values().toArray(Schedule[]::new);
    try {
      Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.US_ASCII), 1 << 16);
      out.write("step," + String.join(",", schedules.keySet()) + "\n");
      StringBuilder row = new StringBuilder(64);
      for (long step = 0; step < n; step += every) {
        row.setLength(0);
        row.append(step);
        for (Schedule column : columns) row.append(',').append(column.valueAt(step));
        row.append('\n');
        out.append(row);
        if (step > Long.MAX_VALUE - every) break;
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the table: " + e.getMessage(), e);
    }
  }
}
