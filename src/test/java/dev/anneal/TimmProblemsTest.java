package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.Rule;
import dev.anneal.diagnostic.ScheduleFileException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Problems in timm's training arguments: each at the user's own key. */
class TimmProblemsTest {
  static List<Problem> problems(String text, Long perEpoch) {
    return catchThrowableOfType(ScheduleFileException.class,
        () -> Dialect.TIMM.check("args.yaml", text, "", null, null, perEpoch)).problems();
  }

  @Test
  void aMisspeltSchedulerIsReportedAtItsLineWithTimmsName() {
    Problem problem = problems("model: resnet50\nsched: cosin\nlr: 0.1\nepochs: 10\n", 10L).get(0);
    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.pointer()).isEqualTo("/sched");
    assertThat(problem.rule()).isEqualTo(Rule.UNKNOWN_TYPE);
    assertThat(problem.suggestion()).isEqualTo("cosine");
  }

  @Test
  void plateauAndNoiseAreRefusedWithWhy() {
    assertThat(problems("sched: plateau\nlr: 0.1\n", 10L).get(0).message()).contains("eval metric")
        .contains("use step or multistep");
    Problem noise = problems("sched: cosine\nlr: 0.1\nlr_noise: [0.4, 0.9]\n", 10L).get(0);
    assertThat(noise.pointer()).isEqualTo("/lr_noise");
    assertThat(noise.rule()).isEqualTo(Rule.UNSUPPORTED_TYPE);
  }

  @Test
  void theStepsOfAnEpochAreNeededAndTheMessageNamesTheFlag() {
    Problem problem = problems("sched: step\nlr: 0.1\n", null).get(0);
    assertThat(problem.rule()).isEqualTo(Rule.MISSING_SETTING);
    assertThat(problem.line()).isEqualTo(1);
    assertThat(problem.message()).contains("--steps-per-epoch N");
  }

  @Test
  void aMisspeltTanhIsToldWithTheWholeMessage() {
    assertThat(problems("model: resnet50\nsched: tahn\nlr: 0.1\n", 10L)).extracting(Problem::toString).containsExactly(
        "args.yaml:2:8: error: /sched: timm: sched must be one of cosine, tanh, step, multistep, plateau, poly,"
            + " got tahn; did you mean tanh? (timm's create_scheduler_v2 makes no scheduler for it: the lr would"
            + " stay at lr)");
  }

  @Test
  void plateauIsRefusedWithTheWholeMessage() {
    assertThat(problems("lr: 0.1\nsched: plateau\n", 10L)).extracting(Problem::toString).containsExactly(
        "args.yaml:2:8: error: /sched: timm: sched must be cosine, tanh, step, multistep or poly, got plateau, which"
            + " lowers the lr when the eval metric stops improving: only the run knows when; use step or multistep at"
            + " the epochs you expect");
  }

  @Test
  void aKDecayOfZeroIsOutOfRange() {
    Problem problem = problems("sched: poly\nlr: 0.1\nlr_k_decay: 0\n", 10L).get(0);
    assertThat(problem.toString()).isEqualTo("args.yaml:3:13: error: /lr_k_decay: timm: lr_k_decay must be a finite"
        + " number > 0, got 0");
    assertThat(problem.rule()).isEqualTo(Rule.OUT_OF_RANGE);
  }
}
