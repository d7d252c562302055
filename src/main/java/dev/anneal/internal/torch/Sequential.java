package dev.anneal.internal.torch;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * SequentialLR: child {@code i} runs from milestone {@code i - 1}, restarted there with its closed
 * form at 0 ({@code scheduler.step(0)}). The first child starts from {@code initial_lr} as it
 * stands once every child is constructed. A first milestone of 0 is never met by
 * {@code last_epoch == milestone} (SequentialLR's first step is step 1): the second child is
 * stepped on, not restarted, from the lr of step 0, one step behind.
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
    return k == 0 ? 0 : Leaves.countAtOrBelow(milestones, k);
  }

  /** The step where child {@code i} takes its own step 0. */
  private long offset(int child) {
    return child == 0 ? 0 : milestones[child - 1] + (steppedOn(child) ? 1 : 0);
  }

  /** Whether child {@code i} is stepped on from the lr it finds, not restarted (a first milestone of 0). */
  private boolean steppedOn(int child) {
    return child == 1 && milestones[0] == 0;
  }

  @Override
  double value(long k) {
    int i = active(k);
    if (steppedOn(i)) return steppedOnFrom(value(0), k - 1);
    if (i > 0) return children[i].restart(k - offset(i));
    if (closedFirst != null) return closedFirst.base == resetLr ? closedFirst.value(k) : closedFirst.closed(k, resetLr);
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

  /** The second child's lr at its own step {@code local}, stepped chainably from {@code lr} (the lr of step 0). */
  private double steppedOnFrom(double lr, long local) {
    if (!(children[1] instanceof Chainable second)) return children[1].value(local);
    if (second.multiplicative()) return second.closed(local, lr);
    if (second.base == lr) return second.value(local);
    lr = second.initial(lr);
    for (long s = 1; s <= local; s++) lr = second.next(s, lr);
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
    if (local == 0 && steppedOn(i)) return children[i].initial(lr);
    return i > 0 && local == 0 ? children[i].restart(0) : children[i].next(local, lr);
  }

  /** Past its last milestone, it steps as its last scheduler does, shifted to where that one starts. */
  @Override
  @Nullable Repeats repeats() {
    Repeats last = children[children.length - 1].repeats();
    long start = offset(children.length - 1);
    if (last == null || last.after() > Long.MAX_VALUE - start) return null;
    return new Repeats(start + last.after(), last.every(), last.forgetsEvery(), last.forgetsTo(), last.linear());
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
      if (children[j].hasMomentum()) return children[j].momentum(Math.max(0, milestones[j] - 1 - offset(j)));
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
