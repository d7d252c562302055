package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lint warnings: valid but suspicious settings, each located at the offending key or value. */
class LintTest {

  static List<String> warnings(String text) {
    return warnings(text, null);
  }

  static List<String> warnings(String text, Long steps) {
    CheckedFile checked = ScheduleFile.check("f.yaml", text, "", steps);
    assertThat(checked.warnings()).allMatch(Problem::isWarning);
    return checked.warnings().stream().map(Problem::toString).toList();
  }

  static void assertOne(String text, int line, int column, String message) {
    assertThat(warnings(text)).containsExactly("f.yaml:" + line + ":" + column + ": warning: " + message);
  }

  static final String NORMAL = "total_steps: 10000\nschedule:\n  type: sequence\n  parts:\n"
      + "    - {type: linear, from: 0.0, to: 3.0e-4, steps: \"5%\"}\n"
      + "    - {type: cosine, to: 3.0e-5, steps: rest}\n";

  @Test
  void aNormalFileHasNoWarnings() {
    assertThat(warnings(NORMAL)).isEmpty();
    assertThat(warnings("base_lr: 0.1\ntotal_steps: 1000\nschedule: {type: torch.CosineAnnealingLR, T_max: 1000}\n"))
        .isEmpty();
    assertThat(warnings("base_lr: 0.1\ntotal_steps: 1000\nschedule: {type: torch.CosineAnnealingLR, T_max: 999}\n"))
        .isEmpty();
    assertThat(warnings("schedule: {type: cosine, from: 5, steps: 10}\n")).as("no run length, no run rules").isEmpty();
  }

  @Test
  void aProblemIsAnErrorUnlessSaidOtherwise() {
    Problem p = new Problem("f.yaml", 1, 2, "/x", Rule.UNKNOWN_KEY, "bad");
    assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
    assertThat(p).hasToString("f.yaml:1:2: error: /x: bad");
    assertThat(p.suggestion()).isNull();
    assertThat(new Problem("f.yaml", 1, 2, "/x", Rule.LR_ABOVE_ONE, "odd")).hasToString("f.yaml:1:2: warning: /x: odd");
    // the document's root is written /; a problem with the text itself has no pointer
    assertThat(new Problem("f.yaml", 1, 1, "", Rule.MISSING_SCHEDULE, "neither")).hasToString("f.yaml:1:1: error: /: neither");
    assertThat(new Problem("f.yaml", 1, 1, "", Rule.EMPTY_FILE, "empty")).hasToString("f.yaml:1:1: error: empty");
    assertThat(new Problem("f.yaml", 1, 1, "/x", Rule.TOO_MANY_VALUES, "many")).hasToString("f.yaml:1:1: error: /x: many");
  }

  // (1) torch.CosineAnnealingLR past T_max

  @Test
  void torchCosinePastTMax() {
    assertOne("base_lr: 0.1\ntotal_steps: 1000\nschedule:\n  type: torch.CosineAnnealingLR\n  T_max: 100\n", 5, 10,
        "/schedule/T_max: torch.CosineAnnealingLR runs past T_max (100) for 900 of the 1000 steps of the run:"
            + " PyTorch's cosine rises back to base_lr after T_max; set T_max to 1000 or use a native cosine,"
            + " which holds its end value");
  }

  @Test
  void torchCosinePastTMaxInASequentialLrCountsFromItsMilestone() {
    String file = "base_lr: 0.1\ntotal_steps: 1000\nschedule:\n  type: torch.SequentialLR\n  milestones: [100]\n"
        + "  schedulers:\n    - {type: torch.LinearLR, start_factor: 0.1, total_iters: 100}\n"
        + "    - {type: torch.CosineAnnealingLR, T_max: 500}\n";
    assertOne(file, 8, 46, "/schedule/schedulers/1/T_max: torch.CosineAnnealingLR runs past T_max (500) for 400 of"
        + " the 900 steps it runs from step 100: PyTorch's cosine rises back to base_lr after T_max; set T_max to 900"
        + " or use a native cosine, which holds its end value");
    assertThat(warnings(file.replace("T_max: 500", "T_max: 900"))).isEmpty();
  }

