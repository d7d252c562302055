package dev.anneal;

import static dev.anneal.LintRules.assertNone;
import static dev.anneal.LintRules.assertOnly;

import dev.anneal.diagnostic.Rule;
import org.junit.jupiter.api.Test;

/** Lint rule {@code ends-before-run}. */
class EndsBeforeRunTest {
  static final String FILE = "total_steps: 1000\nschedule:\n  type: warmup\n  steps: 100\n"
      + "  then: {type: cosine, from: 0.001, to: 1.0e-5, steps: 800}\n";

  @Test
  void aScheduleThatEndsBeforeTheRun() {
    assertOnly(FILE, 2, 1, "/schedule", Rule.ENDS_BEFORE_RUN, "the schedule ends at step 900, before the 1000 steps of"
        + " the run: it then holds its end value 1e-05 for the last 100 steps; make its durations add up to 1000"
        + " (e.g. steps: rest on one part of a sequence) or set total_steps to 900");
  }

  @Test
  void aScheduleAsLongAsTheRunIsFine() {
    assertNone(FILE.replace("steps: 800", "steps: 900"));
  }
}
