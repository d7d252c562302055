package dev.anneal.internal.torch;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * SequentialLR: child {@code i} runs from milestone {@code i - 1}, restarted there with its closed
 * form at 0 ({@code scheduler.step(0)}). The first child starts from {@code initial_lr} as it
 * stands once every child is constructed.
 */
final class Sequential extends Scheduler {
  private final Scheduler[] children;
  private final long[] milestones;
  private final double resetLr;
  /** The first child when it is chainable with a closed form from the reset lr, else null (replayed). */
  private final @Nullable Chainable closedFirst;

  Sequential(List<Scheduler> children, List<Long> milestones, double resetLr) {
    this.children = children.toArray(Scheduler[]::new);
    this.milestones = milestones.stream().mapToLong(Long::longValue).toArray();
    this.resetLr = resetLr;
    this.closedFirst = this.children[0] instanceof Chainable first && (first.multiplicative() || first.base == resetLr)
        ? first : null;
  }

  private int active(long k) {
    return Leaves.countAtOrBelow(milestones, k);
  }

  private long offset(int child) {
    return child == 0 ? 0 : milestones[child - 1];
  }

  @Override
  double value(long k) {
    int i = active(k);
    if (i > 0) return children[i].restart(k - offset(i));
    if (closedFirst != null) return closedFirst.closed(k, resetLr);
    return children[0] instanceof Chainable first ? replayedFirst(first, k) : children[0].restart(k);
  }

  /**
   * The first child runs chainably from {@code initial_lr} as SequentialLR reset it. A factor per
   * step scales with its start, so the closed form from there is exact; CosineAnnealingLR's step
   * also adds terms in its own {@code base_lrs}, which differ from the reset lr when a OneCycleLR
   * constructed later overwrote {@code initial_lr}: then its steps are replayed (k of them).
   */
  private double replayedFirst(Chainable first, long k) {
    double lr = resetLr;
    for (long s = 1; s <= k; s++) lr = first.next(s, lr);
    return lr;
  }

  @Override
  double initial(double lr) {
    return children[0].initial(resetLr);
  }

  @Override
  double next(long k, double lr) {
    int i = active(k);
    long local = k - offset(i);
    return i > 0 && local == 0 ? children[i].restart(0) : children[i].next(local, lr);
  }

  @Override
  boolean hasMomentum() {
    return anyHasMomentum(children);
  }

  /**
   * The momentum the active child sets; else the one the last child with momentum set at its last
   * step; else the one the last child with momentum set when it was constructed.
   */
  @Override
  double momentum(long k) {
    int i = active(k);
    if (children[i].hasMomentum()) return children[i].momentum(k - offset(i));
    for (int j = i - 1; j >= 0; j--) {
      if (children[j].hasMomentum()) return children[j].momentum(milestones[j] - 1 - offset(j));
    }
    for (int j = children.length - 1; j >= 0; j--) {
      if (children[j].hasMomentum()) return children[j].momentum(0);
    }
    throw new UnsupportedOperationException("no momentum");
  }

  /**
   * While a child with momentum is active, every step writes it (the restart at its milestone
   * too); else the last step of the latest earlier child with momentum; else construction (0).
   */
  @Override
  long lastMomentumWrite(long k) {
    if (!hasMomentum()) return -1;
    int i = active(k);
    if (children[i].hasMomentum()) return k;
    for (int j = i - 1; j >= 0; j--) {
      if (children[j].hasMomentum()) return milestones[j] - 1;
    }
    return 0;
  }
}
