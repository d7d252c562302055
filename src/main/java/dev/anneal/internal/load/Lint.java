package dev.anneal.internal.load;

import dev.anneal.diagnostic.Problem;
import dev.anneal.internal.compile.Curve;
import dev.anneal.internal.compile.SequenceParts;
import dev.anneal.spec.Add;
import dev.anneal.spec.ChainedScheduler;
import dev.anneal.spec.Clamp;
import dev.anneal.spec.Constant;
import dev.anneal.spec.ConstantLR;
import dev.anneal.spec.Cosine;
import dev.anneal.spec.CosineAnnealingLR;
import dev.anneal.spec.CosineAnnealingWarmRestarts;
import dev.anneal.spec.CosineCycles;
import dev.anneal.spec.CyclicLR;
import dev.anneal.spec.Exponential;
import dev.anneal.spec.ExponentialLR;
import dev.anneal.spec.Hold;
import dev.anneal.spec.InverseSqrt;
import dev.anneal.spec.Linear;
import dev.anneal.spec.LinearLR;
import dev.anneal.spec.LogLinear;
import dev.anneal.spec.MultiStep;
import dev.anneal.spec.MultiStepLR;
import dev.anneal.spec.Multiply;
import dev.anneal.spec.Node;
import dev.anneal.spec.NodeVisitor;
import dev.anneal.spec.OneCycleLR;
import dev.anneal.spec.OneMinusSqrt;
import dev.anneal.spec.PiecewiseConstant;
import dev.anneal.spec.Polynomial;
import dev.anneal.spec.PolynomialLR;
import dev.anneal.spec.Restarts;
import dev.anneal.spec.Rex;
import dev.anneal.spec.Scale;
import dev.anneal.spec.Sequence;
import dev.anneal.spec.SequentialLR;
import dev.anneal.spec.Shift;
import dev.anneal.spec.Step;
import dev.anneal.spec.StepLR;
import dev.anneal.spec.Tanh;
import dev.anneal.spec.TorchNode;
import dev.anneal.spec.TorchVisitor;
import dev.anneal.spec.Warmup;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Warnings about a valid schedule file that is probably not what was meant. The rules are classes
 * of their own ({@link CosinePastTMax}, {@link EndsBeforeRun}, {@link WarmupLongerThanRun},
 * {@link LrAboveOne}, {@link JumpBetweenParts}, {@link TooManyCycles}), each with its rule id; this
 * class runs the rules about a whole schedule, then walks its tree, through the spec's visitors so
 * that a new node type cannot be left out, knowing where each node is active in the run.
 */
public final class Lint {
  private Lint() {}

  /**
   * The warnings about a loaded file (bound at the pointer {@code at}) over a run of {@code n}
   * steps, in file order; the rules that need a run length are skipped when {@code n} is null.
   */
  static List<Problem> warnings(String name, Loader.Loaded file, String at, @Nullable Long n) {
    if (n == null) return List.of();
    Located document = file.document();
    List<Problem> warnings = new ArrayList<>();
    file.schedules().forEach((schedule, node) -> {
      String root = document.schedule(at, schedule);
      LintRun run = new LintRun(name, file.settings(), document, n, warnings, file.trees().get(schedule), root);
      try {
        schedule(run, schedule, node, root);
      } catch (RuntimeException e) {
        // a lint never makes a valid file fail
      }
    });
    return Reader.sorted(warnings);
  }

  private static void schedule(LintRun run, String schedule, Node node, String root) {
    Curve compiled = run.curve(root);
    EndsBeforeRun.check(run, node, root, compiled);
    if (schedule.equals("lr") && Bounds.magnitude(node, run.context()) > 1) LrAboveOne.check(run, root, compiled);
    if (node instanceof Sequence s) WarmupLongerThanRun.firstPart(run, s, root);
    walk(run, node, root, 0, run.n());
  }

  /** Visits {@code node} at {@code where}, active from step {@code start} (NaN: not known) until {@code end}. */
  private static void walk(LintRun run, Node node, String where, double start, double end) {
    node.accept(new Walk(run, where, start, end));
  }

  /** The rules about one node, and the walk into its children, each with the steps where it is active. */
  private static final class Walk implements NodeVisitor<@Nullable Void>, TorchVisitor<@Nullable Void> {
    private final LintRun run;
    private final String where;
    private final double start;
    private final double end;
    /** The steps the node is active in the run; NaN when not known. */
    private final double active;

    Walk(LintRun run, String where, double start, double end) {
      this.run = run;
      this.where = where;
      this.start = start;
      this.end = end;
      this.active = Double.isNaN(start) ? Double.NaN : Math.min(end, run.n()) - start;
    }

