package dev.anneal;

import dev.anneal.internal.compile.CompiledTree;
import dev.anneal.spec.Add;
import dev.anneal.spec.ChainedScheduler;
import dev.anneal.spec.Clamp;
import dev.anneal.spec.Constant;
import dev.anneal.spec.ConstantLR;
import dev.anneal.spec.Context;
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
import java.util.Locale;
import java.util.function.IntToLongFunction;
import java.util.function.LongUnaryOperator;

/**
 * The phases of a named schedule over steps {@code 0..n-1}: each part of a top-level
 * {@code sequence}, the two halves of a top-level {@code warmup}, each cycle of {@code restarts}
 * and {@code torch.CosineAnnealingWarmRestarts}, each half-period of
 * {@code torch.CosineAnnealingLR} (down to {@code eta_min}, then back up), each scheduler of
 * {@code torch.SequentialLR}, the phases of {@code torch.OneCycleLR}; through {@code hold} (each
 * phase of {@code of} over the steps that hold its values), {@code shift} (moved by {@code by}),
 * {@code scale} and {@code clamp}, the phases of the node they wrap; else one phase with the node's
 * type. Past {@link #LISTED} phases the rest are summed up in one.
 */
final class Phases implements NodeVisitor<List<Phase>>, TorchVisitor<List<Phase>> {
  /** At most this many phases are listed one by one. */
  static final int LISTED = 12;

  private final CompiledTree tree;
  private final Context context;
  private final long n;
  private final long lastStep;
  /** Where the node lies in the tree ({@code ""}, {@code /of}, {@code /of/of}...). */
  private final String at;

  private Phases(CompiledTree tree, Context context, long n, String at) {
    this.tree = tree;
    this.context = context;
    this.n = n;
    this.lastStep = n - 1;
    this.at = at;
  }

  /** The phases of {@code node}, compiled into {@code tree}, over steps {@code 0..n-1}. */
  static List<Phase> of(Node node, CompiledTree tree, Context context, long n) {
    return node.accept(new Phases(tree, context, n, ""));
  }

  /** The phases of the node {@code of} that this one wraps, over its own steps {@code 0..steps-1}. */
  private List<Phase> wrapped(Node of, long steps) {
    return of.accept(new Phases(tree, context, steps, at + "/of"));
  }

  /** One phase over the whole run. */
  private List<Phase> whole(Node node) {
    return List.of(new Phase(node.type(), 0, lastStep));
  }

  @Override public List<Phase> visit(Constant node) { return whole(node); }
  @Override public List<Phase> visit(Linear node) { return whole(node); }
  @Override public List<Phase> visit(LogLinear node) { return whole(node); }
  @Override public List<Phase> visit(Cosine node) { return whole(node); }
  @Override public List<Phase> visit(CosineCycles node) { return whole(node); }
  @Override public List<Phase> visit(Polynomial node) { return whole(node); }
  @Override public List<Phase> visit(OneMinusSqrt node) { return whole(node); }
  @Override public List<Phase> visit(Tanh node) { return whole(node); }
  @Override public List<Phase> visit(Rex node) { return whole(node); }
  @Override public List<Phase> visit(Exponential node) { return whole(node); }
  @Override public List<Phase> visit(Step node) { return whole(node); }
  @Override public List<Phase> visit(MultiStep node) { return whole(node); }
  @Override public List<Phase> visit(PiecewiseConstant node) { return whole(node); }
  @Override public List<Phase> visit(InverseSqrt node) { return whole(node); }

