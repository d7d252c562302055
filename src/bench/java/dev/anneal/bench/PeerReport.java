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

/**
 * Runs JMH with the given command line (as {@code org.openjdk.jmh.Main} takes it), after checking
 * that every peer agrees with anneal, then prints a markdown table: each benchmark's ns/op and its
 * ratio to the hand-written {@code lambda} of the same shape and order, and whether anneal meets
 * the goal (at most {@value #GOAL}x the lambda, faster than DL4J and DJL). With
 * {@code -Dbench.table=FILE} the table is written there too. Used by bench/jmh.sh.
 */
public final class PeerReport {
  static final double GOAL = 1.3;
  private static final List<String> ORDER = List.of("anneal", "lambda", "dl4j", "djl");

  private PeerReport() {}

  public static void main(String[] args) throws IOException, RunnerException, CommandLineOptionException {
    printAgreement();
    CommandLineOptions options = new CommandLineOptions(args);
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

  private record Row(String shape, String method, String order, double score, double error, double bytes) {}

  static String table(Collection<RunResult> results) {
    List<Row> rows = new ArrayList<>();
    for (RunResult run : results) {
      String name = run.getParams().getBenchmark();
      String simple = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      String shape = simple.substring(0, simple.indexOf('.')).replaceFirst("Bench$", "");
      String method = simple.substring(simple.indexOf('.') + 1);
      String order = run.getParams().getParam("order");
      Result<?> primary = run.getPrimaryResult();
      Result<?> alloc = run.getSecondaryResults().get("·gc.alloc.rate.norm");
      rows.add(new Row(shape, method, order == null ? "" : order, primary.getScore(), primary.getScoreError(),
          alloc == null ? Double.NaN : alloc.getScore()));
    }
    rows.sort(Comparator.comparing(Row::shape).thenComparing(Row::order)
        .thenComparing(r -> ORDER.indexOf(r.method()) < 0 ? 99 : ORDER.indexOf(r.method()))
        .thenComparing(Row::method));
    Map<String, Row> byKey = new LinkedHashMap<>();
    for (Row r : rows) byKey.put(r.shape() + "/" + r.order() + "/" + r.method(), r);
    boolean bytes = rows.stream().anyMatch(r -> !Double.isNaN(r.bytes()));

    StringBuilder out = new StringBuilder();
    out.append("| benchmark | order | ns/op | ratio to lambda |").append(bytes ? " B/op |" : "").append('\n');
    out.append("|---|---|---:|---:|").append(bytes ? "---:|" : "").append('\n');
    for (Row r : rows) {
      Row lambda = byKey.get(r.shape() + "/" + r.order() + "/lambda");
      out.append(String.format(Locale.ROOT, "| %s.%s | %s | %.2f ± %.2f | %s |", r.shape(), r.method(), r.order(),
          r.score(), r.error(), lambda == null ? "—" : String.format(Locale.ROOT, "%.2f", r.score() / lambda.score())));
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
      double ratio = r.score() / lambda.score();
      boolean meets = ratio <= GOAL && r.score() < dl4j.score() && r.score() < djl.score();
      verdicts.add(String.format(Locale.ROOT, "- %s, %s: anneal %.2fx the lambda, %.2fx DL4J, %.2fx DJL: %s",
          r.shape(), r.order(), ratio, r.score() / dl4j.score(), r.score() / djl.score(),
          meets ? "meets the goal" : "MISSES the goal (<= " + GOAL + "x the lambda, faster than both peers)"));
    }
    if (!verdicts.isEmpty()) out.append('\n').append(String.join("\n", verdicts)).append('\n');
    return out.toString();
  }
}
