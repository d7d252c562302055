package dev.anneal.internal.load;

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
import org.jspecify.annotations.Nullable;

/**
 * A bound on the magnitude of a schedule, read off its spec alone: {@code |value(t)| <= bound} at
 * every step. It lets a lint skip scanning every step of a run when no value can break its rule.
 * Shapes that can grow (a rate above 1...) and the PyTorch composites get no bound (infinity).
 */
public final class Bounds implements NodeVisitor<Double> {
  private static final double NONE = Double.POSITIVE_INFINITY;

  /** A bound on where a part without {@code from} starts (the end of the part before it). */
  private final double inherited;
  private final Context context;

  private Bounds(double inherited, Context context) {
    this.inherited = inherited;
    this.context = context;
  }

  /** {@return a bound on {@code |node(t)|} for every {@code t}; infinity when none is known} */
  public static double magnitude(Node node, Context context) {
    return node.accept(new Bounds(NONE, context));
  }

  private double of(Node node, double inherited) {
    return node.accept(new Bounds(inherited, context));
  }

  private double from(@Nullable Double from) {
    return from != null ? Math.abs(from) : inherited;
  }

  @Override public Double visit(Constant node) { return Math.abs(node.value()); }
  @Override public Double visit(Linear node) { return Math.max(from(node.from()), Math.abs(node.to())); }
  @Override public Double visit(LogLinear node) { return Math.max(from(node.from()), Math.abs(node.to())); }
  @Override public Double visit(Cosine node) { return Math.max(from(node.from()), Math.abs(node.to())); }
  @Override public Double visit(CosineCycles node) { return Math.max(from(node.from()), Math.abs(node.to())); }
  @Override public Double visit(Polynomial node) { return Math.max(from(node.from()), Math.abs(node.to())); }
  @Override public Double visit(OneMinusSqrt node) { return Math.max(from(node.from()), Math.abs(node.to())); }
  @Override public Double visit(Tanh node) { return Math.max(from(node.from()), Math.abs(node.to())); }
  @Override public Double visit(Rex node) { return Math.max(from(node.from()), Math.abs(node.to())); }
  @Override public Double visit(InverseSqrt node) { return from(node.from()); }
  @Override public Double visit(Exponential node) { return node.rate() <= 1 ? from(node.from()) : NONE; }
  @Override public Double visit(Step node) { return Math.abs(node.gamma()) <= 1 ? from(node.from()) : NONE; }
  @Override public Double visit(MultiStep node) { return Math.abs(node.gamma()) <= 1 ? from(node.from()) : NONE; }

  @Override
  public Double visit(PiecewiseConstant node) {
    return node.values().stream().mapToDouble(Math::abs).max().orElse(NONE);
  }

  @Override
  public Double visit(Warmup node) {
    return Math.max(Math.abs(node.from()), of(node.then(), NONE));
  }

  @Override
  public Double visit(Sequence node) {
    double bound = 0;
    double previous = NONE;
    for (Node part : node.parts()) {
      previous = of(part, previous);
      bound = Math.max(bound, previous);
    }
    return bound;
  }

  @Override
  public Double visit(Restarts node) {
    return node.decay() >= 0 && node.decay() <= 1 ? of(node.of(), inherited) : NONE;
  }

  @Override public Double visit(Scale node) { return Math.abs(node.by()) * of(node.of(), inherited); }
  @Override public Double visit(Shift node) { return of(node.of(), inherited); }
  @Override public Double visit(Hold node) { return of(node.of(), inherited); }

  @Override
  public Double visit(Multiply node) {
    return node.of().stream().mapToDouble(n -> of(n, NONE)).reduce(1, (a, b) -> a * b);
  }

  @Override
  public Double visit(Add node) {
    return node.of().stream().mapToDouble(n -> of(n, NONE)).sum();
  }

  /**
   * A clamp to {@code [min, max]} can raise a value to {@code min}, and caps it at {@code max}; but
   * no clamp bounds a NaN, which an unbounded {@code of} can reach ({@code 0 * Infinity}).
   */
  @Override
  public Double visit(Clamp node) {
    double of = of(node.of(), inherited);
    if (!Double.isFinite(of)) return NONE;
    double bound = node.min() != null ? Math.max(of, Math.abs(node.min())) : of;
    if (node.min() != null && node.max() != null) {
      bound = Math.min(bound, Math.max(Math.abs(node.min()), Math.abs(node.max())));
    }
    return bound;
  }

  /** The leaf PyTorch schedulers move {@code base_lr} by factors that the spec bounds. */
  @Override
  public Double visit(TorchNode node) {
    Double base = context.baseLr();
    // without base_lr, a bound in it is NaN: none known (CyclicLR and OneCycleLR do not need it)
    double bound = node.accept(new Torch(base == null ? Double.NaN : Math.abs(base)));
    return Double.isNaN(bound) ? NONE : bound;
  }

  /** Bounds of the PyTorch schedulers that start from {@code |base_lr| = b} (NaN when there is none). */
  private record Torch(double b) implements TorchVisitor<Double> {
    @Override public Double visit(StepLR node) { return Math.abs(node.gamma()) <= 1 ? b : NONE; }
    @Override public Double visit(MultiStepLR node) { return Math.abs(node.gamma()) <= 1 ? b : NONE; }
    @Override public Double visit(ExponentialLR node) { return Math.abs(node.gamma()) <= 1 ? b : NONE; }
    @Override public Double visit(ConstantLR node) { return b * Math.max(1, Math.abs(node.factor())); }

    @Override
    public Double visit(LinearLR node) {
      return b * Math.max(1, Math.max(Math.abs(node.startFactor()), Math.abs(node.endFactor())));
    }

    @Override public Double visit(PolynomialLR node) { return b; }
    @Override public Double visit(CosineAnnealingLR node) { return Math.max(b, Math.abs(node.etaMin())); }
    @Override public Double visit(CosineAnnealingWarmRestarts node) { return Math.max(b, Math.abs(node.etaMin())); }
    /**
     * {@code base_lr + (max_lr - base_lr) * f * scale} with {@code f} in [0, 1] and {@code |scale| <= 1},
     * as long as {@code k / (step_size_up + step_size_down)} stays finite for every step (a cycle
     * shorter than about 5e-290 steps overflows it: NaN, where PyTorch raises OverflowError).
     */
    @Override
    public Double visit(CyclicLR node) {
      boolean shrinks = !node.mode().equals("exp_range") || Math.abs(node.gamma()) <= 1;
      double cycle = node.stepSizeUp() + (node.stepSizeDown() == null ? node.stepSizeUp() : node.stepSizeDown());
      boolean finite = Double.isFinite(Long.MAX_VALUE / cycle);
      return shrinks && finite ? Math.abs(node.baseLr()) + Math.abs(node.maxLr() - node.baseLr()) : NONE;
    }

    /** None: past {@code total_steps} it holds a value a step beyond its last phase, outside the phases' ends. */
    @Override public Double visit(OneCycleLR node) { return NONE; }
    @Override public Double visit(SequentialLR node) { return NONE; }
    @Override public Double visit(ChainedScheduler node) { return NONE; }
  }
}
