package dev.anneal.cli;

import dev.anneal.CheckedFile;
import dev.anneal.Phase;
import dev.anneal.Schedule;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code anneal plot}: a figure of every schedule of a file, or a preview in the terminal. */
final class PlotCommand implements Callable<Integer> {
  final CommandSpec spec = Specs.command(this, "plot",
      new String[] {"Draw every schedule of the file against the step: one panel per schedule (lr, momentum, ...)"
          + " over a shared step axis, dashed lines where the phases of a top-level sequence or warmup start.",
          "With --term, print a preview of lr in the terminal instead."},
      "", "Examples:", "  anneal plot -o lr.png samples/gpt-warmup-cosine.yaml",
      "  anneal plot --log -o lr.svg samples/sgdr-restarts.yaml",
      "  anneal plot --term samples/sgdr-restarts.yaml");

  {
    FileOptions.addTo(spec);
    Specs.option(spec, "--steps", "N", Long.class, null, "Draw steps 0..N-1 (default: the file's total_steps).");
    Specs.flag(spec, "--log", "Logarithmic value axis (non-positive values are left out).");
    Specs.option(spec, "-o,--output", "OUT", Path.class, null, "The figure to write: OUT.png or OUT.svg.");
    Specs.flag(spec, "--term", "Print a braille preview of lr on stdout (no -o needed).");
  }

  @Override
  public Integer call() {
    FileOptions input = FileOptions.of(spec);
    @Nullable Long steps = Specs.value(spec, "--steps");
    boolean log = Specs.value(spec, "--log");
    @Nullable Path output = Specs.value(spec, "--output");
    boolean term = Specs.value(spec, "--term");
    if (output == null && !term) throw new ParameterException(spec.commandLine(), "-o OUT.png|OUT.svg or --term is needed");
    if (output != null) {
      String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
      if (!name.endsWith(".png") && !name.endsWith(".svg")) {
        throw new ParameterException(spec.commandLine(), "-o must end in .png or .svg, got " + output);
      }
    }
    if (steps != null && steps < 1) throw new ParameterException(spec.commandLine(), "--steps must be >= 1, got " + steps);
    if (output != null && isSameFile(output, input.file)) {
      throw new ParameterException(spec.commandLine(), "-o must not be the input file, got " + output);
    }
    CheckedFile checked = input.check(spec.commandLine(), steps);
    long n = input.runLength(steps, checked.file(), spec.commandLine());
    Map<String, Schedule> schedules = checked.schedules();
    if (term) {
      PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8));
      out.print(Terminal.preview("lr", Finite.checked("lr", schedules.get("lr")), n));
      out.flush();
    }
    if (output != null) draw(checked, n, input.file, log, output);
    return 0;
  }

  /** Writes the figure of {@code schedules} (read from {@code source}) to {@code output}. */
  private static void draw(CheckedFile checked, long n, Path source, boolean log, Path output) {
    System.setProperty("java.awt.headless", "true");
    List<Charts.Panel> panels = new ArrayList<>();
    for (var entry : checked.schedules().entrySet()) {
      List<Long> boundaries = boundaries(checked.phases(entry.getKey(), n), n);
      long[] at = Charts.sampleSteps(n, boundaries);
      double[] values = new double[at.length];
      Schedule schedule = Finite.checked(entry.getKey(), entry.getValue());
      for (int i = 0; i < at.length; i++) values[i] = schedule.valueAt(at[i]);
      panels.add(new Charts.Panel(entry.getKey(), at, values, boundaries));
    }
    Path name = source.getFileName();
    String title = name == null ? source.toString() : name.toString();
    try {
      Charts.write(Charts.chart(title, panels, n, log), output, Charts.WIDTH, Charts.height(panels.size()));
    } catch (IOException | RuntimeException e) {
      // a full disk surfaces from the PNG encoder wrapped, or as an unchecked exception without a message
      throw new UncheckedIOException("cannot write " + output + ": " + why(e) + "; " + output + " is left as it was",
          e instanceof IOException io ? io : new IOException(e));
    }
  }

  /** The message of the innermost cause that has one. */
  private static String why(Throwable e) {
    String why = e.getClass().getSimpleName();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null) why = t.getMessage();
    }
    return why;
  }

  /** Whether {@code output} is the file {@code input} already (a link, another spelling of its path...). */
  private static boolean isSameFile(Path output, Path input) {
    try {
      return Files.exists(output) && Files.isSameFile(output, input);
    } catch (IOException e) {
      return false;
    }
  }

  /** The steps where a phase other than the first starts, below {@code n}. */
  private static List<Long> boundaries(List<Phase> phases, long n) {
    List<Long> out = new ArrayList<>();
    for (int i = 1; i < phases.size(); i++) {
      long b = phases.get(i).first();
      if (b > 0 && b < n) out.add(b);
    }
    return out;
  }
}