  @Test
  void torchCosineAsTheLastPartOfANativeSequenceCountsFromItsStart() {
    String file = "base_lr: 0.1\ntotal_steps: 1000\nschedule:\n  type: sequence\n  parts:\n"
        + "    - {type: linear, from: 0, to: 0.1, steps: 100}\n    - {type: torch.CosineAnnealingLR, T_max: 500}\n";
    assertOne(file, 7, 46, "/schedule/parts/1/T_max: torch.CosineAnnealingLR runs past T_max (500) for 400 of the"
        + " 900 steps it runs from step 100: PyTorch's cosine rises back to base_lr after T_max; set T_max to 900 or"
        + " use a native cosine, which holds its end value");
    assertThat(warnings(file.replace("T_max: 500", "T_max: 900"))).isEmpty();
  }

  // (2) a schedule that ends before the run

  @Test
  void aScheduleThatEndsBeforeTheRun() {
    String file = "total_steps: 1000\nschedule:\n  type: warmup\n  steps: 100\n"
        + "  then: {type: cosine, from: 0.001, to: 1.0e-5, steps: 800}\n";
    assertOne(file, 2, 1, "/schedule: the schedule ends at step 900, before the 1000 steps of the run: it then holds"
        + " its end value 1e-05 for the last 100 steps; make its durations add up to 1000 (e.g. steps: rest on one"
        + " part of a sequence) or set total_steps to 900");
    assertThat(warnings(file.replace("steps: 800", "steps: 900"))).isEmpty();
    assertThat(warnings(file, 900L)).as("explain's N").isEmpty();
  }

  // (3) warmup longer than the run

  @Test
  void aWarmupNodeAsLongAsTheRun() {
    String file = "total_steps: 1000\nschedule:\n  type: warmup\n  steps: 1000\n"
        + "  then: {type: cosine, from: 0.001, steps: 800}\n";
    assertOne(file, 4, 10, "/schedule/steps: the warmup lasts 1000 steps, as long as the 1000 steps of the run:"
        + " the learning rate never gets past warmup to its peak 0.001; shorten the warmup (e.g. \"5%\") or check"
        + " that its steps are steps, not epochs");
    assertThat(warnings(file.replace("  steps: 1000\n", "  steps: 200\n"))).isEmpty();
  }

  @Test
  void aRisingFirstPartLongerThanTheRun() {
    String file = "total_steps: 1000\nschedule:\n  type: sequence\n  parts:\n"
        + "    - {type: linear, from: 0, to: 0.001, steps: 1200}\n    - {type: cosine, steps: 500}\n";
    assertOne(file, 5, 49, "/schedule/parts/0/steps: the warmup lasts 1200 steps, longer than the 1000 steps of"
        + " the run: the learning rate never gets past warmup to its peak 0.001; shorten the warmup (e.g. \"5%\")"
        + " or check that its steps are steps, not epochs");
    assertThat(warnings(NORMAL)).isEmpty();
  }

  // (4) a learning rate above 1

  @Test
  void aLearningRateAboveOne() {
    String file = "total_steps: 1000\nschedule:\n  type: sequence\n  parts:\n"
        + "    - {type: linear, from: 0, to: 3, steps: 100}\n    - {type: cosine, steps: rest}\n";
    assertOne(file, 2, 1, "/schedule: the learning rate goes above 1 from step 34 (peak 3 at step 100): that is far"
        + " above any usual learning rate; check the exponent (3e-4, not 3e4) or whether a factor was written where"
        + " an absolute learning rate is meant (scale by the peak lr)");
    assertThat(warnings(file.replace("to: 3,", "to: 1,"))).isEmpty();
    assertThat(warnings("total_steps: 100\nschedules:\n  lr: {type: constant, value: 0.1}\n"
        + "  weight_decay: {type: constant, value: 5}\n")).as("only the lr").isEmpty();
  }

  @Test
  void aLearningRateAboveOneIsFoundWhereTheSpecAloneCannotRuleItOut() {
    // an exponential that grows has no bound from its spec: every step is scanned
    String growing = "total_steps: 100\nschedule: {type: exponential, from: 0.5, rate: 1.01}\n";
    assertOne(growing, 2, 1, "/schedule: the learning rate goes above 1 from step 70 (peak 1.33902 at step 99): that is"
        + " far above any usual learning rate; check the exponent (3e-4, not 3e4) or whether a factor was written"
        + " where an absolute learning rate is meant (scale by the peak lr)");
    assertThat(warnings(growing.replace("total_steps: 100", "total_steps: 70"))).as("scanned, stays below").isEmpty();
    String torch = "base_lr: 2.0\ntotal_steps: 100\nschedule: {type: torch.StepLR, step_size: 10, gamma: 0.1}\n";
    assertOne(torch, 3, 1, "/schedule: the learning rate goes above 1 from step 0 (peak 2 at step 0): that is far"
        + " above any usual learning rate; check the exponent (3e-4, not 3e4) or whether a factor was written where"
        + " an absolute learning rate is meant (scale by the peak lr)");
  }

