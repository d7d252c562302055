package dev.anneal;

import static dev.anneal.LintRules.assertNone;
import static dev.anneal.LintRules.assertOnly;

import dev.anneal.diagnostic.Rule;
import org.junit.jupiter.api.Test;

/** Lint rule {@code jump-between-parts}. */
class JumpBetweenPartsTest {
  static final String FILE = "total_steps: 1000\nschedule:\n  type: sequence\n  parts:\n"
      + "    - {type: linear, from: 0, to: 0.001, steps: 100}\n    - {type: cosine, from: 0.002, steps: rest}\n";

  @Test
  void aJumpAtAJoin() {
    assertOnly(FILE, 6, 28, "/schedule/parts/1/from", Rule.JUMP_BETWEEN_PARTS, "cosine starts from 0.002 but the part"
        + " before it ends at 0.001, so the value jumps at step 100; leave out from to start where the previous part"
        + " ends, or make the two equal (use piecewise_constant or step for a deliberate jump)");
  }

  @Test
  void equalEndsAndShapesThatJumpByDesignAreFine() {
    assertNone(FILE.replace("from: 0.002", "from: 0.001"));
    assertNone(FILE.replace("{type: cosine, from: 0.002, steps: rest}",
        "{type: step, from: 0.002, gamma: 0.5, every: 300, steps: rest}"));
  }
}
