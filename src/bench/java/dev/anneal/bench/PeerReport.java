package dev.anneal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs JMH with the given command line (as {@code org.openjdk.jmh.Main} takes it; without a
 * benchmark regex, the peer benchmarks {@code *Bench}), after checking
 * that every peer agrees with anneal, then prints a markdown table: each benchmark's ns/op and its
 * ratio to the hand-written {@code lambda} of the same shape and order (and the same for the CPU
 * time per operation, with {@code -prof dev.anneal.bench.CpuTimeProfiler}; the B/op of
 * {@code -prof gc}), and whether anneal meets
 * the goal (at most {@value #GOAL}x the lambda, faster than DL4J and DJL). With
 * {@code -Dbench.table=FILE} the table is written there too. Used by bench/jmh.sh.
 */
public final class PeerReport {
  static final double GOAL = 1.3;
  /** The peer benchmarks, run when the command line names none. */
  static final String PEERS = "dev\\.anneal\\.bench\\.\\w+Bench\\.";
  private static final List<String> ORDER = List.of("anneal", "lambda", "dl4j", "djl");

  private PeerReport() {}

  public static void main(String[] args) throws IOException, RunnerException, CommandLineOptionException {
    CommandLineOptions command = new CommandLineOptions(args);
    if (command.shouldHelp() || command.shouldList() || command.shouldListWithParams()
        || command.shouldListProfilers() || command.shouldListResultFormats()) {
      org.openjdk.jmh.Main.main(args);
      return;
    }
    printAgreement();
    Options options = command.getIncludes().isEmpty()
        ? new OptionsBuilder().parent(command).include(PEERS).build()
        : command;
    Collection<RunResult> results = new Runner(options).run();
    String table = table(results);
    System.out.println();
    System.out.print(table);
    String file = System.getProperty("bench.table");
    if (file != null) {
      Files.writeString(Path.of(file), table);
      System.out.println("\n(written to " + file + ")");
    }
  }

  /** The agreement of every peer with anneal, exhaustively over each run. */
  static void printAgreement() {
    System.out.println("Each peer against anneal at every step of the run:");
    WarmupCosineBench a = new WarmupCosineBench();
    WarmupRestartsBench b = new WarmupRestartsBench();
    TorchSequentialBench c = new TorchSequentialBench();
    a.order = b.order = c.order = "ascending";
    a.setup();
    b.setup();
    c.setup();
    for (List<Agreement.Result> agreed : List.of(a.agreed, b.agreed, c.agreed)) {
      agreed.forEach(r -> System.out.println("  " + r));
    }
    System.out.println();
  }

  private record Row(String shape, String method, String order, double score, double error, double cpu,
      double cpuError, double bytes) {}

  /** A secondary result by name; JMH 1.37 names gc.alloc.rate.norm, older ones ·gc.alloc.rate.norm. */
  private static Result<?> secondary(RunResult run, String name) {
    Result<?> r = run.getSecondaryResults().get(name);
    return r != null ? r : run.getSecondaryResults().get("\u00b7" + name);
  }

  /** Whether anneal meets the goal against the lambda and both peers, with the ratios. */
  private static String verdict(double anneal, double lambda, double dl4j, double djl) {
    boolean meets = anneal / lambda <= GOAL && anneal < dl4j && anneal < djl;
    return String.format(Locale.ROOT, "anneal %.2fx the lambda, %.2fx DL4J, %.2fx DJL: %s", anneal / lambda,
        anneal / dl4j, anneal / djl, meets ? "meets the goal" : "MISSES the goal");
  }

  private static String ratio(double a, double b) {
    return Double.isNaN(b) ? "—" : String.format(Locale.ROOT, "%.2f", a / b);
  }

  static String table(Collection<RunResult> results) {
    List<Row> rows = new ArrayList<>();
    for (RunResult run : results) {
      String name = run.getParams().getBenchmark();
      String simple = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      String shape = simple.substring(0, simple.indexOf('.')).replaceFirst("Bench$", "");
      String method = simple.substring(simple.indexOf('.') + 1);
      String order = run.getParams().getParam("order");
      Result<?> primary = run.getPrimaryResult();
      Result<?> alloc = secondary(run, "gc.alloc.rate.norm");
      Result<?> cpu = secondary(run, "cpu.time");
      rows.add(new Row(shape, method, order == null ? "" : order, primary.getScore(), primary.getScoreError(),
          cpu == null ? Double.NaN : cpu.getScore(), cpu == null ? Double.NaN : cpu.getScoreError(),
          alloc == null ? Double.NaN : alloc.getScore()));
    }
    rows.sort(Comparator.comparing(Row::shape).thenComparing(Row::order)
        .thenComparing(r -> ORDER.indexOf(r.method()) < 0 ? 99 : ORDER.indexOf(r.method()))
        .thenComparing(Row::method));
    Map<String, Row> byKey = new LinkedHashMap<>();
    for (Row r : rows) byKey.put(r.shape() + "/" + r.order() + "/" + r.method(), r);
    boolean bytes = rows.stream().anyMatch(r -> !Double.isNaN(r.bytes()));
    boolean cpu = rows.stream().anyMatch(r -> !Double.isNaN(r.cpu()));

    StringBuilder out = new StringBuilder();
    out.append("| benchmark | order | ns/op | ratio to lambda |").append(cpu ? " CPU ns/op | its ratio |" : "")
        .append(bytes ? " B/op |" : "").append('\n');
    out.append("|---|---|---:|---:|").append(cpu ? "---:|---:|" : "").append(bytes ? "---:|" : "").append('\n');
    for (Row r : rows) {
      Row lambda = byKey.get(r.shape() + "/" + r.order() + "/lambda");
      out.append(String.format(Locale.ROOT, "| %s.%s | %s | %.2f ± %.2f | %s |", r.shape(), r.method(),
          r.order(), r.score(), r.error(), ratio(r.score(), lambda == null ? Double.NaN : lambda.score())));
      if (cpu) {
        out.append(String.format(Locale.ROOT, " %.2f ± %.2f | %s |", r.cpu(), r.cpuError(),
            ratio(r.cpu(), lambda == null ? Double.NaN : lambda.cpu())));
      }
      if (bytes) out.append(Double.isNaN(r.bytes()) ? " |" : String.format(Locale.ROOT, " %.0f |", r.bytes()));
      out.append('\n');
    }
    List<String> verdicts = new ArrayList<>();
    for (Row r : rows) {
      if (!r.method().equals("anneal")) continue;
      String key = r.shape() + "/" + r.order() + "/";
      Row lambda = byKey.get(key + "lambda");
      Row dl4j = byKey.get(key + "dl4j");
      Row djl = byKey.get(key + "djl");
      if (lambda == null || dl4j == null || djl == null) continue;
      String verdict = verdict(r.score(), lambda.score(), dl4j.score(), djl.score());
      if (cpu) verdict += "; by CPU time " + verdict(r.cpu(), lambda.cpu(), dl4j.cpu(), djl.cpu());
      verdicts.add("- " + r.shape() + ", " + r.order() + ": " + verdict);
    }
    if (!verdicts.isEmpty()) {
      out.append("\nThe goal: anneal at most ").append(GOAL).append("x the lambda and faster than DL4J and DJL.\n");
      out.append(String.join("\n", verdicts)).append('\n');
    }
    return out.toString();
  }
}
