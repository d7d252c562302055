package dev.anneal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit statuses, the words of explain, and where plot samples. */
class PlotExplainTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void explainsPhasesPeakAndLowest() {
    Cli.Run r = Cli.run("explain", "samples/wsd-one-minus-sqrt.yaml");
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .contains("phase 1: steps 0 to 1999 (2000 steps), linear, 0 -> ")
        .contains("phase 2: steps 2000 to 79999 (78000 steps), constant, 0.001 -> 0.001")
        .contains("phase 3: steps 80000 to 99999 (20000 steps), one_minus_sqrt, 0.001 -> ")
        .contains("peak   0.001 at steps 2000 to 80000")
        .contains("lowest 0 at step 0");
  }

  /** Near Long.MAX_VALUE steps: no overflow, and a sampled run still finds the peak at a phase's end. */
  @Test
  void explainsRunsOfAlmostEveryStepThereIs(@TempDir Path dir) throws IOException {
    Cli.Run r = Cli.run("explain", "--steps", "9223372036854775806", "samples/warmup-cosine.yaml");
    assertThat(r.status()).isZero();
    assertThat(r.out()).endsWith("""
          phase 1: steps 0 to 499 (500 steps), linear, 0 -> 0.0002994
          phase 2: steps 500 to 9223372036854775805 (9223372036854775306 steps), cosine, 0.0003 -> 3e-05
          peak   0.0003 at step 500
          lowest 0 at step 0
          (peak and lowest from every 4611686018428th step, the last and the ends of each phase)
        """);
    Path huge = dir.resolve("huge.yaml");
    Files.writeString(huge, """
        total_steps: 9223372036854775807
        schedule:
          type: sequence
          parts:
            - {type: linear, from: 0.0, to: 1.0, steps: "60%"}
            - {type: cosine, from: 1.0, to: 0.0, steps: "60%"}
        """);
    Cli.Run two = Cli.run("explain", huge.toString());
    assertThat(two.status()).isZero();
    assertThat(two.out()).contains("  phase 2: steps 5534023222112865280 to 9223372036854775806 (3689348814741910527 steps),"
        + " cosine, 1 -> 0.25\n");
  }

  @Test
  void explainsTorchMomentum() {
    Cli.Run r = Cli.run("explain", "samples/torch-one-cycle.yaml");
    assertThat(r.out()).contains("momentum (the momentum that torch.OneCycleLR").contains("lowest 0.85 at step 1949");
  }

  @Test
  void withoutTotalStepsStepsIsAUsageError() throws IOException {
    Path file = write("s.yaml", "schedule: {type: constant, value: 0.1}\n");
    assertThat(Cli.run("explain", file.toString()).status()).isEqualTo(2);
    assertThat(Cli.run("plot", "--term", file.toString()).status()).isEqualTo(2);
    Cli.Run ok = Cli.run("explain", "--steps", "10", file.toString());
    assertThat(ok.status()).isZero();
    assertThat(ok.out()).contains("peak   0.1 at steps 0 to 9");
  }

  @Test
  void plotNeedsAnOutputOrTerm() {
    assertThat(Cli.run("plot", "samples/warmup-cosine.yaml").status()).isEqualTo(2);
    assertThat(Cli.run("plot", "-o", dir.resolve("x.txt").toString(), "samples/warmup-cosine.yaml").status())
        .isEqualTo(2);
  }

  @Test
  void anInvalidFileExitsOneWithLocatedProblems() throws IOException {
    Path file = write("bad.yaml", "total_steps: 100\nschedule:\n  type: cosine\n  form: 0.1\n  steps: 10\n");
    for (String command : List.of("plot", "explain")) {
      List<String> args = command.equals("plot")
          ? List.of(command, "-o", dir.resolve("x.png").toString(), file.toString())
          : List.of(command, file.toString());
      Cli.Run r = Cli.run(args.toArray(String[]::new));
      assertThat(r.status()).isEqualTo(1);
      assertThat(r.err()).startsWith(file + ":4:3: error: ");
    }
  }

  @Test
  void explainPrintsWarningsOnStderrFirstAndFailsOnlyWithStrict() throws IOException {
    Path file = write("odd.yaml", ValidateCommandTest.PAST_T_MAX);
    String warning = file + ValidateCommandTest.PAST_T_MAX_LINE + System.lineSeparator();
    Cli.Run r = Cli.run("explain", file.toString());
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEqualTo(warning);
    assertThat(r.out()).contains("lr (torch.CosineAnnealingLR)");
    assertThat(Cli.run("explain", "--strict", file.toString())).isEqualTo(new Cli.Run(1, "", warning));
    Cli.Run shorter = Cli.run("explain", "--strict", "--steps", "100", file.toString());
    assertThat(shorter.status()).as("explain's N is the run").isZero();
    assertThat(shorter.err()).isEmpty();
    Cli.Run normal = Cli.run("explain", "--strict", "samples/gpt-warmup-cosine.yaml");
    assertThat(normal.status()).isZero();
    assertThat(normal.err()).isEmpty();
  }

  @Test
  void samplesAtMostAboutTwoThousandStepsWithBothSidesOfEveryBoundary() {
    long[] steps = Charts.sampleSteps(1_000_000, List.of(12_345L, 500_001L));
    assertThat(steps.length).isBetween(2000, 2004);
    assertThat(steps[0]).isZero();
    assertThat(steps[steps.length - 1]).isEqualTo(999_999);
    assertThat(steps).contains(12_344L, 12_345L, 500_000L, 500_001L);
    assertThat(steps).isSorted();
    assertThat(Charts.sampleSteps(10, List.of(5L))).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void theTerminalPreviewIs72By16() {
    Cli.Run r = Cli.run("plot", "--term", "samples/sgdr-restarts.yaml");
    assertThat(r.status()).isZero();
    List<String> rows = r.out().lines().filter(l -> l.indexOf('\u2800') >= 0 || l.chars().anyMatch(c -> c > 0x2800 && c < 0x2900)).toList();
    assertThat(rows).hasSize(Terminal.ROWS);
    assertThat(rows).allSatisfy(row -> assertThat(row.chars().filter(c -> c >= 0x2800 && c < 0x2900).count())
        .isEqualTo(Terminal.COLUMNS));
  }

  @Test
  void tickLabelsReadLikeAPaper() {
    assertThat(TickFormat.sci(3.0e-4)).isEqualTo("3e-4");
    assertThat(TickFormat.sci(2.5e-5)).isEqualTo("2.5e-5");
    assertThat(new TickFormat(true, false, 60_000).text(20_000)).isEqualTo("20k");
    assertThat(new TickFormat(true, false, 2_000_000).text(1_500_000)).isEqualTo("1.5M");
    assertThat(TickFormat.plain(0.25)).isEqualTo("0.25");
    assertThat(Arrays.asList(TickFormat.niceUnit(60_000, 6), TickFormat.niceUnit(6e-3, 6))).containsExactly(10_000.0, 1e-3);
  }

  @Test
  void explainShowsCosineAnnealingLRGoingBackUpAfterTMax() throws IOException {
    Path f = write("cal.yaml", "base_lr: 0.1\ntotal_steps: 1000\n"
        + "schedule: {type: torch.CosineAnnealingLR, T_max: 300, eta_min: 0.001}\n");
    Cli.Run r = Cli.run("explain", f.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains(
        "  phase 1: steps 0 to 300 (301 steps), cosine down to eta_min (T_max 300), 0.1 -> 0.001\n"
            + "  phase 2: steps 301 to 600 (300 steps), cosine back up to base_lr: PyTorch's cosine does not stop"
            + " at T_max, 0.00100271 -> 0.1\n");
  }

  @Test
  void explainListsTheCyclesOfRestartsAndSumsUpTheRest() throws IOException {
    Path f = write("r.yaml", "total_steps: 1000\nschedule:\n  type: restarts\n"
        + "  of: {type: cosine, from: 1.0, to: 0.0, steps: 10}\n");
    String out = Cli.run("explain", f.toString()).out();
    assertThat(out).contains("  phase 1: steps 0 to 9 (10 steps), cycle 1: cosine, 1 -> 0.0244717\n")
        .contains("  phase 12: steps 110 to 999 (890 steps), … cycles from 12 on, the same way, 1 -> 0.0244717\n")
        .doesNotContain("phase 13");
  }

  @Test
  void explainGivesEachSchedulerOfSequentialLRItsPhase() throws IOException {
    Path f = write("s.yaml", "base_lr: 0.1\ntotal_steps: 100\nschedule:\n  type: torch.SequentialLR\n"
        + "  milestones: [10]\n  schedulers:\n    - {type: torch.LinearLR, start_factor: 0.01, total_iters: 10}\n"
        + "    - {type: torch.CosineAnnealingLR, T_max: 90}\n");
    String out = Cli.run("explain", f.toString()).out();
    assertThat(out).contains("  phase 1: steps 0 to 9 (10 steps), torch.LinearLR, 0.001 -> 0.0901\n"
        + "  phase 2: steps 10 to 99 (90 steps), torch.CosineAnnealingLR, 0.1 -> 3.04586e-05\n");
  }

  @Test
  void aFirstMilestoneOfZeroLeavesTheFirstSchedulerStepZeroAlone() throws IOException {
    Path file = write("zero.yaml", """
        base_lr: 1.0
        schedule:
          type: torch.SequentialLR
          milestones: [0]
          schedulers:
            - {type: torch.ConstantLR, factor: 0.5, total_iters: 3}
            - {type: torch.ExponentialLR, gamma: 0.9}
        """);
    Cli.Run r = Cli.run("explain", "--steps", "20", file.toString());
    assertThat(r.out()).contains("  phase 1: steps 0 to 0 (1 step), torch.ConstantLR, 0.5 -> 0.5\n"
        + "  phase 2: steps 1 to 19 (19 steps), torch.ExponentialLR, 0.5 -> 0.0750473\n");
  }
}
