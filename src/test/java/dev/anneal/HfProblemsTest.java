package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.Rule;
import dev.anneal.diagnostic.ScheduleFileException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Problems in a Hugging Face file: each at the user's own key, with did-you-mean and the flag to give. */
class HfProblemsTest {
  static List<Problem> problems(String text, Long totalSteps, Long perEpoch) {
    return catchThrowableOfType(ScheduleFileException.class,
        () -> Dialect.HF.check("train.yaml", text, "", null, totalSteps, perEpoch)).problems();
  }

  @Test
  void aMisspeltSchedulerIsReportedAtItsLineWithTheLibrarysOwnName() {
    Problem problem = problems("output_dir: out\nlearning_rate: 2.0e-5\nlr_scheduler_type: cosine_with_restart\nmax_steps: 10\n",
        null, null).get(0);
    assertThat(problem.line()).isEqualTo(3);
    assertThat(problem.column()).isEqualTo(20);
    assertThat(problem.pointer()).isEqualTo("/lr_scheduler_type");
    assertThat(problem.rule()).isEqualTo(Rule.UNKNOWN_TYPE);
    assertThat(problem.suggestion()).isEqualTo("cosine_with_restarts");
    assertThat(problem.message()).startsWith("hf: lr_scheduler_type must be one of linear, cosine,")
        .endsWith("got cosine_with_restart; did you mean cosine_with_restarts?");
  }

  @Test
  void axolotlsKeyIsReportedTooInsideALargerConfig() {
    Problem problem = catchThrowableOfType(ScheduleFileException.class, () -> Dialect.HF.check("a.yaml",
        "base_model: x\ntrain:\n  lr_scheduler: cosin\n  learning_rate: 1.0e-4\n", "/train", null, 100L, null))
        .problems().get(0);
    assertThat(problem.line()).isEqualTo(3);
    assertThat(problem.pointer()).isEqualTo("/train/lr_scheduler");
    assertThat(problem.suggestion()).isEqualTo("cosine");
  }

  @Test
  void reduceLrOnPlateauIsRefusedWithWhyAndWhatInstead() {
    Problem problem = problems("lr_scheduler_type: reduce_lr_on_plateau\n", null, null).get(0);
    assertThat(problem.rule()).isEqualTo(Rule.UNSUPPORTED_TYPE);
    assertThat(problem.message()).contains("eval metric").contains("use cosine_with_min_lr or warmup_stable_decay");
  }

  @Test
  void theRunLengthThatTheLibraryCountsAtRunTimeNamesTheFlags() {
    Problem problem = problems("learning_rate: 2.0e-5\nlr_scheduler_type: cosine\nnum_train_epochs: 3\n", null, null).get(0);
    assertThat(problem.rule()).isEqualTo(Rule.MISSING_SETTING);
    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.message()).startsWith("hf: max_steps must be > 0 for cosine").contains("--total-steps N")
        .contains("--steps-per-epoch N");
    assertThat(Dialect.HF.check("t.yaml", "lr_scheduler_type: cosine\nnum_train_epochs: 3\n", "", null, null, 100L)
        .file().totalSteps()).isEqualTo(300L);
  }

  @Test
  void aKwargTheSchedulerDoesNotTakeIsAtItsKeyWithDidYouMean() {
    Problem problem = problems("lr_scheduler_type: cosine_with_min_lr\nmax_steps: 100\nlr_scheduler_kwargs:\n"
        + "  min_lr_ratio: 0.1\n", null, null).get(0);
    assertThat(problem.rule()).isEqualTo(Rule.UNKNOWN_KEY);
    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.pointer()).isEqualTo("/lr_scheduler_kwargs/min_lr_ratio");
    assertThat(problem.suggestion()).isEqualTo("min_lr_rate");
  }

  @Test
  void valuesOfTheWrongTypeOrRangeAreAtTheirValue() {
    List<Problem> found = problems("learning_rate: fast\nwarmup_ratio: 1.5\nmax_steps: 10\n", null, null);
    assertThat(found).extracting(Problem::line).containsExactly(1, 2);
    assertThat(found.get(0).message()).isEqualTo("hf: learning_rate must be a number, got \"fast\"");
    assertThat(found.get(1).message()).isEqualTo("hf: warmup_ratio must be a number in [0, 1], got 1.5");
  }

  @Test
  void lintWarningsPointAtTheUsersKeys() {
    CheckedFile checked = Dialect.HF.check("t.yaml", "learning_rate: 3.0\nlr_scheduler_type: linear\n"
        + "warmup_steps: 200\nmax_steps: 100\n", "", null, null, null);
    assertThat(checked.warnings()).extracting(Problem::rule).contains(Rule.LR_ABOVE_ONE, Rule.WARMUP_LONGER_THAN_RUN);
    Problem warmup = checked.warnings().stream().filter(p -> p.rule() == Rule.WARMUP_LONGER_THAN_RUN).findFirst().orElseThrow();
    assertThat(warmup.line()).isEqualTo(3);
    assertThat(warmup.pointer()).isEqualTo("/warmup_steps");
  }
}
