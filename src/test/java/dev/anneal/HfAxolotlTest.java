package dev.anneal;

import static dev.anneal.HfProblemsTest.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * axolotl's own schedulers: {@code cosine_constant_lr_ratio}, {@code one_cycle} and {@code rex} read,
 * {@code log_sweep} refused with the reason; each problem at the user's key.
 */
class HfAxolotlTest {
  static final String AXOLOTL = "learning_rate: 0.0002\nmax_steps: 500\n";

  static List<Object> where(Problem p) {
    return List.of(p.line(), p.column(), p.pointer(), p.rule(), p.message());
  }

  @Test
  void theConstantRatioNeedsTheMinRatioAndACosine() {
    assertThat(where(problems(AXOLOTL + "lr_scheduler: cosine\ncosine_constant_lr_ratio: 0.8\n", null, null).get(0)))
        .containsExactly(4, 1, "/cosine_constant_lr_ratio", Rule.INVALID_VALUE, "hf: cosine_constant_lr_ratio must go"
            + " with lr_scheduler: cosine and cosine_min_lr_ratio, got lr_scheduler cosine and no cosine_min_lr_ratio,"
            + " where axolotl ignores it");
    assertThat(problems(AXOLOTL + "lr_scheduler: linear\ncosine_min_lr_ratio: 0.1\ncosine_constant_lr_ratio: 0.8\n",
        null, null).get(0).message()).isEqualTo("hf: cosine_constant_lr_ratio must go with lr_scheduler: cosine and"
            + " cosine_min_lr_ratio, got lr_scheduler linear, where axolotl ignores it");
  }

  @Test
  void theRatiosAreInZeroToOneAsAxolotlAssertsAndNotZeroWhereAxolotlIgnoresThem() {
    assertThat(where(problems(AXOLOTL + "cosine_min_lr_ratio: 0.1\ncosine_constant_lr_ratio: 1.5\n", null, null).get(0)))
        .containsExactly(4, 27, "/cosine_constant_lr_ratio", Rule.OUT_OF_RANGE,
            "hf: cosine_constant_lr_ratio must be a number in [0, 1] (axolotl asserts it), got 1.5");
    assertThat(where(problems(AXOLOTL + "cosine_min_lr_ratio: 0\ncosine_constant_lr_ratio: 0.5\n", null, null).get(0)))
        .containsExactly(3, 22, "/cosine_min_lr_ratio", Rule.OUT_OF_RANGE, "hf: cosine_min_lr_ratio must be > 0 with"
            + " cosine_constant_lr_ratio, got 0: axolotl then ignores cosine_constant_lr_ratio and runs transformers'"
            + " cosine; leave cosine_constant_lr_ratio out");
    assertThat(problems(AXOLOTL + "cosine_min_lr_ratio: 0.1\ncosine_constant_lr_ratio: 0\n", null, null).get(0)
        .message()).isEqualTo("hf: cosine_constant_lr_ratio must be > 0, got 0: axolotl ignores a ratio of 0 and runs"
            + " its cosine to cosine_min_lr_ratio over the whole run; leave it out");
    assertThat(problems(AXOLOTL + "cosine_min_lr_ratio: 2\n", null, null).get(0).message())
        .isEqualTo("hf: cosine_min_lr_ratio must be a number in [0, 1] (axolotl asserts it), got 2");
  }

  @Test
  void axolotlsCosineToAFloorReadsNoNumCycles() {
    assertThat(where(problems(AXOLOTL + "cosine_min_lr_ratio: 0.1\nlr_scheduler_kwargs: {num_cycles: 1}\n", null, null)
        .get(0))).containsExactly(4, 23, "/lr_scheduler_kwargs/num_cycles", Rule.UNKNOWN_KEY, "unknown key num_cycles"
            + " in lr_scheduler_kwargs: axolotl's cosine with cosine_min_lr_ratio does not read it (its cosine is a half"
            + " wave)");
  }

  @Test
  void theConstantPhaseHoldsTheFloorPastTheRun() {
    Schedule lr = Dialect.HF.check("a.yaml", AXOLOTL + "cosine_min_lr_ratio: 0.1\ncosine_constant_lr_ratio: 0.8\n"
        + "warmup_steps: 0\n", "", null, null, null).schedules().get("lr");
    assertThat(lr.valueAt(0)).isEqualTo(0.0002);
    assertThat(lr.valueAt(400)).isCloseTo(0.00002, org.assertj.core.data.Offset.offset(1e-18));
    assertThat(lr.valueAt(5000)).isEqualTo(lr.valueAt(400));
  }

  @Test
  void oneCycleTakesOneCycleLrsKeysOnly() {
    assertThat(where(problems(AXOLOTL + "lr_scheduler: one_cycle\nlr_scheduler_kwargs: {max_lrr: 0.1}\n", null, null)
        .get(0))).containsExactly(4, 23, "/lr_scheduler_kwargs/max_lrr", Rule.UNKNOWN_KEY, "unknown key max_lrr in"
            + " lr_scheduler_kwargs of one_cycle (expected one of pct_start, anneal_strategy, cycle_momentum,"
            + " base_momentum, max_momentum, div_factor, final_div_factor, three_phase)");
    assertThat(where(problems(AXOLOTL + "lr_scheduler: one_cycle\nlr_scheduler_kwargs: {anneal_strategy: cosine}\n",
        null, null).get(0))).element(0).isEqualTo(4);
    assertThat(problems(AXOLOTL + "lr_scheduler: one_cycle\ncosine_min_lr_ratio: 0.1\n", null, null).get(0).message())
        .isEqualTo("hf: cosine_min_lr_ratio must go with lr_scheduler: cosine or rex (or jagged_restart_steps), got"
            + " lr_scheduler one_cycle, which does not read it");
  }

