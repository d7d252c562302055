package dev.anneal.internal.load;

import dev.anneal.spec.Add;
import dev.anneal.spec.Clamp;
import dev.anneal.spec.Constant;
import dev.anneal.spec.ConstantLR;
import dev.anneal.spec.Context;
import dev.anneal.spec.Cosine;
import dev.anneal.spec.CosineAnnealingLR;
import dev.anneal.spec.CosineAnnealingWarmRestarts;
import dev.anneal.spec.Exponential;
import dev.anneal.spec.ExponentialLR;
import dev.anneal.spec.InverseSqrt;
import dev.anneal.spec.Linear;
import dev.anneal.spec.LinearLR;
import dev.anneal.spec.MultiStep;
import dev.anneal.spec.MultiStepLR;
import dev.anneal.spec.Multiply;
import dev.anneal.spec.Node;
import dev.anneal.spec.OneMinusSqrt;
import dev.anneal.spec.PiecewiseConstant;
import dev.anneal.spec.Polynomial;
import dev.anneal.spec.PolynomialLR;
import dev.anneal.spec.Restarts;
import dev.anneal.spec.Scale;
import dev.anneal.spec.Sequence;
import dev.anneal.spec.Shift;
import dev.anneal.spec.Step;
import dev.anneal.spec.StepLR;
import dev.anneal.spec.Warmup;
import org.jspecify.annotations.Nullable;

/**
 * A bound on the magnitude of a schedule, read off its spec alone: {@code |value(t)| <= bound} at
 * every step. It lets a lint skip scanning every step of a run when no value can break its rule.
 * Shapes that can grow (a rate above 1...) and the PyTorch composites get no bound (infinity).
 */
public final class Bounds {
  private static final double NONE = Double.POSITIVE_INFINITY;

  private Bounds() {}

  /** A bound on {@code |node(t)|} for every {@code t}; infinity when none is known. */
  public static double magnitude(Node node, Context context) {
    return of(node, NONE, context);
  }

  /** {@code inherited}: a bound on where a part without {@code from} starts (the part before's end). */
  private static double of(Node node, double inherited, Context context) {
    if (node instanceof Constant c) return Math.abs(c.value());
    if (node instanceof Linear l) return Math.max(from(l.from(), inherited), Math.abs(l.to()));
    if (node instanceof Cosine c) return Math.max(from(c.from(), inherited), Math.abs(c.to()));
    if (node instanceof Polynomial p) return Math.max(from(p.from(), inherited), Math.abs(p.to()));
    if (node instanceof OneMinusSqrt o) return Math.max(from(o.from(), inherited), Math.abs(o.to()));
    if (node instanceof InverseSqrt i) return from(i.from(), inherited);
    if (node instanceof Exponential e) return e.rate() <= 1 ? from(e.from(), inherited) : NONE;
    if (node instanceof Step s) return Math.abs(s.gamma()) <= 1 ? from(s.from(), inherited) : NONE;
    if (node instanceof MultiStep m) return Math.abs(m.gamma()) <= 1 ? from(m.from(), inherited) : NONE;
    if (node instanceof PiecewiseConstant p) return p.values().stream().mapToDouble(Math::abs).max().orElse(NONE);
    if (node instanceof Warmup w) return Math.max(Math.abs(w.from()), of(w.then(), NONE, context));
    if (node instanceof Sequence s) {
      double bound = 0;
      double previous = NONE;
      for (Node part : s.parts()) {
        previous = of(part, previous, context);
        bound = Math.max(bound, previous);
      }
      return bound;
    }
    if (node instanceof Restarts r) return r.decay() >= 0 && r.decay() <= 1 ? of(r.of(), inherited, context) : NONE;
    if (node instanceof Scale s) return Math.abs(s.by()) * of(s.of(), inherited, context);
    if (node instanceof Shift s) return of(s.of(), inherited, context);
    if (node instanceof Clamp c) return clamped(c, of(c.of(), inherited, context));
    if (node instanceof Multiply m) return m.of().stream().mapToDouble(n -> of(n, NONE, context)).reduce(1, (a, b) -> a * b);
    if (node instanceof Add a) return a.of().stream().mapToDouble(n -> of(n, NONE, context)).sum();
    return torch(node, context);
  }

  /** The leaf PyTorch schedulers move {@code base_lr} by factors that the spec bounds. */
  private static double torch(Node node, Context context) {
    Double base = context.baseLr();
    if (base == null) return NONE;
    double b = Math.abs(base);
    if (node instanceof StepLR s) return Math.abs(s.gamma()) <= 1 ? b : NONE;
    if (node instanceof MultiStepLR m) return Math.abs(m.gamma()) <= 1 ? b : NONE;
    if (node instanceof ExponentialLR e) return Math.abs(e.gamma()) <= 1 ? b : NONE;
    if (node instanceof ConstantLR c) return b * Math.max(1, Math.abs(c.factor()));
    if (node instanceof LinearLR l) return b * Math.max(1, Math.max(Math.abs(l.startFactor()), Math.abs(l.endFactor())));
    if (node instanceof PolynomialLR) return b;
    if (node instanceof CosineAnnealingLR c) return Math.max(b, Math.abs(c.etaMin()));
    if (node instanceof CosineAnnealingWarmRestarts c) return Math.max(b, Math.abs(c.etaMin()));
    return NONE;
  }

  private static double from(@Nullable Double from, double inherited) {
    return from != null ? Math.abs(from) : inherited;
  }

  /** A clamp to {@code [min, max]} can raise a value to {@code min}, and caps it at {@code max}. */
  private static double clamped(Clamp c, double of) {
    double bound = c.min() != null ? Math.max(of, Math.abs(c.min())) : of;
    if (c.min() != null && c.max() != null) bound = Math.min(bound, Math.max(Math.abs(c.min()), Math.abs(c.max())));
    return bound;
  }
}
