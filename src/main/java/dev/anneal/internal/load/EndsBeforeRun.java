package dev.anneal.internal.load;

import dev.anneal.diagnostic.Rule;
import dev.anneal.internal.compile.Curve;
import dev.anneal.spec.Node;
import dev.anneal.spec.TorchNode;

/** Lint rule 2: a native schedule whose duration ends before the run, then holds its end value. */
final class EndsBeforeRun {
  static final Rule RULE = Rule.ENDS_BEFORE_RUN;

  private EndsBeforeRun() {}

  /** Checks the schedule {@code node} at {@code root}, compiled as {@code compiled}. */
  static void check(LintRun run, Node node, String root, Curve compiled) {
    if (node instanceof TorchNode) return;
    long n = run.n();
    double d = run.duration(root);
    if (Double.isNaN(d) || Math.round(d) >= n) return;
    long end = Math.round(d);
    run.warnAtKey(root, RULE, "the schedule ends at step " + end + ", before the " + n + " steps of the run: it then"
        + " holds its end value " + LintRun.num(compiled.at(end)) + " for the last " + (n - end) + " steps; make its"
        + " durations add up to " + n + " (e.g. steps: rest on one part of a sequence) or set total_steps to " + end);
  }
}