  /** Each part's own phases, from where the part starts (a part not reached: one phase, its type). */
  @Override
  public List<Phase> visit(Sequence node) {
    double[] starts = tree.layout(at, node.parts().size()).starts();
    List<Phase> parts = oneAfterAnother(node.parts(), i -> Math.round(starts[i]));
    List<Phase> phases = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Phase part = parts.get(i);
      if (!part.isReached()) {
        phases.add(part);
        continue;
      }
      Phases inside = new Phases(tree, context, part.last() - part.first() + 1, at + "/parts/" + i);
      for (Phase p : node.parts().get(i).accept(inside)) {
        phases.add(new Phase(p.shape(), p.first() + part.first(), Math.min(part.last(), p.last() + part.first())));
      }
    }
    return summedUp(phases);
  }

  /** The first {@link #LISTED} - 1 phases, and the rest summed up in one. */
  private static List<Phase> summedUp(List<Phase> phases) {
    if (phases.size() <= LISTED) return phases;
    List<Phase> listed = new ArrayList<>(phases.subList(0, LISTED - 1));
    Phase next = phases.get(LISTED - 1);
    long last = phases.stream().filter(Phase::isReached).mapToLong(Phase::last).max().orElseThrow();
    String shape = "… " + (phases.size() - LISTED + 1) + " more phases";
    listed.add(new Phase(shape, next.first(), next.isReached() ? last : next.last()));
    return listed;
  }

  @Override
  public List<Phase> visit(Warmup node) {
    long steps = node.steps().resolve(context);
    return List.of(new Phase("linear warmup", 0, Math.min(lastStep, steps - 1)),
        new Phase(node.then().type(), steps, lastStep));
  }

  @Override
  public List<Phase> visit(Restarts node) {
    List<Phase> phases = new ArrayList<>();
    double d = tree.duration(at + "/of");
    long cycles = node.cycles() == null ? Long.MAX_VALUE : node.cycles();
    cycles(phases, i -> Math.max(1, Math.round(d * Math.pow(node.periodMult(), i))), cycles,
        "cycle %d: " + node.of().type());
    if (node.cycles() != null && !phases.isEmpty() && phases.get(phases.size() - 1).last() < lastStep) {
      long end = phases.get(phases.size() - 1).last() + 1;
      phases.add(new Phase("after the last cycle: held at the end value", end, lastStep));
    }
    return phases;
  }

  @Override public List<Phase> visit(Scale node) { return wrapped(node.of(), n); }
  @Override public List<Phase> visit(Multiply node) { return whole(node); }
  @Override public List<Phase> visit(Add node) { return whole(node); }
  @Override public List<Phase> visit(Clamp node) { return wrapped(node.of(), n); }

  /** {@code of(max(0, t - by))}: of's phases moved by {@code by}; before a positive shift, of's step 0. */
  @Override
  public List<Phase> visit(Shift node) {
    long by = node.by();
    List<Phase> phases = new ArrayList<>();
    if (by > 0) phases.add(new Phase("before the shift: " + node.of().type() + " at its step 0", 0, Math.min(lastStep, by - 1)));
    if (by >= n) return phases;
    for (Phase p : wrapped(node.of(), n - by)) {
      if (p.last() + by < 0) continue;
      phases.add(new Phase(p.shape(), Math.max(0, p.first() + by), Math.min(lastStep, p.last() + by)));
    }
    return phases;
  }

  /** {@code of(floor(t / every))}: each phase of {@code of} over the steps that hold its values. */
  @Override
  public List<Phase> visit(Hold node) {
    long every = node.every();
    List<Phase> phases = new ArrayList<>();
    for (Phase p : wrapped(node.of(), (n - 1) / every + 1)) {
      long last = p.last() >= lastStep / every ? lastStep : (p.last() + 1) * every - 1;
      phases.add(new Phase(p.shape() + " (each value held " + every + " steps)", p.first() * every, last));
    }
    return phases;
  }

  @Override
  public List<Phase> visit(TorchNode node) {
    return node.accept((TorchVisitor<List<Phase>>) this);
  }

  @Override public List<Phase> visit(StepLR node) { return whole(node); }
  @Override public List<Phase> visit(MultiStepLR node) { return whole(node); }
  @Override public List<Phase> visit(ConstantLR node) { return whole(node); }
  @Override public List<Phase> visit(LinearLR node) { return whole(node); }
  @Override public List<Phase> visit(ExponentialLR node) { return whole(node); }
  @Override public List<Phase> visit(PolynomialLR node) { return whole(node); }
  @Override public List<Phase> visit(CyclicLR node) { return whole(node); }
  @Override public List<Phase> visit(ChainedScheduler node) { return whole(node); }

  @Override
  public List<Phase> visit(CosineAnnealingWarmRestarts node) {
    List<Phase> phases = new ArrayList<>();
    cycles(phases, i -> node.t0() * (long) Math.pow(node.tMult(), i), Long.MAX_VALUE,
        "cycle %d: cosine from base_lr to eta_min, then a warm restart");
    return phases;
  }

  @Override
  public List<Phase> visit(CosineAnnealingLR node) {
    List<Phase> phases = new ArrayList<>();
    cycles(phases, i -> i == 0 ? node.tMax() + 1 : node.tMax(), Long.MAX_VALUE, "half-period %d");
    for (int i = 0; i < phases.size(); i++) {
      Phase p = phases.get(i);
      String shape = p.shape().startsWith("…") ? p.shape() : i % 2 == 0
          ? "cosine down to eta_min (T_max " + node.tMax() + ")"
          : "cosine back up to base_lr: PyTorch's cosine does not stop at T_max";
      phases.set(i, new Phase(shape, p.first(), p.last()));
    }
    return phases;
  }

  @Override
  public List<Phase> visit(SequentialLR node) {
    List<Long> milestones = node.milestones();
    // a first milestone of 0: the second scheduler takes its first step at step 1 (PyTorch's quirk)
    return oneAfterAnother(node.schedulers(),
        i -> i == 0 ? 0 : i == 1 && milestones.get(0) == 0 ? 1 : milestones.get(i - 1));
  }

  @Override
  public List<Phase> visit(OneCycleLR node) {
    List<Phase> phases = new ArrayList<>();
    long total = node.cycleSteps();
    long warm = (long) Math.floor(node.pctStart() * total - 1);
    String anneal = " (" + node.annealStrategy() + ")";
    phases.add(new Phase("warm-up" + anneal, 0, Math.min(lastStep, warm)));
    if (node.threePhase()) {
      long back = (long) Math.floor(2 * node.pctStart() * total - 2);
      phases.add(new Phase("back to the start" + anneal, warm + 1, Math.min(lastStep, back)));
      warm = back;
    }
    phases.add(new Phase("annealing" + anneal, warm + 1, Math.min(lastStep, total - 1)));
    if (total <= lastStep) {
      phases.add(new Phase("past total_steps (PyTorch raises): held", total, lastStep));
    }
    return phases;
  }

  /** One phase per node, node {@code i} from step {@code first(i)} until the next one starts. */
  private List<Phase> oneAfterAnother(List<? extends Node> nodes, IntToLongFunction first) {
    List<Phase> phases = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      long last = i == nodes.size() - 1 ? lastStep : Math.min(lastStep, first.applyAsLong(i + 1) - 1);
      phases.add(new Phase(nodes.get(i).type(), first.applyAsLong(i), last));
    }
    return phases;
  }

  /** Consecutive cycles of the given lengths over steps {@code 0..n-1}, the later ones summed up. */
  private void cycles(List<Phase> phases, LongUnaryOperator length, long cycles, String shape) {
    long start = 0;
    for (long i = 0; i < cycles && start < n; i++) {
      long end = Math.min(n - 1, start + length.applyAsLong(i) - 1);
      if (phases.size() == LISTED - 1 && end < n - 1 && i + 1 < cycles) {
        phases.add(new Phase("… cycles from " + (i + 1) + " on, the same way", start, n - 1));
        return;
      }
      phases.add(new Phase(String.format(Locale.ROOT, shape, i + 1), start, end));
      start = end + 1;
    }
  }
}