  @Test
  void oneCycleIsPyTorchsOwnNodeWithMomentum() {
    CheckedFile checked = Dialect.HF.check("a.yaml", AXOLOTL + "lr_scheduler: one_cycle\nwarmup_steps: 50\n", "", null,
        null, null);
    assertThat(checked.file().toYaml()).contains("type: torch.OneCycleLR").contains("pct_start: 0.1")
        .contains("anneal_strategy: cos");
    assertThat(checked.schedules()).containsKeys("lr", "momentum");
  }

  @Test
  void aQuadraticWarmupGoesWithCosineAlone() {
    assertThat(where(problems(AXOLOTL + "lr_scheduler: linear\nlr_quadratic_warmup: true\n", null, null).get(0)))
        .containsExactly(4, 1, "/lr_quadratic_warmup", Rule.INVALID_VALUE, "hf: lr_quadratic_warmup must go with"
            + " lr_scheduler: cosine, got lr_scheduler linear, where axolotl ignores it");
    assertThat(problems(AXOLOTL + "lr_quadratic_warmup: true\ncosine_min_lr_ratio: 0.1\n", null, null).get(0).message())
        .isEqualTo("hf: lr_quadratic_warmup must be left out with cosine_min_lr_ratio, got true: axolotl then runs its"
            + " quadratic warmup to a cosine to 0 and ignores cosine_min_lr_ratio (it logs a warning); keep the one you"
            + " mean");
    assertThat(problems(AXOLOTL + "lr_scheduler: cosine\nlr_quadratic_warmup: yes please\n", null, null).get(0).message())
        .isEqualTo("hf: lr_quadratic_warmup must be true or false, got \"yes please\"");
  }

  @Test
  void jaggedRestartsNeedRoomForTheirWarmupAndAnnealAndNoOneCycle() {
    assertThat(where(problems(AXOLOTL + "jagged_restart_steps: 8\n", null, null).get(0))).containsExactly(3, 23,
        "/jagged_restart_steps", Rule.INVALID_VALUE, "hf: jagged_restart_steps must be at least its warmup and anneal"
            + " steps (10 + 1), got 8: axolotl's restart then warms up and anneals at once");
    assertThat(where(problems(AXOLOTL + "lr_scheduler: one_cycle\njagged_restart_steps: 100\n", null, null).get(0)))
        .containsExactly(4, 1, "/jagged_restart_steps", Rule.UNSUPPORTED_TYPE, "hf: jagged_restart_steps must be left"
            + " out with lr_scheduler: one_cycle, got 100: the restarts read OneCycleLR one step past its total_steps,"
            + " where PyTorch's formula runs on and anneal's torch.OneCycleLR holds");
  }

  @Test
  void rexIsTheRexNodeOneStepAheadAfterItsWarmup() {
    ScheduleFile file = Dialect.HF.check("a.yaml", AXOLOTL + "lr_scheduler: rex\nwarmup_steps: 40\ncosine_min_lr_ratio: 0.1\n",
        "", null, null, null).file();
    assertThat(file.toYaml()).isEqualTo("""
        total_steps: 500
        schedule:
          type: shift
          by: -1
          of:
            type: sequence
            parts:
            - type: linear
              from: 0.0
              to: 2.0E-4
              steps: 40
            - type: rex
              from: 2.0E-4
              to: 2.0E-5
              steps: 460
            - type: constant
              value: 2.0E-5
              steps: 1
        """);
  }

  @Test
  void rexTakesNoWarmupLongerThanTheRun() {
    assertThat(where(problems(AXOLOTL + "lr_scheduler: rex\nwarmup_steps: 600\n", null, null).get(0))).containsExactly(4,
        15, "/warmup_steps", Rule.OUT_OF_RANGE, "hf: warmup must be at most the run's 500 steps for rex, got 600 (RexLR"
            + " raises a ValueError)");
  }

  @Test
  void logSweepIsRefusedWithTheReason() {
    assertThat(where(problems(AXOLOTL + "lr_scheduler: log_sweep\n", null, null).get(0))).containsExactly(3, 15,
        "/lr_scheduler", Rule.UNSUPPORTED_TYPE, "hf: lr_scheduler must be cosine, one_cycle, rex or one of"
            + " transformers' SchedulerType values, got log_sweep: axolotl's trainer never builds its"
            + " InterpolatingLogScheduler (src/axolotl/utils/schedulers.py): create_scheduler has no log_sweep, so the"
            + " name reaches transformers as lr_scheduler_type, which raises a ValueError; for an lr range test write a"
            + " native log_linear");
  }
}
