package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.ScheduleFileException;
import dev.anneal.spec.OneCycleLR;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Load-time validation: the JSON Schema, the binder's rules, and hostile input. */
public class ValidationTest {

  static List<Problem> problems(String text) {
    return problems("f.yaml", text);
  }

  static List<Problem> problems(String name, String text) {
    ScheduleFileException e = catchThrowableOfType(ScheduleFileException.class,
        () -> ScheduleFile.parse(name, text, ""));
    assertThat(e).as("expected problems in:\n" + text).isNotNull();
    return e.problems();
  }

  static void assertOne(String text, int line, int column, String message) {
    List<Problem> got = problems(text);
    assertThat(got).extracting(Problem::toString).containsExactly("f.yaml:" + line + ":" + column + ": error: " + message);
  }

  // --- the JSON Schema -------------------------------------------------------------------------

  @Test
  void unknownTypeSaysTheClosestType() {
    assertOne("total_steps: 100\nschedule:\n  type: cosin\n  steps: 10\n", 3, 9,
        "/schedule/type: type must be a known node type, got cosin; did you mean cosine?");
  }

  @Test
  void unknownKeySaysDidYouMean() {
    List<Problem> got = problems("schedule:\n  type: cosine\n  from: 1\n  steps: 10\n  ot: 0\n");
    assertThat(got).extracting(Problem::toString).containsExactly(
        "f.yaml:5:3: error: /schedule/ot: unknown key ot in cosine; did you mean to? (expected one of type, from, to, steps, k)");
    assertThat(got.get(0).pointer()).isEqualTo("/schedule/ot");
  }

  @Test
  void unknownKeyAtTheTopExplainsTheMissingSchedule() {
    // one root cause, one problem: the misspelt key, not also "got neither"
    assertThat(problems("total_steps: 100\nschedul:\n  type: cosine\n  steps: 10\n")).extracting(Problem::toString)
        .containsExactly(
            "f.yaml:2:1: error: /schedul: unknown key schedul in a schedule file; did you mean schedule?"
                + " (expected one of total_steps, steps_per_epoch, base_lr, schedule, schedules)");
  }

  @Test
  void missingKeyIsReportedAtItsNode() {
    assertOne("schedule:\n  type: linear\n  to: 1\n", 2, 3,
        "/schedule: linear needs steps (a duration such as 500, \"5%\" or \"3ep\"), got no steps");
  }

  @Test
  void everyMissingKeyIsReported() {
    assertThat(problems("schedule:\n  type: linear\n")).extracting(Problem::fullMessage).containsExactly(
        "/schedule: linear needs to (a number), got no to",
        "/schedule: linear needs steps (a duration such as 500, \"5%\" or \"3ep\"), got no steps");
  }

  @Test
  void wrongTypeOfValue() {
    assertOne("total_steps: x\nschedule: {type: cosine, from: 1, steps: 10}\n", 1, 14,
        "/total_steps: total_steps must be an integer, got \"x\"");
  }

  @Test
  void badDuration() {
    assertOne("total_steps: 100\nschedule:\n  type: sequence\n  parts:\n"
        + "    - {type: linear, from: 0, to: 1, steps: \"5x\"}\n    - {type: cosine, to: 0, steps: rest}\n", 5, 45,
        "/schedule/parts/0/steps: steps must be a duration: a positive integer, \"N%\", \"Nep\" or rest, got \"5x\"");
  }

  @Test
  void restOutsideASequenceIsOneProblem() {
    assertOne("schedule:\n  type: warmup\n  steps: rest\n  then: {type: cosine, from: 1, steps: 10}\n", 3, 10,
        "/schedule/steps: steps: rest is only allowed on a part of a sequence, got \"rest\"");
  }

  @Test
  void numberBelowItsMinimum() {
    assertOne("schedule:\n  type: warmup\n  steps: 10\n  then: {type: cosine, from: 1, steps: 0}\n", 4, 40,
        "/schedule/then/steps: steps must be >= 1, got 0");
  }

  @Test
  void torchTotalItersMustBeAtLeastOneAsInJava() {
    assertOne("base_lr: 0.1\nschedule: {type: torch.LinearLR, total_iters: 0}\n", 2, 47,
        "/schedule/total_iters: total_iters must be >= 1, got 0");
  }

  @Test
  void constantLrFactorZeroIsRefusedSincePyTorchDividesByIt() {
    assertOne("base_lr: 0.1\nschedule: {type: torch.ConstantLR, factor: 0.0, total_iters: 3}\n", 2, 44,
        "/schedule/factor: factor must be > 0, got 0.0");
    assertThatCode(() -> new dev.anneal.spec.ConstantLR(0.0, 3))
        .hasMessageContaining("PyTorch divides by it at total_iters");
  }

