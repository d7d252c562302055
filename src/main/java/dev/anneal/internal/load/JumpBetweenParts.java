package dev.anneal.internal.load;

import dev.anneal.diagnostic.Rule;
import dev.anneal.internal.compile.SequenceParts;
import dev.anneal.spec.Add;
import dev.anneal.spec.Clamp;
import dev.anneal.spec.Constant;
import dev.anneal.spec.Cosine;
import dev.anneal.spec.CosineCycles;
import dev.anneal.spec.Exponential;
import dev.anneal.spec.Hold;
import dev.anneal.spec.InverseSqrt;
import dev.anneal.spec.Linear;
import dev.anneal.spec.LogLinear;
import dev.anneal.spec.MultiStep;
import dev.anneal.spec.Multiply;
import dev.anneal.spec.Node;
import dev.anneal.spec.NodeVisitor;
import dev.anneal.spec.OneMinusSqrt;
import dev.anneal.spec.PiecewiseConstant;
import dev.anneal.spec.Polynomial;
import dev.anneal.spec.Restarts;
import dev.anneal.spec.Rex;
import dev.anneal.spec.Scale;
import dev.anneal.spec.Sequence;
import dev.anneal.spec.Shift;
import dev.anneal.spec.Step;
import dev.anneal.spec.Tanh;
import dev.anneal.spec.TorchNode;
import dev.anneal.spec.Warmup;
import org.jspecify.annotations.Nullable;

/**
 * Lint rule 5: in a sequence, a {@code linear}, {@code cosine}, {@code polynomial} or
 * {@code one_minus_sqrt} part whose explicit {@code from} is not where the part before it ends.
 * Parts that jump by design ({@code piecewise_constant}, {@code step}...) are not checked.
 */
final class JumpBetweenParts {
  static final Rule RULE = Rule.JUMP_BETWEEN_PARTS;
  /** Two values closer than this, relatively, are the same. */
  static final double SAME = 1e-6;

  private JumpBetweenParts() {}

  /** The joins of {@code s} at {@code where}, laid out as {@code layout}, starting at step {@code start} (NaN: not known). */
  static void check(LintRun run, Sequence s, SequenceParts layout, String where, double start) {
    double[] ends = layout.ends();
    double[] starts = layout.starts();
    for (int i = 1; i < s.parts().size(); i++) {
      Node part = s.parts().get(i);
      @Nullable Double from = part.accept(EXPLICIT_FROM);
      double previous = ends[i - 1];
      if (from == null || Double.isNaN(previous)) continue;
      if (Math.abs(from - previous) <= SAME * Math.max(Math.abs(from), Math.abs(previous))) continue;
      String when = Double.isNaN(start) ? "" : " at step " + Math.round(start + starts[i]);
      run.warnAtValue(where + "/parts/" + i + "/from", RULE, part.type() + " starts from " + LintRun.num(from)
          + " but the part before it ends at " + LintRun.num(previous) + ", so the value jumps" + when + "; leave out"
          + " from to start where the previous part ends, or make the two equal (use piecewise_constant or step for"
          + " a deliberate jump)");
    }
  }

  /** The explicit {@code from} of a shape that should start where the previous part ends; else null. */
  private static final NodeVisitor<@Nullable Double> EXPLICIT_FROM = new NodeVisitor<>() {
    @Override public @Nullable Double visit(Linear node) { return node.from(); }
    @Override public @Nullable Double visit(LogLinear node) { return node.from(); }
    @Override public @Nullable Double visit(Cosine node) { return node.from(); }
    @Override public @Nullable Double visit(CosineCycles node) { return node.from(); }
    @Override public @Nullable Double visit(Polynomial node) { return node.from(); }
    @Override public @Nullable Double visit(OneMinusSqrt node) { return node.from(); }
    @Override public @Nullable Double visit(Tanh node) { return node.from(); }
    @Override public @Nullable Double visit(Rex node) { return node.from(); }
    // jumps by design, or no from of its own
    @Override public @Nullable Double visit(Constant node) { return null; }
    @Override public @Nullable Double visit(Exponential node) { return null; }
    @Override public @Nullable Double visit(Step node) { return null; }
    @Override public @Nullable Double visit(MultiStep node) { return null; }
    @Override public @Nullable Double visit(PiecewiseConstant node) { return null; }
    @Override public @Nullable Double visit(InverseSqrt node) { return null; }
    @Override public @Nullable Double visit(Sequence node) { return null; }
    @Override public @Nullable Double visit(Warmup node) { return null; }
    @Override public @Nullable Double visit(Restarts node) { return null; }
    @Override public @Nullable Double visit(Scale node) { return null; }
    @Override public @Nullable Double visit(Multiply node) { return null; }
    @Override public @Nullable Double visit(Add node) { return null; }
    @Override public @Nullable Double visit(Clamp node) { return null; }
    @Override public @Nullable Double visit(Shift node) { return null; }
    @Override public @Nullable Double visit(Hold node) { return null; }
    @Override public @Nullable Double visit(TorchNode node) { return null; }
  };
}
