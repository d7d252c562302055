package dev.anneal.internal.torch;

import java.util.function.LongToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * One PyTorch scheduler attached to the (single param group of the) optimizer, after construction.
 * {@link #value(long)} is what the optimizer's lr holds after {@code k} calls of {@code step()} when
 * this scheduler is the one the user steps.
 */
abstract class Scheduler implements LongToDoubleFunction {

  /** The optimizer's lr after {@code k} steps of this scheduler alone. */
  abstract double value(long k);

  /** {@link #value}, as a function of the step. */
  @Override
  public final double applyAsDouble(long k) {
    return value(k);
  }

  /** The values at {@code from}, {@code from + every}, ... into {@code into}, each {@link #value}. */
  void fill(double[] into, long from, long every) {
    long step = from;
    for (int i = 0; i < into.length; i++, step += every) into[i] = value(step);
  }

  /** The lr this scheduler's constructor leaves, given the optimizer's lr before it. */
  abstract double initial(double lr);

  /**
   * The lr this scheduler's constructor leaves (its first, implicit {@code step()}), given the
   * optimizer's lr before it. The same as {@link #initial(double)} except for CyclicLR, whose
   * constructor steps before it has set its own {@code base_lrs}.
   */
  double constructed(double lr) {
    return initial(lr);
  }

  /** The lr after this scheduler's {@code k}-th {@code step()} ({@code k >= 1}), given the lr before it. */
  abstract double next(long k, double lr);

  /** PyTorch's {@code _get_closed_form_lr} at {@code k}, used when SequentialLR restarts it at a milestone. */
  double restart(long k) {
    return value(k);
  }

  /** {@return how the step map repeats once the milestones are behind, or null when it does not (or is not known to)} */
  @Nullable Repeats repeats() {
    return null;
  }

  /** Whether {@code momentum} is scheduled too ({@code cycle_momentum}). */
  boolean hasMomentum() {
    return false;
  }

  /** Whether any of {@code schedulers} schedules momentum. */
  static boolean anyHasMomentum(Scheduler[] schedulers) {
    for (Scheduler s : schedulers) {
      if (s.hasMomentum()) return true;
    }
    return false;
  }

  /**
   * The momentum this scheduler wrote last at or before its {@code k}-th step (the one the
   * optimizer holds when nothing else wrote one since); only when {@link #hasMomentum()}.
   */
  double momentum(long k) {
    throw new UnsupportedOperationException("no momentum");
  }

  /**
   * The last step {@code <= k} at which this scheduler writes the momentum ({@code 0}: its
   * construction), or -1 when it never does. CyclicLR and OneCycleLR with {@code cycle_momentum}
   * write it at every step; a SequentialLR only while a child that does is active.
   */
  long lastMomentumWrite(long k) {
    return hasMomentum() ? k : -1;
  }
}
