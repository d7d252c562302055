package dev.anneal;

import static dev.anneal.LintRules.assertNone;
import static dev.anneal.LintRules.assertOnly;

import dev.anneal.diagnostic.Rule;
import org.junit.jupiter.api.Test;

/** Lint rule {@code warmup-longer-than-run}. */
class WarmupLongerThanRunTest {
  @Test
  void aWarmupNodeAsLongAsTheRun() {
    String file = "total_steps: 1000\nschedule:\n  type: warmup\n  steps: 1000\n"
        + "  then: {type: cosine, from: 0.001, steps: 800}\n";
    assertOnly(file, 4, 10, "/schedule/steps", Rule.WARMUP_LONGER_THAN_RUN, "the warmup lasts 1000 steps, as long as"
        + " the 1000 steps of the run: the learning rate never gets past warmup to its peak 0.001; shorten the warmup"
        + " (e.g. \"5%\") or check that its steps are steps, not epochs");
    assertNone(file.replace("  steps: 1000\n", "  steps: 200\n"));
  }

  @Test
  void aRisingFirstPartLongerThanTheRun() {
    String file = "total_steps: 1000\nschedule:\n  type: sequence\n  parts:\n"
        + "    - {type: linear, from: 0, to: 0.001, steps: 1200}\n    - {type: cosine, steps: 500}\n";
    assertOnly(file, 5, 49, "/schedule/parts/0/steps", Rule.WARMUP_LONGER_THAN_RUN, "the warmup lasts 1200 steps,"
        + " longer than the 1000 steps of the run: the learning rate never gets past warmup to its peak 0.001; shorten"
        + " the warmup (e.g. \"5%\") or check that its steps are steps, not epochs");
  }
}