  // (5) a jump where two parts meet

  @Test
  void aJumpAtAJoin() {
    String file = "total_steps: 1000\nschedule:\n  type: sequence\n  parts:\n"
        + "    - {type: linear, from: 0, to: 0.001, steps: 100}\n    - {type: cosine, from: 0.002, steps: rest}\n";
    assertOne(file, 6, 28, "/schedule/parts/1/from: cosine starts from 0.002 but the part before it ends at 0.001,"
        + " so the value jumps at step 100; leave out from to start where the previous part ends, or make the two"
        + " equal (use piecewise_constant or step for a deliberate jump)");
    assertThat(warnings(file.replace("from: 0.002", "from: 0.001"))).isEmpty();
    assertThat(warnings(file.replace("from: 0.002", "from: 0.0010000000001"))).isEmpty();
    assertThat(warnings(file.replace("{type: cosine, from: 0.002, steps: rest}",
        "{type: step, from: 0.002, gamma: 0.5, every: 300, steps: rest}"))).as("a step jumps by design").isEmpty();
  }

  // (6) a periodic schedule that goes round far too often

  @Test
  void torchWarmRestartsGoingRoundTooOften() {
    String file = "base_lr: 0.1\ntotal_steps: 100000\nschedule: {type: torch.CosineAnnealingWarmRestarts, T_0: 100}\n";
    assertOne(file, 3, 58, "/schedule/T_0: torch.CosineAnnealingWarmRestarts with T_0 100 goes round 1000 times in"
        + " the 100000 steps it runs: far more often than a training run would want; if the period is in epochs"
        + " while steps are counted, multiply T_0 by steps_per_epoch");
    assertThat(warnings(file.replace("T_0: 100}", "T_0: 10000}"))).isEmpty();
    assertThat(warnings(file.replace("T_0: 100}", "T_0: 100, T_mult: 2}"))).isEmpty();
  }

  @Test
  void torchCosineAndCyclicGoingRoundTooOften() {
    assertOne("base_lr: 0.1\ntotal_steps: 100000\nschedule: {type: torch.CosineAnnealingLR, T_max: 100}\n", 3, 50,
        "/schedule/T_max: torch.CosineAnnealingLR with T_max 100 goes round 500 times in the 100000 steps it runs:"
            + " far more often than a training run would want; if the period is in epochs while steps are counted,"
            + " multiply T_max by steps_per_epoch");
    String cyclic = "total_steps: 100000\nschedule: {type: torch.CyclicLR, base_lr: 0.001, max_lr: 0.01,"
        + " step_size_up: 100, cycle_momentum: false}\n";
    assertOne(cyclic, 2, 78, "/schedule/step_size_up: torch.CyclicLR with a cycle of 200 steps goes round 500 times"
        + " in the 100000 steps it runs: far more often than a training run would want; if the period is in epochs"
        + " while steps are counted, multiply step_size_up and step_size_down by steps_per_epoch");
    assertThat(warnings(cyclic.replace("100000", "4000"))).isEmpty();
  }

  @Test
  void nativeRestartsGoingRoundTooOften() {
    String file = "total_steps: 100000\nschedule:\n  type: restarts\n  of: {type: cosine, from: 0.1, steps: 100}\n";
    assertOne(file, 4, 40, "/schedule/of/steps: restarts with a period of 100 steps goes round 1000 times in the"
        + " 100000 steps it runs: far more often than a training run would want; if the period is in epochs while"
        + " steps are counted, multiply the steps of its of by steps_per_epoch");
    assertThat(warnings(file.replace("steps: 100}", "steps: 10000}"))).isEmpty();
    assertThat(warnings(file.replace("type: restarts", "type: restarts\n  cycles: 20").replace("total_steps: 100000",
        "total_steps: 2000"))).isEmpty();
  }

  @Test
  void warningsAreInFileOrderAndThePointerIsUnderAt() {
    String file = "train:\n  optim:\n    total_steps: 1000\n    schedule:\n      type: sequence\n      parts:\n"
        + "        - {type: linear, from: 0, to: 3, steps: 100}\n        - {type: cosine, from: 2, steps: 800}\n";
    List<Problem> got = ScheduleFile.check("f.yaml", file, "/train/optim", null).warnings();
    assertThat(got).extracting(Problem::pointer).containsExactly("/train/optim/schedule", "/train/optim/schedule",
        "/train/optim/schedule/parts/1/from");
  }
}