  static OneCycleLR cycle(long totalSteps, double pctStart, boolean threePhase) {
    return new OneCycleLR(0.1, totalSteps, null, null, pctStart, "cos", true, 0.85, 0.95, 25.0, 1e4, threePhase);
  }

  @Test
  void oneCycleWithAnEmptyPhaseIsRefusedSincePyTorchDividesByItsLength() {
    // pct_start * total_steps == 1: the warm-up phase ends at step 0 (0 / 0 at construction)
    assertThatCode(() -> cycle(10, 0.1, false)).hasMessageContaining("phase 1 is");
    // pct_start 1: the last phase starts and ends at total_steps - 1 (0 / 0 at step total_steps)
    assertThatCode(() -> cycle(20, 1.0, false)).hasMessageContaining("phase 2 is");
    // three phases, pct_start * total_steps == 1: the second phase is empty, reached at step 1
    assertThatCode(() -> cycle(10, 0.1, true))
        .hasMessageContaining("phase");
    // pct_start 0 works in PyTorch (the warm-up phase is never selected)
    assertThatCode(() -> cycle(20, 0.0, false)).doesNotThrowAnyException();
  }

  /** anneal refuses exactly the OneCycleLR settings on which PyTorch 1.13 divides by zero. */
  @Test
  void oneCycleRefusesExactlyWhatPyTorchCannotRun() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("src/test/resources/golden/one-cycle-zero-division.csv"));
    int checked = 0;
    for (String line : lines) {
      if (line.startsWith("#") || line.startsWith("total_steps")) continue;
      String[] f = line.split(",");
      boolean pytorchOk = Boolean.parseBoolean(f[3]);
      Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
          () -> cycle(Long.parseLong(f[0]), Double.parseDouble(f[1]), Boolean.parseBoolean(f[2])));
      assertThat(refused == null).as("OneCycleLR %s: PyTorch runs it: %s; anneal: %s", line, pytorchOk, refused)
          .isEqualTo(pytorchOk);
      checked++;
    }
    assertThat(checked).isGreaterThan(1000);
  }

  @Test
  void cyclicStepSizeUpMayBeFractionalAsInJava() {
    assertThatCode(() -> ScheduleFile.parse("f.yaml", "base_lr: 0.1\nschedule: {type: torch.CyclicLR, base_lr: 0.1,"
        + " max_lr: 1, step_size_up: 2.5}\n", "")).doesNotThrowAnyException();
  }

  @Test
  void enumValue() {
    assertOne("schedule: {type: torch.CyclicLR, base_lr: 0.1, max_lr: 1, mode: foo}\n", 1, 65,
        "/schedule/mode: mode must be one of triangular, triangular2, exp_range, got \"foo\"");
  }

  @Test
  void torchListTakesOnlyTorchNodesAndRefusedTypesSayWhy() {
    assertThat(problems("schedule:\n  type: torch.SequentialLR\n  milestones: [1]\n  schedulers:\n"
        + "    - {type: linear, to: 1, steps: 3}\n    - {type: torch.LambdaLR}\n")).extracting(Problem::toString)
        .containsExactly(
            "f.yaml:5:14: error: /schedule/schedulers/0/type: type must be a torch.* scheduler here, got linear",
            "f.yaml:6:14: error: /schedule/schedulers/1/type: torch.LambdaLR is not supported: it runs a Python"
                + " function (lr_lambda); write the same curve with native nodes (warmup, cosine, polynomial, scale,"
                + " multiply...)");
  }

  @Test
  void nodeMustBeAMapping() {
    assertOne("schedule: 3\n", 1, 11, "/schedule: a node must be a mapping with a type, got 3");
  }

  @Test
  void fileMustBeAMapping() {
    assertOne("- 1\n", 1, 1, "/: a schedule file must be a mapping with schedule or schedules, got a list");
  }

  @Test
  void scheduleAndSchedulesTogether() {
    assertOne("schedule: {type: cosine, from: 1, steps: 10}\nschedules: {lr: {type: cosine, from: 1, steps: 10}}\n",
        2, 1, "/schedules: a schedule file must have schedule or schedules but not both, got schedules as well as"
        + " schedule (write lr under schedules, or keep only one)");
  }

  @Test
  void scheduleNames() {
    assertThat(problems("schedules: {LR: {type: cosine, steps: 10}, m: [1]}\n")).extracting(Problem::toString)
        .containsExactly(
            "f.yaml:1:13: error: /schedules/LR: schedule names must match [a-z][a-z0-9_]*, got LR",
            "f.yaml:1:47: error: /schedules/m: a node must be a mapping with a type, got a list");
  }

  @Test
  void problemsOfAFileComeInFileOrder() {
    List<Problem> got = problems("schedule:\n  type: sequence\n  parts:\n    - {type: linear, to: x, steps: 3}\n"
        + "    - {type: cosine, from: [], steps: 0}\ntotal_steps: -1\n");
    assertThat(got).extracting(Problem::line).containsExactly(4, 5, 5, 6);
  }

  // --- rules the schema cannot say (binder, compiler) ------------------------------------------

  @Test
  void semanticRulesRunWhenTheSchemaPasses() {
    assertOne("schedule: {type: multistep, from: 1, gamma: 0.1, milestones: [5, 3]}\n", 1, 62,
        "/schedule/milestones: multistep: milestones must be strictly increasing, got [5, 3]");
  }

  @Test
  void durationsThatDoNotFit() {
    List<Problem> got = problems("total_steps: 10\nschedule:\n  type: sequence\n  parts:\n"
        + "    - {type: linear, from: 0, to: 1, steps: 20}\n    - {type: cosine, to: 0, steps: rest}\n");
    assertThat(got).hasSize(1);
    assertThat(got.get(0).line()).isEqualTo(6);
    assertThat(got.get(0).column()).isEqualTo(36);
    assertThat(got.get(0).fullMessage()).isEqualTo("/schedule/parts/1/steps: sequence: rest must be >= 1 step,"
        + " got -10 (total_steps 10 minus 20 steps of the other parts)");
  }

  // --- hostile input ---------------------------------------------------------------------------

  @Test
  void duplicateKeys() {
    assertOne("schedule: {type: cosine, from: 1, steps: 10, steps: 3}\n", 1, 46,
        "/schedule/steps: duplicate key steps, the first is at line 1");
  }

  @Test
  void nonFiniteNumbersAndHugeIntegers() {
    assertThat(problems("total_steps: 100000000000000000000000\nschedule: {type: cosine, from: .nan, steps: 10}\n"))
        .extracting(Problem::toString).containsExactly(
            "f.yaml:1:14: error: /total_steps: integers must fit in a long, got 100000000000000000000000",
            "f.yaml:2:32: error: /schedule/from: numbers must be finite, got .nan");
    assertOne("schedule: {type: cosine, from: .inf, steps: 10}\n", 1, 32, "/schedule/from: numbers must be finite, got .inf");
  }

  public static String billionLaughs() {
    StringBuilder b = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char c = 'b'; c <= 'i'; c++) {
      char p = (char) (c - 1);
      b.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) b.append(i == 0 ? "" : ", ").append('*').append(p);
      b.append("]\n");
    }
    return b.toString();
  }

  @Test
  void billionLaughsIsRejectedQuickly() {
    long start = System.nanoTime();
    List<Problem> got = problems(billionLaughs());
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(2.0);
    assertThat(got).extracting(Problem::fullMessage).singleElement().asString()
        .startsWith("cannot parse the file: YAML aliases expand too far");
    assertThat(got.get(0).line()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void aliasesWithinReasonAreFine() {
    assertThatCode(() -> ScheduleFile.parse("f.yaml", "peak: &peak 3.0e-4\nschedule: {type: cosine, from: *peak,"
        + " steps: 10}\n", "/nothing")).isInstanceOf(ScheduleFileException.class);
    assertThatCode(() -> ScheduleFile.parse("f.yaml", "x:\n  peak: &p {type: cosine, from: 1, steps: 10}\n"
        + "  schedules: {lr: *p, momentum: *p}\n", "/x")).isInstanceOf(ScheduleFileException.class);
    assertThatCode(() -> ScheduleFile.parse("f.yaml", "schedules:\n  lr: &p {type: cosine, from: 1, steps: 10}\n"
        + "  wd: *p\n", "")).doesNotThrowAnyException();
  }

  @Test
  void absurdNesting() {
    String deep = "schedule: " + "[".repeat(200) + "]".repeat(200) + "\n";
    List<Problem> got = problems(deep);
    assertThat(got).singleElement().extracting(Problem::fullMessage).asString()
        .endsWith(": mappings and lists nest deeper than 64 levels, a schedule file needs far fewer");
    String json = "{\"schedule\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    assertThat(problems("f.json", json)).hasSize(1);
  }

  @Test
  void tooLarge(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.yaml");
    Files.writeString(big, "# " + "x".repeat(1 << 20) + "\n");
    ScheduleFileException e = catchThrowableOfType(ScheduleFileException.class, () -> ScheduleFile.load(big));
    assertThat(e.problems()).extracting(Problem::toString).containsExactly(big + ":1:1: error: the file is too large:"
        + " 1048579 bytes, more than 1048576 (1 MiB); a schedule file is a few KB at most");
  }

  @Test
  void notUtf8IsReportedWhereItIs(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.yaml");
    Files.write(file, "total_steps: 100\nschedule:\n  type: caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    ScheduleFileException e = catchThrowableOfType(ScheduleFileException.class, () -> ScheduleFile.load(file));
    assertThat(e.problems()).extracting(Problem::toString).containsExactly(file + ":3:12: error: cannot read the file:"
        + " it is not UTF-8 text (byte 0xe9)");
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  @Timeout(value = 1, unit = TimeUnit.SECONDS)
  void anEndlessDeviceIsCutAtOneMebibyte() {
    ScheduleFileException e = catchThrowableOfType(ScheduleFileException.class, () -> ScheduleFile.load(Path.of("/dev/zero")));
    assertThat(e.problems()).extracting(Problem::toString).containsExactly("/dev/zero:1:1: error: the input is too large:"
        + " more than 1048576 bytes (1 MiB); a schedule file is a few KB at most");
  }

  @Test
  void anEmptyNameIsNotADirectory() {
    ScheduleFileException e = catchThrowableOfType(ScheduleFileException.class, () -> ScheduleFile.load(Path.of("")));
    assertThat(e.problems()).extracting(Problem::toString).containsExactly(":1:1: error: cannot read the file: no file name");
  }

  @Test
  void binaryGarbage(@TempDir Path dir) throws IOException {
    Path bin = dir.resolve("bin.yaml");
    byte[] bytes = new byte[1024];
    for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) i;
    Files.write(bin, bytes);
    ScheduleFileException e = catchThrowableOfType(ScheduleFileException.class, () -> ScheduleFile.load(bin));
    // 0x00..0x7f are ASCII (a line feed at 0x0a): the first byte that is not UTF-8 is 0x80, line 2
    assertThat(e.problems()).extracting(Problem::toString).containsExactly(bin + ":2:118: error: cannot read the file:"
        + " it is not UTF-8 text (byte 0x80)");
    assertOne("a: \u0000\u0001", 1, 4, "cannot parse the file: it is binary, not YAML or JSON text (a NUL character)");
  }

  @Test
  void emptyFile() {
    assertOne("", 1, 1, "the file is empty, expected a mapping with schedule or schedules");
    assertOne("# just a comment\n", 1, 1, "the file is empty, expected a mapping with schedule or schedules");
  }

  @Test
  void tabsInIndentation() {
    assertOne("schedule:\n\ttype: cosine\n\tsteps: 10\n", 2, 1,
        "cannot parse the file: a tab in the indentation; YAML indents with spaces only");
  }

  @Test
  void byteOrderMarkIsAccepted(@TempDir Path dir) throws IOException {
    Path bom = dir.resolve("bom.yaml");
    Files.write(bom, ("\uFEFFschedule: {type: cosine, from: 1, steps: 10}\n").getBytes(StandardCharsets.UTF_8));
    assertThat(ScheduleFile.load(bom).compile().get("lr").valueAt(10)).isEqualTo(0.0);
    assertOne("\uFEFFschedule: {type: cosine, from: 1, steps: 0}\n", 1, 42, "/schedule/steps: steps must be >= 1, got 0");
  }

  @Test
  void missingFile() {
    ScheduleFileException e = catchThrowableOfType(ScheduleFileException.class,
        () -> ScheduleFile.load(Path.of("no/such.yaml")));
    assertThat(e.problems()).extracting(Problem::toString)
        .containsExactly("no/such.yaml:1:1: error: cannot read the file: no such file");
  }

  @Test
  void anExperimentConfigReadWithoutAPointerSaysWhereTheScheduleIs() {
    String text = "model: {layers: 12}\ntrain:\n  optim:\n    total_steps: 100\n    schedule: {type: constant, value: 1}\n";
    List<Problem> got = catchThrowableOfType(ScheduleFileException.class,
        () -> ScheduleFile.parse("f.yaml", text, "")).problems();
    assertThat(got).extracting(Problem::toString).containsExactly("f.yaml:4:5: error: /: a schedule file must have"
        + " schedule or schedules, got neither; one sits at /train/optim: load it with --at /train/optim");
  }

  @Test
  void embeddedScheduleKeepsTheLinesOfTheWholeFile() {
    String text = "model: {layers: 12}\ntrain:\n  optim:\n    total_steps: 100\n    schedule:\n"
        + "      type: cosine\n      from: 1\n      stepz: 10\n";
    List<Problem> got = catchThrowableOfType(ScheduleFileException.class,
        () -> ScheduleFile.parse("f.yaml", text, "/train/optim")).problems();
    assertThat(got).extracting(Problem::toString).containsExactly(
        "f.yaml:8:7: error: /train/optim/schedule/stepz: unknown key stepz in cosine; did you mean steps?"
            + " (expected one of type, from, to, steps, k)");
    assertThat(ScheduleFile.parse("f.yaml", text.replace("stepz", "steps"), "/train/optim").totalSteps()).isEqualTo(100L);
  }

  // --- fuzz ------------------------------------------------------------------------------------

  public static List<String> samples() throws IOException {
    List<String> samples = new ArrayList<>();
    samples.add(Files.readString(Path.of("samples/warmup-cosine.yaml")));
    try (Stream<Path> files = Files.list(GoldenTorchTest.GOLDEN)) {
      for (Path p : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) samples.add(Files.readString(p));
    }
    samples.add("total_steps: 1000\nsteps_per_epoch: 100\nschedules:\n  lr:\n    type: warmup\n    steps: \"1ep\"\n"
        + "    then:\n      type: restarts\n      period_mult: 2\n      decay: 0.5\n      cycles: 3\n"
        + "      of: {type: cosine, from: 0.1, to: 0.001, steps: 100}\n  wd: &wd {type: constant, value: 0.01}\n"
        + "  momentum:\n    type: clamp\n    min: 0.8\n    of: {type: multistep, from: 0.95, gamma: 0.9, milestones: [10, 20]}\n");
    return samples;
  }

  public static String mutate(String text, Random random) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && !lines.isEmpty(); e++) {
      int i = random.nextInt(lines.size());
      switch (random.nextInt(6)) {
        case 0 -> lines.remove(i);
        case 1 -> lines.add(i, lines.get(i));
        case 2 -> { // swap the values of two lines
          int j = random.nextInt(lines.size());
          String a = lines.get(i);
          String b = lines.get(j);
          int ca = a.indexOf(':');
          int cb = b.indexOf(':');
          if (ca >= 0 && cb >= 0) {
            lines.set(i, a.substring(0, ca) + b.substring(cb));
            lines.set(j, b.substring(0, cb) + a.substring(ca));
          }
        }
        case 3 -> { // random bytes
          String line = lines.get(i);
          int at = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
          StringBuilder junk = new StringBuilder();
          for (int k = random.nextInt(4); k >= 0; k--) junk.append((char) random.nextInt(256));
          lines.set(i, line.substring(0, at) + junk + line.substring(at));
        }
        case 4 -> { // a number somewhere
          String[] values = {"0", "-1", ".inf", "1e400", "99999999999999999999", "rest", "\"0%\"", "\"1.5ep\"", "null", "[]", "{}", "&x 1", "*x"};
          String line = lines.get(i);
          int c = line.indexOf(':');
          if (c >= 0) lines.set(i, line.substring(0, c + 1) + " " + values[random.nextInt(values.length)]);
        }
        default -> { // delete a character
          String line = lines.get(i);
          if (!line.isEmpty()) {
            int at = random.nextInt(line.length());
            lines.set(i, line.substring(0, at) + line.substring(at + 1));
          }
        }
      }
    }
    return String.join("\n", lines);
  }

  @Test
  void mutatedFilesOnlyEverGiveLocatedProblems() throws IOException {
    List<String> samples = samples();
    Random random = new Random(20261125);
    for (int round = 0; round < 3000; round++) {
      String text = mutate(samples.get(random.nextInt(samples.size())), random);
      String name = random.nextInt(10) == 0 ? "f.json" : "f.yaml";
      try {
        ScheduleFile file = ScheduleFile.parse(name, text, "");
        file.compile();
      } catch (ScheduleFileException e) {
        for (Problem p : e.problems()) {
          if (p.line() < 1 || p.column() < 1) fail("unlocated problem " + p + " for:\n" + text);
        }
      } catch (Throwable t) {
        throw new AssertionError("round " + round + ": " + t + " for:\n" + text, t);
      }
    }
  }
}
