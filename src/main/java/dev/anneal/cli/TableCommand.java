package dev.anneal.cli;

import dev.anneal.Schedule;
import dev.anneal.ScheduleFile;
import java.io.PrintStream;
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
    ScheduleFile file = input.load(spec.commandLine());
    if (file == null) return 1;
    long n = input.runLength(steps, file, spec.commandLine());
    write(file.compile(), n);
    return 0;
  }

  /**
   * Rows go into one text buffer, written out as ASCII bytes every 64 KiB. When the reader goes
   * away ({@code | head}), the rows stop: there is nothing to report.
   */
  private void write(Map<String, Schedule> schedules, long n) {
    Schedule[] columns = schedules.values().toArray(Schedule[]::new);
    PrintStream out = System.out;
    StringBuilder text = new StringBuilder(1 << 17);
    text.append("step,").append(String.join(",", schedules.keySet())).append('\n');
    for (long step = 0; step < n; step += every) {
      text.append(step);
      for (Schedule column : columns) text.append(',').append(column.valueAt(step));
      text.append('\n');
      if (text.length() >= 1 << 16) {
        if (!flush(out, text)) return;
      }
      if (step > Long.MAX_VALUE - every) break;
    }
    flush(out, text);
  }

  /** Writes and empties {@code text}; false when the output is gone. */
  private static boolean flush(PrintStream out, StringBuilder text) {
    byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);
    out.write(bytes, 0, bytes.length);
    out.flush();
    text.setLength(0);
    return !out.checkError();
  }
}
