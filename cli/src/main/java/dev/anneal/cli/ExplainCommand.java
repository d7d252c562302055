package dev.anneal.cli;

import dev.anneal.CheckedFile;
import dev.anneal.Phase;
import dev.anneal.Schedule;
import dev.anneal.ScheduleFile;
import dev.anneal.diagnostic.Numbers;
import dev.anneal.spec.Node;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code anneal explain}: what a schedule file does, in words. */
final class ExplainCommand implements Callable<Integer> {
  /** Every step is scanned for the peak and the lowest value up to this many steps; above, a sample. */
  static final long SCAN_ALL = 2_000_000;
  private static final int CHUNK = 4096;

  final CommandSpec spec = Specs.command(this, "explain",
      new String[] {"Say in words what every schedule of the file does over steps 0..N-1: its phases with their"
          + " first and last step, shape, start and end value; then its peak and lowest value and where.",
          "Warnings about valid but suspicious settings (as anneal validate gives) go to stderr first."},
      "", "Examples:", "  anneal explain samples/gpt-warmup-cosine.yaml",
      "  anneal explain --at /train/optim samples/experiment-config.yaml");

  {
    FileOptions.addTo(spec);
    Specs.option(spec, "--steps", "N", Long.class, null, "Explain steps 0..N-1 (default: the file's total_steps).");
    Specs.flag(spec, "--strict", "Warnings (valid but suspicious settings) fail: exit status 1, no explanation.");
  }

  @Override
  public Integer call() {
    FileOptions input = FileOptions.of(spec);
    @Nullable Long steps = Specs.value(spec, "--steps");
    boolean strict = Specs.value(spec, "--strict");
    if (steps != null && steps < 1) throw new ParameterException(spec.commandLine(), "--steps must be >= 1, got " + steps);
    PrintWriter err = spec.commandLine().getErr();
    CheckedFile checked = input.check(spec.commandLine(), steps);
    ScheduleFile file = checked.file();
    long n = input.runLength(steps, file, spec.commandLine());
    checked.warnings().forEach(p -> err.println(ProblemFormats.text(p)));
    err.flush();
    if (strict && !checked.warnings().isEmpty()) return 1;
    PrintWriter out = spec.commandLine().getOut();
    out.print(explain(input, checked, n));
    out.flush();
    return 0;
  }

  static String explain(FileOptions input, CheckedFile checked, long n) {
    ScheduleFile file = checked.file();
    Map<String, Schedule> schedules = checked.schedules();
    StringBuilder out = new StringBuilder();
    out.append(input.file).append(checked.at().isEmpty() ? "" : " at " + checked.at()).append(": ")
        .append(schedules.size() == 1 ? "1 schedule" : schedules.size() + " schedules")
        .append(" (").append(String.join(", ", schedules.keySet())).append(") over ").append(n)
        .append(n == 1 ? " step" : " steps").append(", 0 to ").append(n - 1).append('\n');
    Node lr = file.schedules().get("lr");
    for (var entry : schedules.entrySet()) {
      String name = entry.getKey();
      Schedule schedule = Finite.checked(name, entry.getValue());
      Node node = file.schedules().get(name);
      out.append('\n').append(name);
      if (node == null) {
        out.append(" (the momentum that ").append(lr.type()).append(" cycles with its lr)");
        node = lr;
      } else {
        out.append(" (").append(node.type()).append(')');
      }
      out.append('\n');
      List<Phase> phases = checked.phases(name, n);
      int i = 1;
      for (Phase phase : phases) {
        out.append(String.format(Locale.ROOT, "  phase %d: ", i++));
        if (!phase.isReached()) {
          out.append(phase.shape()).append(" from step ").append(phase.first())
              .append(", not reached within ").append(n).append(" steps\n");
          continue;
        }
        long length = phase.last() - phase.first() + 1;
        out.append("steps ").append(phase.first()).append(" to ").append(phase.last())
            .append(" (").append(length).append(length == 1 ? " step" : " steps").append("), ")
            .append(phase.shape()).append(", ")
            .append(value(schedule.valueAt(phase.first()))).append(" -> ")
            .append(value(schedule.valueAt(phase.last()))).append('\n');
      }
      extremes(out, schedule, n, phases);
    }
    return out.toString();
  }

  /**
   * The peak and the lowest value, and where: every step up to {@link #SCAN_ALL}, else every
   * {@code stride}-th step, the last one and both ends of every phase (where a monotone phase has
   * its extremes), in step order; the strided steps are read in bulk, so a replayed PyTorch chain
   * goes forward once.
   */
  private static void extremes(StringBuilder out, Schedule schedule, long n, List<Phase> phases) {
    long stride = n <= SCAN_ALL ? 1 : (n - 1) / SCAN_ALL + 1; // ceil(n / SCAN_ALL), without overflow
    TreeSet<Long> ends = new TreeSet<>();
    if (stride > 1) {
      for (Phase phase : phases) {
        if (phase.isReached()) ends.addAll(List.of(phase.first(), phase.last()));
      }
    }
    Extremes max = new Extremes(1);
    Extremes min = new Extremes(-1);
    long regular = (n - 1) / stride + 1; // the steps 0, stride, ... up to n - 1, read in bulk
    double[] chunk = new double[(int) Math.min(CHUNK, regular)];
    for (long i = 0; i < regular; i += chunk.length) {
      double[] into = regular - i >= chunk.length ? chunk : new double[(int) (regular - i)];
      schedule.fill(into, i * stride, stride);
      for (int j = 0; j < into.length; j++) {
        long step = (i + j) * stride;
        while (!ends.isEmpty() && ends.first() < step) see(schedule, ends.pollFirst(), max, min);
        ends.remove(step);
        max.see(step, into[j]);
        min.see(step, into[j]);
      }
    }
    while (!ends.isEmpty() && ends.first() < n - 1) see(schedule, ends.pollFirst(), max, min);
    if ((regular - 1) * stride != n - 1) see(schedule, n - 1, max, min);
    out.append("  peak   ").append(value(max.value)).append(max.where()).append('\n');
    out.append("  lowest ").append(value(min.value)).append(min.where()).append('\n');
    if (stride > 1) {
      out.append("  (peak and lowest from every ").append(stride).append("th step, the last and the ends of each phase)\n");
    }
  }

  private static void see(Schedule schedule, long step, Extremes max, Extremes min) {
    double v = schedule.valueAt(step);
    max.see(step, v);
    min.see(step, v);
  }

  /** The highest ({@code sign} 1) or lowest ({@code sign} -1) value seen, and the steps where it was. */
  private static final class Extremes {
    private final int sign;
    private double value = Double.NaN;
    private long first;
    private long last;
    private long count;

    Extremes(int sign) {
      this.sign = sign;
    }

    void see(long step, double v) {
      if (count == 0 || sign * v > sign * value) {
        value = v;
        first = step;
        count = 0;
      }
      if (v == value) {
        last = step;
        count++;
      }
    }

    String where() {
      return ExplainCommand.where(first, last, count);
    }
  }

  private static String where(long first, long last, long count) {
    if (count == 1) return " at step " + first;
    if (last - first + 1 == count) return " at steps " + first + " to " + last;
    return " at step " + first + " and " + (count - 1) + " more, the last at step " + last;
  }

  /** {@code %.6g} without trailing zeros: 0.001, 6.0e-05 as 6e-05, 0 as 0. */
  static String value(double v) {
    return Numbers.sixDigits(v);
  }
}
