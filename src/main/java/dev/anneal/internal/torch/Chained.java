package dev.anneal.internal.torch;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * ChainedScheduler: every child steps in turn on the same lr. When every child multiplies by a
 * factor, the value is the product of their closed forms; after a child that sets the lr outright,
 * only the children after it matter; otherwise (a CosineAnnealingLR or a SequentialLR among
 * others) the steps are replayed from 0, which costs {@code k} steps.
 */
final class Chained extends Scheduler {
  private final Scheduler[] children;
  private final double before;
  private final double start;
  private final int lastAbsolute;
  private final boolean multiplicative;

  /** {@code before}: the optimizer's lr before the children were constructed (NaN when unknown). */
  Chained(List<Scheduler> children, double before) {
    this.children = children.toArray(Scheduler[]::new);
    this.before = before;
    this.start = initial(before);
    int last = -1;
    boolean product = true;
    for (int i = 0; i < this.children.length; i++) {
      Scheduler child = this.children[i];
      if (child instanceof Absolute) last = i;
      product &= child instanceof Chainable c && c.multiplicative();
    }
    this.lastAbsolute = last;
    this.multiplicative = product;
  }

  @Override
  double value(long k) {
    if (k == 0) return start;
    if (lastAbsolute >= 0) return stepFrom(lastAbsolute, k, Double.NaN);
    if (multiplicative) {
      double value = before;
      for (Scheduler child : children) value *= ((Chainable) child).closed(k, 1.0);
      return value;
    }
    // replay, resuming from the last step asked when it is not past k, so that asking the steps in
    // order (table, explain, plot) costs one step each; the result is the same either way
    Replayed from = replayed;
    long s = 1;
    double lr = start;
    if (from != null && from.k() <= k) {
      s = from.k() + 1;
      lr = from.lr();
    }
    for (; s <= k; s++) lr = next(s, lr);
    replayed = new Replayed(k, lr);
    return lr;
  }

  /** The lr after {@code k} replayed steps. */
  private record Replayed(long k, double lr) {}

  private volatile @Nullable Replayed replayed;

  private double stepFrom(int first, long k, double lr) {
    for (int i = first; i < children.length; i++) lr = children[i].next(k, lr);
    return lr;
  }

  @Override
  double initial(double lr) {
    for (Scheduler child : children) lr = child.initial(lr);
    return lr;
  }

  @Override
  double next(long k, double lr) {
    return stepFrom(0, k, lr);
  }

  @Override
  boolean hasMomentum() {
    for (Scheduler child : children) {
      if (child.hasMomentum()) return true;
    }
    return false;
  }

  /** The momentum set by the last child that schedules one; every child steps every step. */
  @Override
  double momentum(long k) {
    for (int i = children.length - 1; i >= 0; i--) {
      if (children[i].hasMomentum()) return children[i].momentum(k);
    }
    throw new UnsupportedOperationException("no momentum");
  }
}
