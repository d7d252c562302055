package dev.anneal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anneal.RandomTrees;
import dev.anneal.ScheduleFile;
import dev.anneal.spec.Node;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code anneal export --to pytorch} run by PyTorch: on every golden torch case (and the shared golden
 * set's, where {@code ../shared/golden/torch} lies beside the clone), every sample, the
 * files of {@code cli/src/test/resources/export} (a torch node inside a native tree, several
 * schedules, every native node) and 20 seeded random native trees, the generated module's scheduler, stepped k times, leaves in the
 * optimizer what {@code anneal table} prints at step k, and each {@code SCHEDULES} function agrees
 * too: within 1e-12 relative for native trees (a LambdaLR over the closed form), within anneal's
 * PyTorch contract ({@code 1e-9 * |torch| + 1e-12}) for the real torch schedulers. Skipped, saying
 * so, where python3 with torch is not installed ({@code ANNEAL_PYTHON} names another interpreter).
 */
class ExportPytorchTest {
  static final double NATIVE = 1e-12;
  static final int RANDOM_TREES = 20;
  static final long RANDOM_SEED = 16;

  /** The scheduler is stepped over the first {@value} steps of a sample at most (the functions over all). */
  static final long SAMPLE_SCHEDULER_STEPS = 20_000;

  /** A case: N steps compared, the scheduler over the first {@code schedulerSteps}, on an optimizer with {@code lr}. */
  record Case(String name, String kind, Path file, long steps, long schedulerSteps, double lr) {}

  record Outcome(List<String> names, List<double[]> rows, String error) {}

  @TempDir static Path dir;
  static final List<Case> CASES = new ArrayList<>();
  static final Map<String, String> MODULES = new HashMap<>();
  static final Map<String, Outcome> OUTCOMES = new HashMap<>();
  static final Map<String, Double> WORST = new HashMap<>();

  static String python() {
    String python = System.getenv("ANNEAL_PYTHON");
    return python != null ? python : Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
  }

  static boolean torchAvailable() {
    try {
      Process p = new ProcessBuilder(python(), "-c", "import torch").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @BeforeAll
  static void runAllInOnePython() throws Exception {
    boolean available = torchAvailable();
    if (!available) System.err.println("ExportPytorchTest: SKIPPED, " + python() + " cannot import torch");
    Assumptions.assumeTrue(available, python() + " cannot import torch: the exported PyTorch code is not run");
    for (String folder : List.of("src/test/resources/golden/torch", "src/test/resources/golden/torch-extra",
        "../shared/golden/torch")) {
      if (!Files.isDirectory(Path.of(folder))) continue;   // the shared golden set, where it lies beside the clone
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        for (Path yaml : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
          Path csv = Path.of(yaml.toString().replace(".yaml", ".csv"));
          long rows = Files.readAllLines(csv).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).count() - 1;
          CASES.add(new Case("golden_" + (folder.startsWith("..") ? "shared" : Path.of(folder).getFileName().toString().replace('-', '_')) + "_"
              + stem(yaml), "torch golden", yaml, rows, rows, 0.1));
        }
      }
    }
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      for (Path yaml : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        String text = dev.anneal.ScheduleText.read(yaml);
        ScheduleFile file = ScheduleFile.parse(yaml.toString(), text, new Where(null, Where.project()).of(yaml.toString(), yaml, text));
        long steps = file.totalSteps();
        CASES.add(new Case("sample_" + stem(yaml), "sample", yaml, steps, Math.min(steps, SAMPLE_SCHEDULER_STEPS), 0.37));
      }
    }
    try (Stream<Path> files = Files.list(Path.of("cli/src/test/resources/export"))) {
      for (Path yaml : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        long steps = ScheduleFile.load(yaml).totalSteps();
        CASES.add(new Case("mixed_" + stem(yaml), "export case", yaml, steps, steps, 0.37));
      }
    }
    int drawn = 0;
    for (Node tree : RandomTrees.seeded(RANDOM_SEED, 3 * RANDOM_TREES)) {
      if (drawn == RANDOM_TREES) break;
      ScheduleFile settings = RandomTrees.FILE_SETTINGS;
      String yaml = new ScheduleFile(settings.totalSteps(), settings.stepsPerEpoch(), null, Map.of("lr", tree)).toYaml();
      Path file = dir.resolve("random-" + drawn + ".yaml");
      Files.writeString(file, yaml);
      if (Cli.run("validate", file.toString()).status() != 0) continue;
      CASES.add(new Case("random_" + drawn++, "random native", file, 1200, 1200, 0.37));
    }
    StringBuilder manifest = new StringBuilder();
    for (Case c : CASES) {
      Cli.Run export = Cli.run("export", "--to", "pytorch", c.file().toString());
      assertThat(export.status()).as(c.name() + ": " + export.err()).isZero();
      MODULES.put(c.name(), export.out());
      Path module = dir.resolve(c.name() + ".py");
      Files.writeString(module, export.out());
      manifest.append(c.name()).append(' ').append(module).append(' ').append(c.steps()).append(' ')
          .append(c.schedulerSteps()).append(' ').append(c.lr()).append('\n');
    }
    Files.writeString(dir.resolve("manifest"), manifest);
    Path driver = dir.resolve("export_driver.py");
    try (InputStream in = ExportPytorchTest.class.getResourceAsStream("export_driver.py")) {
      Files.write(driver, in.readAllBytes());
    }
    Process p = new ProcessBuilder(python(), driver.toString(), dir.resolve("manifest").toString(),
        dir.resolve("out").toString()).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(log).isZero();
    read(dir.resolve("out"));
  }

  static String stem(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.')).replace('-', '_');
  }

  static void read(Path out) throws IOException {
    String name = null;
    List<String> names = null;
    List<double[]> rows = null;
    for (String line : Files.readAllLines(out)) {
      if (line.startsWith("case ") || line.startsWith("error ")) {
        if (name != null) OUTCOMES.put(name, new Outcome(names, rows, null));
        String[] words = line.split(" ");
        name = words[1];
        if (line.startsWith("error ")) {
          OUTCOMES.put(name, new Outcome(List.of(), List.of(), line));
          name = null;
          continue;
        }
        names = List.of(words).subList(2, words.length);
        rows = new ArrayList<>();
      } else {
        String[] words = line.split(" ");
        double[] row = new double[words.length];
        for (int i = 0; i < words.length; i++) row[i] = number(words[i]);
        rows.add(row);
      }
    }
    if (name != null) OUTCOMES.put(name, new Outcome(names, rows, null));
  }

  /** A Python repr of a float: Java's syntax, but for nan and inf. */
  static double number(String repr) {
    return switch (repr) {
      case "nan" -> Double.NaN;
      case "inf" -> Double.POSITIVE_INFINITY;
      case "-inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(repr);
    };
  }

  @TestFactory
  Stream<DynamicTest> theExportedSchedulerGivesAnnealsTable() {
    return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
  }

  static void check(Case c) {
    Outcome outcome = OUTCOMES.get(c.name());
    assertThat(outcome).as(c.name() + " was not run").isNotNull();
    assertThat(outcome.error()).as(MODULES.get(c.name())).isNull();
    Cli.Run table = Cli.run("table", "--steps", Long.toString(c.steps()), c.file().toString());
    assertThat(table.status()).as(table.err()).isZero();
    String[] lines = table.out().split("\n");
    List<String> columns = List.of(lines[0].split(","));
    assertThat(outcome.rows()).hasSize(lines.length - 1);
    boolean torch = MODULES.get(c.name()).contains("def _build_lr(");
    double tolerance = torch ? 1e-9 : NATIVE;
    for (int k = 0; k + 1 < lines.length; k++) {
      String[] cells = lines[k + 1].split(",");
      double[] py = outcome.rows().get(k);
      String where = c.name() + " at step " + k;
      if (k < c.schedulerSteps()) {
        agree(where + ": the optimizer's lr", c.kind(), torch, py[0], Double.parseDouble(cells[1]), tolerance);
      }
      int momentum = columns.indexOf("momentum");
      if (torch && momentum > 0 && k < c.schedulerSteps()) {
        agree(where + ": the optimizer's momentum", c.kind(), torch, py[1], Double.parseDouble(cells[momentum]), tolerance);
      }
      for (int i = 0; i < outcome.names().size(); i++) {
        String name = outcome.names().get(i);
        agree(where + ": SCHEDULES['" + name + "']", c.kind(), torch, py[2 + i],
            Double.parseDouble(cells[columns.indexOf(name)]), tolerance);
      }
    }
  }

  static void agree(String what, String kind, boolean torch, double python, double anneal, double relative) {
    double error = anneal == python ? 0 : Math.abs(python - anneal) / Math.abs(anneal);
    WORST.merge(kind + (torch ? " (torch)" : " (native)"), error, Math::max);
    double allowed = relative * Math.abs(anneal) + (torch ? 1e-12 : 0);
    assertThat(Math.abs(python - anneal)).as(what + ": python " + python + ", anneal " + anneal).isLessThanOrEqualTo(allowed);
  }

  /** The README's training loop runs on the exported module and leaves the lr of step 10,000. */
  @org.junit.jupiter.api.Test
  void theReadmeTrainingLoopRuns() throws Exception {
    java.util.regex.Matcher block = java.util.regex.Pattern.compile("## Use it in training.*?```python\n(.*?)```",
        java.util.regex.Pattern.DOTALL).matcher(Files.readString(Path.of("README.md")));
    assertThat(block.find()).isTrue();
    Path folder = Files.createDirectories(dir.resolve("readme"));
    Cli.Run export = Cli.run("export", "--to", "pytorch", "samples/warmup-cosine.yaml");
    Files.writeString(folder.resolve("schedule.py"), export.out());
    Files.writeString(folder.resolve("main.py"), block.group(1)
        + "lr = optimizer.param_groups[0]['lr']\nassert abs(lr - SCHEDULES['lr'](10_000)) <= 1e-12 * lr, lr\nprint('ok', lr)\n");
    Process p = new ProcessBuilder(python(), "main.py").directory(folder.toFile()).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(log).as(log).startsWith("ok 3e-05");
  }

  @org.junit.jupiter.api.AfterAll
  static void report() {
    System.out.println("ExportPytorchTest: " + CASES.size() + " cases; worst relative error by kind: " + WORST);
  }
}