    private @Nullable Void child(Node node, String key, double from, double to) {
      walk(run, node, where + "/" + key, from, to);
      return null;
    }

    private @Nullable Void each(List<? extends Node> nodes, String key) {
      for (int i = 0; i < nodes.size(); i++) child(nodes.get(i), key + "/" + i, start, end);
      return null;
    }

    // --- native combinators ---------------------------------------------------------------------

    @Override public @Nullable Void visit(Sequence node) {
      SequenceParts layout = run.layout(where, node.parts().size());
      JumpBetweenParts.check(run, node, layout, where, start);
      double[] starts = layout.starts();
      int parts = node.parts().size();
      for (int i = 0; i < parts; i++) {
        double to = i == parts - 1 ? end : Math.min(end, start + starts[i + 1]);
        child(node.parts().get(i), "parts/" + i, start + starts[i], to);
      }
      return null;
    }

    @Override public @Nullable Void visit(Warmup node) {
      WarmupLongerThanRun.check(run, node, where, active);
      return child(node.then(), "then", start + node.steps().resolve(run.context()), end);
    }

    @Override public @Nullable Void visit(Restarts node) {
      TooManyCycles.check(run, node, where, active);
      // inside, cycles stretch time: where a node starts is not known
      return child(node.of(), "of", Double.NaN, end);
    }

    @Override public @Nullable Void visit(Scale node) { return child(node.of(), "of", start, end); }
    @Override public @Nullable Void visit(Clamp node) { return child(node.of(), "of", start, end); }
    @Override public @Nullable Void visit(Shift node) { return child(node.of(), "of", start + node.by(), end); }
    // inside a hold, a step of the node is several steps of the run: the rules that count steps do not apply
    @Override public @Nullable Void visit(Hold node) { return null; }
    @Override public @Nullable Void visit(Multiply node) { return each(node.of(), "of"); }
    @Override public @Nullable Void visit(Add node) { return each(node.of(), "of"); }

    // --- native shapes: nothing to walk into ----------------------------------------------------

    @Override public @Nullable Void visit(Constant node) { return null; }
    @Override public @Nullable Void visit(Linear node) { return null; }
    @Override public @Nullable Void visit(LogLinear node) { return null; }
    @Override public @Nullable Void visit(Cosine node) { return null; }
    @Override public @Nullable Void visit(CosineCycles node) { return null; }
    @Override public @Nullable Void visit(Polynomial node) { return null; }
    @Override public @Nullable Void visit(OneMinusSqrt node) { return null; }
    @Override public @Nullable Void visit(Tanh node) { return null; }
    @Override public @Nullable Void visit(Rex node) { return null; }
    @Override public @Nullable Void visit(Exponential node) { return null; }
    @Override public @Nullable Void visit(Step node) { return null; }
    @Override public @Nullable Void visit(MultiStep node) { return null; }
    @Override public @Nullable Void visit(PiecewiseConstant node) { return null; }
    @Override public @Nullable Void visit(InverseSqrt node) { return null; }

    // --- PyTorch's schedulers -------------------------------------------------------------------

    @Override public @Nullable Void visit(TorchNode node) {
      return node.accept((TorchVisitor<@Nullable Void>) this);
    }

    @Override public @Nullable Void visit(CosineAnnealingLR node) {
      CosinePastTMax.check(run, node, where, start, active);
      return null;
    }

    @Override public @Nullable Void visit(CosineAnnealingWarmRestarts node) {
      TooManyCycles.check(run, node, where, active);
      return null;
    }

    @Override public @Nullable Void visit(CyclicLR node) {
      TooManyCycles.check(run, node, where, active);
      return null;
    }

    @Override public @Nullable Void visit(SequentialLR node) {
      for (int i = 0; i < node.schedulers().size(); i++) {
        double from = i == 0 ? start : start + node.milestones().get(i - 1);
        double to = i < node.milestones().size() ? Math.min(end, start + node.milestones().get(i)) : end;
        child(node.schedulers().get(i), "schedulers/" + i, from, to);
      }
      return null;
    }

    @Override public @Nullable Void visit(ChainedScheduler node) { return each(node.schedulers(), "schedulers"); }
    @Override public @Nullable Void visit(StepLR node) { return null; }
    @Override public @Nullable Void visit(MultiStepLR node) { return null; }
    @Override public @Nullable Void visit(ConstantLR node) { return null; }
    @Override public @Nullable Void visit(LinearLR node) { return null; }
    @Override public @Nullable Void visit(ExponentialLR node) { return null; }
    @Override public @Nullable Void visit(PolynomialLR node) { return null; }
    @Override public @Nullable Void visit(OneCycleLR node) { return null; }
  }
}
