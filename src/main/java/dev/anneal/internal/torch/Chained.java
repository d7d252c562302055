package dev.anneal.internal.torch;

import java.util.List;

/**
 * ChainedScheduler: every child steps in turn on the same lr. When every child multiplies by a
 * factor, the value is the product of their closed forms; after a child that sets the lr outright,
 * only the children after it matter; otherwise (a CosineAnnealingLR or a SequentialLR among
 * others) the steps are replayed, from checkpoints made once over the first 2^22 steps (so any
 * step there costs fewer than 64 steps; beyond, {@code k - 2^22}).
 */
final class Chained extends Scheduler {
  private final Scheduler[] children;
  private final double before;
  private final double start;
  private final int lastAbsolute;
  private final boolean multiplicative;
  private final double[] checkpoints;
  private static final int CHECKPOINT_SHIFT = 6;
  private static final long CHECKPOINT_STEPS = 1L << 22;

  /** {@code before}: the optimizer's lr before the children were constructed (NaN when unknown). */
  Chained(List<Scheduler> children, double before) {
    this.children = children.toArray(Scheduler[]::new);
    this.before = before;
    this.start = constructed(before);
    int last = -1;
    boolean product = true;
    for (int i = 0; i < this.children.length; i++) {
      Scheduler child = this.children[i];
      if (child instanceof Absolute) last = i;
      product &= child instanceof Chainable c && c.multiplicative();
    }
    this.lastAbsolute = last;
    this.multiplicative = product;
    this.checkpoints = last < 0 && !product ? replayCheckpoints() : new double[] {start};
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
    // replay from the nearest checkpoint at or before k
    int j = (int) Math.min(k >>> CHECKPOINT_SHIFT, checkpoints.length - 1);
    double lr = checkpoints[j];
    for (long s = ((long) j << CHECKPOINT_SHIFT) + 1; s <= k; s++) lr = next(s, lr);
    return lr;
  }

  /**
   * The lr after every {@code 2^CHECKPOINT_SHIFT} steps of the first {@code CHECKPOINT_STEPS}, made
   * once when the chain must be replayed, so that any step costs fewer than 64 replayed steps there.
   */
  private double[] replayCheckpoints() {
    int count = (int) (CHECKPOINT_STEPS >>> CHECKPOINT_SHIFT) + 1;
    double[] at = new double[count];
    double lr = start;
    at[0] = lr;
    for (int j = 1; j < count; j++) {
      for (long s = ((long) (j - 1) << CHECKPOINT_SHIFT) + 1; s <= (long) j << CHECKPOINT_SHIFT; s++) {
        lr = next(s, lr);
      }
      at[j] = lr;
    }
    return at;
  }

  private double stepFrom(int first, long k, double lr) {
    for (int i = first; i < children.length; i++) lr = children[i].next(k, lr);
    return lr;
  }

  /** Every child's constructor, in file order (ChainedScheduler itself takes no step). */
  @Override
  double initial(double lr) {
    for (Scheduler child : children) lr = child.constructed(lr);
    return lr;
  }

  @Override
  double next(long k, double lr) {
    return stepFrom(0, k, lr);
  }

  @Override
  boolean hasMomentum() {
    return anyHasMomentum(children);
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
