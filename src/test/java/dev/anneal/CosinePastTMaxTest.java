package dev.anneal;

import static dev.anneal.LintRules.assertNone;
import static dev.anneal.LintRules.assertOnly;

import dev.anneal.diagnostic.Rule;
import org.junit.jupiter.api.Test;

/** Lint rule {@code cosine-past-t-max}. */
class CosinePastTMaxTest {
  static final String FILE = "base_lr: 0.1\ntotal_steps: 1000\nschedule:\n  type: torch.CosineAnnealingLR\n  T_max: 100\n";

  @Test
  void aTorchCosineActivePastTMax() {
    assertOnly(FILE, 5, 10, "/schedule/T_max", Rule.COSINE_PAST_T_MAX, "torch.CosineAnnealingLR runs past T_max (100)"
        + " for 900 of the 1000 steps of the run: PyTorch's cosine rises back to base_lr after T_max; set T_max to 1000"
        + " or use a native cosine, which holds its end value");
  }

  @Test
  void tMaxOfTheRunOrOneLessIsFine() {
    assertNone(FILE.replace("T_max: 100", "T_max: 1000"));
    assertNone(FILE.replace("T_max: 100", "T_max: 999"));
  }
}
