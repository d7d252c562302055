package dev.anneal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anneal.Schedule;
import dev.anneal.ScheduleFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code anneal table}: its output, its exit statuses and its error lines. */
class TableCommandTest {
  @TempDir Path dir;

  Path file(String name, String text) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, text);
    return path;
  }

  static final String LINEAR = "schedule:\n  type: linear\n  from: 1.0\n  to: 0.0\n  steps: 4\n";

  @Test
  void headerAndOneRowPerStepBelowN() throws IOException {
    Cli.Run r = Cli.run("table", "--steps", "6", file("l.yaml", LINEAR).toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("step,lr\n0,1.0\n1,0.75\n2,0.5\n3,0.25\n4,0.0\n5,0.0\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void rowsMadeInChunksOnWorkerThreadsComeOutInOrderWithTheirValues() throws IOException {
    Path sgdr = file("r.yaml", "schedule: {type: restarts, period_mult: 2, of: {type: cosine, from: 0.1, to: 0.001, steps: 10}}\n");
    Schedule lr = ScheduleFile.load(sgdr).compile().get("lr");
    long every = 3;
    long steps = every * (2L * TableCommand.CHUNK + 5) + 1;  // 2 whole chunks, 6 rows in a third
    String out = Cli.run("table", "--steps", Long.toString(steps), "--every", Long.toString(every), sgdr.toString()).out();
    StringBuilder expected = new StringBuilder("step,lr\n");
    for (long step = 0; step < steps; step += every) expected.append(step).append(',').append(lr.valueAt(step)).append('\n');
    assertThat(out.lines().count()).isEqualTo(1 + 2L * TableCommand.CHUNK + 6);
    assertThat(out).isEqualTo(expected.toString());
  }

  @Test
  void everyKSteps() throws IOException {
    Cli.Run r = Cli.run("table", "--steps", "5", "--every", "2", file("l.yaml", LINEAR).toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("step,lr\n0,1.0\n2,0.5\n4,0.0\n");
  }

  @Test
  void stepsDefaultsToTotalSteps() throws IOException {
    Cli.Run r = Cli.run("table", "--every", "1", file("t.yaml", "total_steps: 3\n" + LINEAR).toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("step,lr\n0,1.0\n1,0.75\n2,0.5\n");
    Cli.Run overridden = Cli.run("table", "--steps", "1", file("t2.yaml", "total_steps: 3\n" + LINEAR).toString());
    assertThat(overridden.out()).isEqualTo("step,lr\n0,1.0\n");
  }

  @Test
  void valuesReadBackAsTheSameDouble() throws IOException {
    Cli.Run r = Cli.run("table", "--steps", "3", file("c.yaml",
        "schedule: {type: cosine, from: 3.0e-4, to: 3.0e-5, steps: 7}\n").toString());
    String[] rows = r.out().split("\n");
    dev.anneal.Schedule lr = Schedule.of(new dev.anneal.spec.Cosine(3.0e-4, 3.0e-5, dev.anneal.spec.Steps.of(7)));
    for (int k = 0; k < 3; k++) {
      assertThat(rows[k + 1]).isEqualTo(k + "," + Double.toString(lr.valueAt(k)));
      assertThat(Double.parseDouble(rows[k + 1].split(",")[1])).isEqualTo(lr.valueAt(k));
    }
  }

  @Test
  void severalSchedulesLrFirstThenFileOrder() throws IOException {
    Cli.Run r = Cli.run("table", "--steps", "2", file("m.yaml", "schedules:\n"
        + "  wd: {type: constant, value: 0.1}\n  lr: {type: constant, value: 0.5}\n"
        + "  beta: {type: constant, value: 0.9}\n").toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("step,lr,wd,beta\n0,0.5,0.1,0.9\n1,0.5,0.1,0.9\n");
  }

  @Test
  void torchCyclicAddsAMomentumColumn() throws IOException {
    Cli.Run r = Cli.run("table", "--steps", "1", file("cyc.yaml", "base_lr: 0.1\nschedule:\n"
        + "  {type: torch.CyclicLR, base_lr: 0.001, max_lr: 0.1, step_size_up: 4}\n").toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("step,lr,momentum\n0,0.001,0.9\n");
  }

  @Test
  void withoutStepsOrTotalStepsItIsAUsageError() throws IOException {
    Path path = file("l.yaml", LINEAR);
    Cli.Run r = Cli.run("table", path.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("--steps is needed: " + path + " has no total_steps\n")
        .contains("Usage: anneal table");
  }

  @Test
  void badOptionsAreUsageErrors() throws IOException {
    Path path = file("l.yaml", LINEAR);
    assertThat(Cli.run("table", "--every", "0", "--steps", "5", path.toString()).status()).isEqualTo(2);
    assertThat(Cli.run("table", "--every", "0", "--steps", "5", path.toString()).err())
        .startsWith("--every must be >= 1, got 0");
    assertThat(Cli.run("table", "--steps", "-1", path.toString()).status()).isEqualTo(2);
    assertThat(Cli.run("table", "--steps", "x", path.toString()).status()).isEqualTo(2);
    assertThat(Cli.run("table").status()).isEqualTo(2);
    assertThat(Cli.run("tabel", path.toString()).status()).isEqualTo(2);
  }

  @Test
  void aBadFileExitsOneWithLocatedErrorsAndNoStackTrace() throws IOException {
    Path path = file("bad.yaml", "schedule:\n  type: cosin\n  from: 1.0\n  steps: 4\n");
    Cli.Run r = Cli.run("table", "--steps", "3", path.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(path + ":2:9: error: /schedule/type: type must be a known node type,"
        + " got cosin; did you mean cosine? [unknown-type]\n");
    assertThat(r.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void everyProblemIsPrintedOneALine() throws IOException {
    Path path = file("two.yaml", "schedule:\n  type: cosine\n  from: x\n  steps: 0\n");
    Cli.Run r = Cli.run("table", "--steps", "3", path.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().lines()).containsExactly(
        path + ":3:9: error: /schedule/from: from must be a number, got \"x\" [type-mismatch]",
        path + ":4:10: error: /schedule/steps: steps must be >= 1, got 0 [out-of-range]");
  }

  @Test
  void unparseableYamlIsLocatedToo() throws IOException {
    Path path = file("broken.yaml", "schedule: {type: cosine, from: [1.0\n");
    Cli.Run r = Cli.run("table", "--steps", "3", path.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).matches("(?s)\\Q" + path + "\\E:[1-9][0-9]*:[1-9][0-9]*: error: cannot parse the file: .* \\[yaml-syntax\\]\n");
    assertThat(r.err()).doesNotContain("\tat ");
  }

  @Test
  void aMissingFileExitsThree() {
    Path path = dir.resolve("missing.yaml");
    Cli.Run r = Cli.run("table", "--steps", "3", path.toString());
    assertThat(r.status()).isEqualTo(3);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(path + ":1:1: error: cannot read the file: no such file [file-unreadable]\n");
  }

  @Test
  void atPointsIntoALargerDocument() throws IOException {
    Path path = file("exp.yaml", "train:\n  optim:\n    total_steps: 2\n    schedule: {type: constant, value: 0.5}\n");
    Cli.Run r = Cli.run("table", "--at", "/train/optim", path.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("step,lr\n0,0.5\n1,0.5\n");
    Cli.Run nothing = Cli.run("table", "--at", "/nope", "--steps", "1", path.toString());
    assertThat(nothing.status()).isEqualTo(1);
    assertThat(nothing.err()).isEqualTo(path + ":1:1: error: /nope: nothing at this pointer in the file [nothing-at-pointer]\n");
  }

  @Test
  void aPointerWithoutALeadingSlashIsAUsageError() {
    for (String[] command : new String[][] {{"table"}, {"explain"}, {"plot", "--term"}}) {
      List<String> args = new ArrayList<>(List.of(command));
      args.addAll(List.of("--at", "train/optim", "samples/experiment-config.yaml"));
      Cli.Run r = Cli.run(args.toArray(String[]::new));
      assertThat(r.status()).as(command[0]).isEqualTo(2);
      assertThat(r.err()).as(command[0]).contains("--at must be a JSON Pointer, empty or starting with / (such as"
          + " /train/optim), got train/optim");
    }
  }
}
