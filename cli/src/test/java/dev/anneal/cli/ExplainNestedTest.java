package dev.anneal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code explain} through the nodes that wrap others ({@code hold}, {@code shift}, {@code scale}),
 * into the parts of nested sequences, as the dialects write them: every phase at the steps it covers.
 */
class ExplainNestedTest {
  @TempDir Path dir;

  private String explain(String text, String... flags) throws IOException {
    Path file = dir.resolve("f.yaml");
    Files.writeString(file, text);
    String[] args = new String[flags.length + 2];
    args[0] = "explain";
    System.arraycopy(flags, 0, args, 1, flags.length);
    args[flags.length + 1] = file.toString();
    Cli.Run run = Cli.run(args);
    assertThat(run.status()).as(run.err()).isZero();
    return run.out();
  }

  @Test
  void aTimmFileShowsItsWarmupAndEachCycleHeldForAnEpoch() throws IOException {
    String out = explain("sched: tanh\nlr: 0.1\nepochs: 10\nwarmup_epochs: 2\nmin_lr: 1e-4\nlr_cycle_limit: 2\n",
        "--dialect", "timm", "--steps-per-epoch", "10");
    assertThat(out).contains("""
          phase 1: steps 0 to 19 (20 steps), linear (each value held 10 steps), 1e-05 -> 0.0500027
          phase 2: steps 20 to 99 (80 steps), tanh (each value held 10 steps), 0.0999955 -> 0.00189682
          phase 3: steps 100 to 199 (100 steps), tanh (each value held 10 steps), 0.05 -> 0.000997512
        """);
  }

  @Test
  void aShiftMovesThePhasesOfANestedSequenceUnderAScale() throws IOException {
    String out = explain("""
        total_steps: 100
        schedule:
          type: scale
          by: 0.5
          of:
            type: shift
            by: 10
            of:
              type: sequence
              parts:
                - {type: linear, from: 0.0, to: 1.0, steps: 20}
                - type: sequence
                  parts:
                    - {type: constant, value: 1.0, steps: 30}
                    - {type: cosine, to: 0.0, steps: rest}
        """);
    assertThat(out).contains("""
          phase 1: steps 0 to 9 (10 steps), before the shift: sequence at its step 0, 0 -> 0
          phase 2: steps 10 to 29 (20 steps), linear, 0 -> 0.475
          phase 3: steps 30 to 59 (30 steps), constant, 0.5 -> 0.5
          phase 4: steps 60 to 99 (40 steps), cosine, 0.5 -> 0.205361
        """);
  }

  @Test
  void aHeldRestartsShowsItsCyclesAtTheStepsThatHoldThem() throws IOException {
    String out = explain("total_steps: 60\nschedule:\n  type: hold\n  every: 10\n  of:\n    type: restarts\n"
        + "    of: {type: cosine, from: 1.0, to: 0.0, steps: 3}\n    cycles: 2\n");
    assertThat(out).contains("""
          phase 1: steps 0 to 29 (30 steps), cycle 1: cosine (each value held 10 steps), 1 -> 0.25
          phase 2: steps 30 to 59 (30 steps), cycle 2: cosine (each value held 10 steps), 1 -> 0.25
        """).doesNotContain("phase 3");
  }

  @Test
  void pastTwelvePhasesTheRestAreSummedUp() throws IOException {
    StringBuilder text = new StringBuilder("total_steps: 150\nschedule:\n  type: sequence\n  parts:\n");
    for (int i = 1; i <= 15; i++) text.append("    - {type: constant, value: ").append(i / 100.0).append(", steps: 10}\n");
    assertThat(explain(text.toString())).contains("""
          phase 11: steps 100 to 109 (10 steps), constant, 0.11 -> 0.11
          phase 12: steps 110 to 149 (40 steps), … 4 more phases, 0.12 -> 0.15
        """).doesNotContain("phase 13");
  }
}
