package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.Rule;
import dev.anneal.diagnostic.ScheduleFileException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Problems in a Lightning CLI config: each at the user's own key. */
class LightningProblemsTest {
  static List<Problem> problems(String text, Long perEpoch) {
    return catchThrowableOfType(ScheduleFileException.class,
        () -> Dialect.LIGHTNING.check("cli.yaml", text, "", null, null, perEpoch)).problems();
  }

  @Test
  void aMisspeltSchedulerIsReportedAtItsLineWithPyTorchsName() {
    Problem problem = problems("optimizer:\n  init_args: {lr: 0.1}\nlr_scheduler:\n"
        + "  class_path: torch.optim.lr_scheduler.CosineAnnealingLr\n  init_args: {T_max: 10}\n", 10L).get(0);
    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.pointer()).isEqualTo("/lr_scheduler/class_path");
    assertThat(problem.rule()).isEqualTo(Rule.UNKNOWN_TYPE);
    assertThat(problem.suggestion()).isEqualTo("torch.optim.lr_scheduler.CosineAnnealingLR");
  }

  @Test
  void aKeyTheSchedulerDoesNotTakeIsAtTheUsersInitArg() {
    Problem problem = problems("optimizer:\n  init_args: {lr: 0.1}\nlr_scheduler:\n"
        + "  class_path: torch.optim.lr_scheduler.CosineAnnealingLR\n  init_args:\n    T_maxx: 10\n", 10L).get(0);
    assertThat(problem.line()).isEqualTo(6);
    assertThat(problem.pointer()).isEqualTo("/lr_scheduler/init_args/T_maxx");
    assertThat(problem.suggestion()).isEqualTo("T_max");
  }

  @Test
  void reduceLrOnPlateauIsRefusedWithWhyAndWhatInstead() {
    Problem problem = problems("optimizer:\n  class_path: torch.optim.Adam\nlr_scheduler:\n"
        + "  class_path: lightning.pytorch.cli.ReduceLROnPlateau\n", 10L).get(0);
    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.rule()).isEqualTo(Rule.UNSUPPORTED_TYPE);
    assertThat(problem.message()).contains("monitored metric").contains("use CosineAnnealingLR or MultiStepLR");
  }

  @Test
  void anEpochIntervalNeedsTheStepsOfAnEpochAndSaysWhichFlag() {
    Problem problem = problems("optimizer:\n  init_args: {lr: 0.1}\nlr_scheduler:\n"
        + "  class_path: torch.optim.lr_scheduler.StepLR\n  init_args: {step_size: 30}\n", null).get(0);
    assertThat(problem.rule()).isEqualTo(Rule.MISSING_SETTING);
    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.message()).contains("--steps-per-epoch N");
  }

  @Test
  void aCosineCountedInEpochsButSteppedEveryStepIsWarnedAboutAtTMax() {
    CheckedFile checked = Dialect.LIGHTNING.check("cli.yaml", "optimizer:\n  init_args: {lr: 0.1}\nlr_scheduler:\n"
        + "  class_path: torch.optim.lr_scheduler.CosineAnnealingLR\n  init_args: {T_max: 90}\n  interval: step\n"
        + "trainer: {max_epochs: 90}\n", "", null, null, 100L);
    Problem warning = checked.warnings().get(0);
    assertThat(warning.rule()).isEqualTo(Rule.TOO_MANY_CYCLES);
    assertThat(warning.message()).contains("epochs");
    assertThat(warning.pointer()).isEqualTo("/lr_scheduler/init_args/T_max");
    assertThat(warning.line()).isEqualTo(5);
  }
}
