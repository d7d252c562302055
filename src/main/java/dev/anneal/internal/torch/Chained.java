package dev.anneal.internal.torch;

import java.util.Arrays;
import java.util.List;

/**
 * ChainedScheduler: every child steps in turn on the same lr. When every child multiplies by a
 * factor, the value is the product of their closed forms (replayed instead, over the first 2^22
 * steps, where that product overflows but PyTorch's steps need not); after a child that sets the lr outright,
 * only the children after it matter; otherwise (a CosineAnnealingLR or a SequentialLR among
 * others) the steps are replayed, from checkpoints every 64 steps over the first 2^22 steps (so
 * any step there costs fewer than 64 steps; beyond, {@code k - 2^22}). The checkpoints are a memo,
 * made on first need and shared by every thread: the value at {@code k} is the same whatever was
 * asked before. {@link #fill} replays forward, one step per row.
 */
final class Chained extends Scheduler {
  private final Scheduler[] children;
  private final double before;
  private final double start;
  private final int lastAbsolute;
  private final boolean multiplicative;
  private final boolean replayed;
  /** {@code checkpoints[j]}: the lr after {@code 64 j} steps; grows on demand, never changes. */
  private volatile double[] checkpoints;
  private static final int CHECKPOINT_SHIFT = 6;
  private static final int LAST_CHECKPOINT = 1 << (22 - CHECKPOINT_SHIFT);

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
    this.replayed = last < 0 && !product;
    this.checkpoints = new double[] {start};
  }

  @Override
  double value(long k) {
    if (k == 0) return start;
    if (lastAbsolute >= 0) return stepFrom(lastAbsolute, k, Double.NaN);
    if (multiplicative) {
      double value = product(k);
      if (!Double.isNaN(value) || Double.isNaN(before) || k > (long) LAST_CHECKPOINT << CHECKPOINT_SHIFT) {
        return Double.isNaN(value) ? replayedBeyond(k) : value;
      }
    }
    return replayed(k);
  }

  /**
   * The members' closed forms applied in turn to the lr; NaN where, in that order rather than
   * PyTorch's (one factor at a time, every step), it overflows, or underflows (to a subnormal, or
   * to 0 without a factor that is 0) on the way to a normal value: 2^k times 0.5^k, a factor 0
   * times one that overflows. There the steps are replayed. A value that ends below the normal
   * range stands: PyTorch's is as small, within the tolerance.
   */
  private double product(long k) {
    double value = before;
    boolean underflowed = false;
    for (Scheduler child : children) {
      Chainable member = (Chainable) child;
      double next = member.closed(k, value);
      if (!Double.isFinite(next)) return Double.NaN;
      underflowed |= Math.abs(next) < Double.MIN_NORMAL && !(next == 0 && (value == 0 || member.closed(k, 1.0) == 0));
      value = next;
    }
    return underflowed && Math.abs(value) >= Double.MIN_NORMAL ? Double.NaN : value;
  }

  /** Past the checkpoints, where a replay costs a step per step: the product as it comes. */
  private double replayedBeyond(long k) {
    double value = before;
    for (Scheduler child : children) value = ((Chainable) child).closed(k, value);
    return value;
  }

  /** The value at {@code k} replayed from the nearest checkpoint at or before it. */
  private double replayed(long k) {
    int j = (int) Math.min(k >>> CHECKPOINT_SHIFT, LAST_CHECKPOINT);
    double lr = checkpointsTo(j)[j];
    for (long s = ((long) j << CHECKPOINT_SHIFT) + 1; s <= k; s++) lr = next(s, lr);
    return lr;
  }

  /** The checkpoints up to {@code j} at least, made once (doubling, so each step is replayed once). */
  private double[] checkpointsTo(int j) {
    double[] at = checkpoints;
    if (j < at.length) return at;
    synchronized (this) {
      at = checkpoints;
      if (j < at.length) return at;
      double[] more = Arrays.copyOf(at, Math.min(Math.max(j + 1, 2 * at.length), LAST_CHECKPOINT + 1));
      double lr = at[at.length - 1];
      for (int i = at.length; i < more.length; i++) {
        for (long s = ((long) (i - 1) << CHECKPOINT_SHIFT) + 1; s <= (long) i << CHECKPOINT_SHIFT; s++) {
          lr = next(s, lr);
        }
        more[i] = lr;
      }
      checkpoints = more;
      return more;
    }
  }

  /** A replayed chain goes forward from one row to the next: {@code every} steps per row, at most 64. */
  @Override
  void fill(double[] into, long from, long every) {
    if (!replayed || every > 1 << CHECKPOINT_SHIFT || into.length == 0) {
      super.fill(into, from, every);
      return;
    }
    double lr = value(from);
    into[0] = lr;
    long step = from;
    for (int i = 1; i < into.length; i++) {
      for (long s = step + 1; s <= step + every; s++) lr = next(s, lr);
      step += every;
      into[i] = lr;
    }
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

  /**
   * The momentum written last: at the latest step {@code <= k} where a child writes one, by the
   * last child that does then (they step, and were constructed, in file order). A SequentialLR
   * child writes none while its active child schedules none, so an earlier child's may stand.
   */
  @Override
  double momentum(long k) {
    return children[lastWriter(k)].momentum(k);
  }

  @Override
  long lastMomentumWrite(long k) {
    int writer = lastWriter(k);
    return writer < 0 ? -1 : children[writer].lastMomentumWrite(k);
  }

  /** The child whose momentum the optimizer holds after step {@code k}, or -1 when none writes one. */
  private int lastWriter(long k) {
    int writer = -1;
    long latest = -1;
    for (int i = 0; i < children.length; i++) {
      long at = children[i].lastMomentumWrite(k);
      if (at >= 0 && at >= latest) {
        latest = at;
        writer = i;
      }
    }
    return writer;
  }
}
