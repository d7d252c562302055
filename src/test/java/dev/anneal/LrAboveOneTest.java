package dev.anneal;

import static dev.anneal.LintRules.assertNone;
import static dev.anneal.LintRules.assertOnly;

import dev.anneal.diagnostic.Rule;
import org.junit.jupiter.api.Test;

/** Lint rule {@code lr-above-one}. */
class LrAboveOneTest {
  static final String FILE = "total_steps: 1000\nschedule:\n  type: sequence\n  parts:\n"
      + "    - {type: linear, from: 0, to: 3, steps: 100}\n    - {type: cosine, steps: rest}\n";

  @Test
  void aLearningRateAboveOne() {
    assertOnly(FILE, 2, 1, "/schedule", Rule.LR_ABOVE_ONE, "the learning rate goes above 1 from step 34 (peak 3 at"
        + " step 100): that is far above any usual learning rate; check the exponent (3e-4, not 3e4) or whether a"
        + " factor was written where an absolute learning rate is meant (scale by the peak lr)");
  }

  @Test
  void oneOrOtherSchedulesAreFine() {
    assertNone(FILE.replace("to: 3,", "to: 1,"));
    assertNone("total_steps: 100\nschedules:\n  lr: {type: constant, value: 0.1}\n"
        + "  weight_decay: {type: constant, value: 5}\n");
  }
}
