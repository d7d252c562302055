package dev.anneal;

import static dev.anneal.LintRules.assertNone;
import static dev.anneal.LintRules.assertOnly;

import dev.anneal.diagnostic.Rule;
import org.junit.jupiter.api.Test;

/** Lint rule {@code too-many-cycles}. */
class TooManyCyclesTest {
  @Test
  void torchWarmRestarts() {
    String file = "base_lr: 0.1\ntotal_steps: 100000\nschedule: {type: torch.CosineAnnealingWarmRestarts, T_0: 100}\n";
    assertOnly(file, 3, 58, "/schedule/T_0", Rule.TOO_MANY_CYCLES, "torch.CosineAnnealingWarmRestarts with T_0 100"
        + " goes round 1000 times in the 100000 steps it runs: far more often than a training run would want; if the"
        + " period is in epochs while steps are counted, multiply T_0 by steps_per_epoch");
    assertNone(file.replace("T_0: 100}", "T_0: 100, T_mult: 2}"));
  }

  @Test
  void torchCosineGivesThisRuleRatherThanCosinePastTMax() {
    assertOnly("base_lr: 0.1\ntotal_steps: 100000\nschedule: {type: torch.CosineAnnealingLR, T_max: 100}\n", 3, 50,
        "/schedule/T_max", Rule.TOO_MANY_CYCLES, "torch.CosineAnnealingLR with T_max 100 goes round 500 times in the"
            + " 100000 steps it runs: far more often than a training run would want; if the period is in epochs while"
            + " steps are counted, multiply T_max by steps_per_epoch");
  }

  @Test
  void nativeRestarts() {
    String file = "total_steps: 100000\nschedule:\n  type: restarts\n  of: {type: cosine, from: 0.1, steps: 100}\n";
    assertOnly(file, 4, 40, "/schedule/of/steps", Rule.TOO_MANY_CYCLES, "restarts with a period of 100 steps goes"
        + " round 1000 times in the 100000 steps it runs: far more often than a training run would want; if the period"
        + " is in epochs while steps are counted, multiply the steps of its of by steps_per_epoch");
    assertNone(file.replace("steps: 100}", "steps: 10000}"));
  }
}
